package org.newsgraph.store;

/**
 * The catalog could not be read or written (disk full, database locked past its timeout, a corrupt
 * file). Wraps the underlying {@link java.sql.SQLException}; never thrown for bad input.
 */
public final class CatalogException extends RuntimeException {
  public CatalogException(String message, Throwable cause) {
    super(message + ": " + cause.getMessage(), cause);
  }
}

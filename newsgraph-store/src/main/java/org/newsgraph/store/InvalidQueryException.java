package org.newsgraph.store;

/** A search query that does not parse; the message is the parser's, for the user to fix it. */
public final class InvalidQueryException extends Exception {
  public InvalidQueryException(String message, Throwable cause) {
    super(message, cause);
  }

  public InvalidQueryException(String message) {
    super(message);
  }
}

package org.newsgraph.store;

import java.io.IOException;

/**
 * The full-text index over the catalog's articles. It is derived data: it can always be rebuilt
 * from the catalog. Writes are buffered until {@link #commit()}; searches see committed writes.
 * Thread-safe.
 */
public interface SearchIndex extends AutoCloseable {

  /** Adds {@code article}, replacing any earlier version with the same id. */
  void put(StoredArticle article) throws IOException;

  /** Makes all writes so far durable and visible to searches. */
  void commit() throws IOException;

  /** Removes every article (visible after the next commit). */
  void clear() throws IOException;

  /** The articles matching {@code query}, best first. */
  SearchPage search(SearchQuery query) throws InvalidQueryException, IOException;

  /** How many articles the last committed index holds. */
  long count() throws IOException;

  @Override
  void close() throws IOException;
}

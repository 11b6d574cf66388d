package org.newsgraph.store;

import java.io.IOException;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The full-text index over the catalog's articles. It is derived data: it can always be rebuilt
 * from the catalog. Writes are buffered until {@link #commit()}; searches see committed writes.
 * Thread-safe.
 */
public interface SearchIndex extends AutoCloseable {

  /** Adds {@code article}, replacing any earlier version with the same id. */
  default void put(StoredArticle article) throws IOException {
    put(article, null);
  }

  /**
   * Adds {@code article} with its dense vector (for {@link #nearest}), replacing any earlier
   * version with the same id.
   */
  void put(StoredArticle article, float @Nullable [] vector) throws IOException;

  /** An article id with a score. */
  record Scored(String id, double score) {}

  /** Up to {@code n} articles whose words are most like {@code title} and {@code body} (BM25). */
  List<Scored> moreLikeThis(String title, String body, int n) throws IOException;

  /** Up to {@code n} articles whose vectors are closest to {@code vector}, with their cosine. */
  List<Scored> nearest(float[] vector, int n) throws IOException;

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

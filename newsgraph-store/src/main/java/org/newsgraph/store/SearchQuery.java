package org.newsgraph.store;

import java.util.Objects;

/**
 * A full-text query in Lucene's classic syntax ({@code houthis AND yemen}, {@code "red sea"},
 * {@code title:iran}), with paging. Terms must all match unless joined with {@code OR}.
 *
 * @param includeCopies whether articles recorded as copies of another are hits of their own; by
 *     default only originals are, each saying how many copies it has
 */
public record SearchQuery(String text, int limit, int offset, boolean includeCopies) {

  /** A query that collapses copies into their originals. */
  public SearchQuery(String text, int limit, int offset) {
    this(text, limit, offset, false);
  }

  /** Most hits one page may hold. */
  public static final int MAX_LIMIT = 1000;

  public SearchQuery {
    Objects.requireNonNull(text, "text");
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException(
          "limit must be between 1 and " + MAX_LIMIT + ", got " + limit);
    }
    if (offset < 0) {
      throw new IllegalArgumentException("offset must be >= 0, got " + offset);
    }
  }
}

package org.newsgraph.store;

import java.util.Objects;

/** One article that matched a query: its id, its relevance score (BM25) and a snippet. */
public record SearchHit(String id, float score, Snippet snippet) {
  public SearchHit {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(snippet, "snippet");
  }
}

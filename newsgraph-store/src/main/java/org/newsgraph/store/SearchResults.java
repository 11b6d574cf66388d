package org.newsgraph.store;

import java.util.List;

/** A page of search results with the articles' summaries, best first. */
public record SearchResults(long total, List<FoundArticle> hits) {
  public SearchResults {
    hits = List.copyOf(hits);
  }
}

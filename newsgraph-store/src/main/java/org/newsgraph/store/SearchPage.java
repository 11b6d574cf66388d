package org.newsgraph.store;

import java.util.List;

/**
 * One page of search results.
 *
 * @param total how many articles match in all (a lower bound past 10,000)
 * @param hits the hits of this page, best first
 */
public record SearchPage(long total, List<SearchHit> hits) {
  public SearchPage {
    hits = List.copyOf(hits);
  }
}

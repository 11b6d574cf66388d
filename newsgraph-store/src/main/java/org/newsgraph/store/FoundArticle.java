package org.newsgraph.store;

import java.util.Objects;

/** A search hit joined with the catalog's summary of the article. */
public record FoundArticle(ArticleSummary article, float score, Snippet snippet) {
  public FoundArticle {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(snippet, "snippet");
  }
}

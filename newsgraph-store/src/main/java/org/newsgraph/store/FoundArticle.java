package org.newsgraph.store;

import java.util.List;
import java.util.Objects;

/**
 * A search hit joined with the catalog's summary of the article.
 *
 * @param copies the articles recorded as copies of this one, which the search folded into it
 */
public record FoundArticle(
    ArticleSummary article, float score, Snippet snippet, List<ArticleSummary> copies) {
  public FoundArticle {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(snippet, "snippet");
    copies = List.copyOf(copies);
  }

  /** The outlets the folded copies ran in, each once, in order. */
  public List<String> copyOutlets() {
    return copies.stream().map(ArticleSummary::outlet).distinct().toList();
  }
}

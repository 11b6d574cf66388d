package org.newsgraph.server.reader;

import java.util.Arrays;
import java.util.List;
import org.newsgraph.model.Article;
import org.newsgraph.server.api.ArticleDocument;

/** The article page: the article, its paragraphs, and where it came from. */
public record ArticleView(ArticleDocument article) {

  /** The text's paragraphs, in order. */
  public List<String> paragraphs() {
    return Arrays.asList(article.text().split(Article.PARAGRAPH_SEPARATOR));
  }
}

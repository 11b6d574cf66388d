package org.newsgraph.extract;

import java.util.Objects;
import org.newsgraph.model.Article;

/** The outcome of extracting one capture. */
public sealed interface Extraction {

  /** The capture held an article. */
  record Extracted(Article article) implements Extraction {
    public Extracted {
      Objects.requireNonNull(article, "article");
    }
  }

  /**
   * The capture holds no usable article.
   *
   * @param reason one line saying why, e.g. {@code "binary content (PNG image)"}
   */
  record Rejected(String reason) implements Extraction {
    public Rejected {
      Objects.requireNonNull(reason, "reason");
    }
  }
}

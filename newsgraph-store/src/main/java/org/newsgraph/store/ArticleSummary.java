package org.newsgraph.store;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** The fields of an article that a listing shows, without its text. */
public record ArticleSummary(
    String id,
    String title,
    boolean titleDerived,
    @Nullable String url,
    @Nullable Instant published,
    String language,
    @Nullable String siteName,
    @Nullable String copyOf) {
  public ArticleSummary {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(language, "language");
  }

  /** Where the article ran: its site's name, else its id. */
  public String outlet() {
    return siteName != null ? siteName : id;
  }

  /** The summary of a stored article. */
  public static ArticleSummary of(StoredArticle a) {
    return new ArticleSummary(
        a.id(),
        a.article().title(),
        a.article().titleDerived(),
        a.article().url(),
        a.article().published(),
        a.language(),
        a.article().siteName(),
        a.copyOf());
  }
}

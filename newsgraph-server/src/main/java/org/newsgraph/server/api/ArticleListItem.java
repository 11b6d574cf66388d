package org.newsgraph.server.api;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.newsgraph.store.ArticleSummary;

/**
 * One article in a listing ({@code GET /api/articles}, {@code newsgraph list --json}).
 *
 * @param copyOf the id of the original when this article is a copy of another's text
 */
public record ArticleListItem(
    String id,
    String title,
    boolean titleDerived,
    @Nullable String url,
    @Nullable Instant published,
    String language,
    @Nullable String siteName,
    @Nullable String copyOf) {

  public static ArticleListItem of(ArticleSummary s) {
    return new ArticleListItem(
        s.id(),
        s.title(),
        s.titleDerived(),
        s.url(),
        s.published(),
        s.language(),
        s.siteName(),
        s.copyOf());
  }
}

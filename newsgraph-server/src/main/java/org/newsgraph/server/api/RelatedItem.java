package org.newsgraph.server.api;

import org.jspecify.annotations.Nullable;
import org.newsgraph.store.RelatedArticle;

/**
 * A related article ({@code GET /api/articles/{id}/related}, {@code related} in {@code show
 * --json}): its id, headline, teaser (whole sentences, at most about 240 characters), score (higher
 * is closer; comparable within one list) and story.
 */
public record RelatedItem(
    String id,
    String title,
    @Nullable String url,
    @Nullable String siteName,
    String teaser,
    double score,
    @Nullable String story) {

  public static RelatedItem of(RelatedArticle r) {
    return new RelatedItem(
        r.article().id(),
        r.article().title(),
        r.article().url(),
        r.article().siteName(),
        r.teaser(),
        Math.round(r.score() * 1000) / 1000.0,
        r.storyId());
  }
}

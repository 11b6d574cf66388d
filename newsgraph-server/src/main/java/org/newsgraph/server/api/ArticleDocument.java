package org.newsgraph.server.api;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.newsgraph.model.Teaser;
import org.newsgraph.store.CaptureInfo;
import org.newsgraph.store.StoredArticle;

/**
 * One article in full ({@code GET /api/articles/{id}}, {@code newsgraph show ID --json}): its text
 * (paragraphs separated by a blank line), the teasers its page showed, and where it came from.
 */
public record ArticleDocument(
    String id,
    String title,
    boolean titleDerived,
    @Nullable String url,
    @Nullable Instant published,
    String language,
    @Nullable String declaredLanguage,
    @Nullable String siteName,
    String text,
    List<TeaserItem> teasers,
    @Nullable String copyOf,
    CaptureItem capture,
    Instant ingestedAt) {

  /** A teaser of another article, shown on this article's page. */
  public record TeaserItem(String text, @Nullable String url) {
    static TeaserItem of(Teaser t) {
      return new TeaserItem(t.text(), t.url());
    }
  }

  /** The capture the article was extracted from. */
  public record CaptureItem(
      String id, String source, String mediaType, long size, Instant capturedAt) {
    static CaptureItem of(CaptureInfo c) {
      return new CaptureItem(c.id(), c.source(), c.mediaType().mime(), c.size(), c.capturedAt());
    }
  }

  public static ArticleDocument of(StoredArticle a) {
    return new ArticleDocument(
        a.id(),
        a.article().title(),
        a.article().titleDerived(),
        a.article().url(),
        a.article().published(),
        a.language(),
        a.article().language(),
        a.article().siteName(),
        a.article().body(),
        a.article().teasers().stream().map(TeaserItem::of).toList(),
        a.copyOf(),
        CaptureItem.of(a.capture()),
        a.ingestedAt());
  }
}

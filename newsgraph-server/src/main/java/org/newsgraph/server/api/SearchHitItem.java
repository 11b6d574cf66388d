package org.newsgraph.server.api;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.newsgraph.store.ArticleSummary;
import org.newsgraph.store.FoundArticle;

/**
 * One search result ({@code GET /api/search}, {@code newsgraph search --json}).
 *
 * @param snippet a passage of the text that matched, plain text
 * @param score the BM25 relevance score; only comparable within one result list
 * @param copies how many articles recorded as copies of this one the search folded into it
 * @param outlets the sites those copies came from
 */
public record SearchHitItem(
    String id,
    String title,
    @Nullable String url,
    @Nullable Instant published,
    String language,
    @Nullable String siteName,
    String snippet,
    float score,
    int copies,
    List<String> outlets) {

  public static SearchHitItem of(FoundArticle f) {
    ArticleSummary a = f.article();
    return new SearchHitItem(
        a.id(),
        a.title(),
        a.url(),
        a.published(),
        a.language(),
        a.siteName(),
        f.snippet().text(),
        f.score(),
        f.copies().size(),
        f.copyOutlets());
  }
}

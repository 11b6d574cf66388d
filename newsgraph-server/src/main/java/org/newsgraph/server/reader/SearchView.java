package org.newsgraph.server.reader;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.newsgraph.server.api.ArticleListItem;
import org.newsgraph.store.FoundArticle;
import org.newsgraph.store.Snippet;

/**
 * The search page: the query, and either its results or why it could not run.
 *
 * @param error the parser's message when the query is invalid
 */
public record SearchView(
    String query, @Nullable String error, long total, List<Hit> hits, int page, boolean hasNext) {

  /** The link to page {@code n} of these results. */
  public String pageHref(int n) {
    return "/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8) + "&page=" + n;
  }

  /**
   * One result: the article, its snippet cut into plain and marked pieces, and the outlets of the
   * copies folded into it.
   */
  public record Hit(
      ArticleListItem article, List<Snippet.Piece> snippet, int copies, List<String> outlets) {
    static Hit of(FoundArticle found) {
      return new Hit(
          ArticleListItem.of(found.article()),
          found.snippet().pieces(),
          found.copies().size(),
          found.copyOutlets());
    }
  }
}

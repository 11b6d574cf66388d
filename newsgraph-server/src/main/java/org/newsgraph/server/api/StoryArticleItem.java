package org.newsgraph.server.api;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;

/**
 * One article in a story ({@code GET /api/stories/{id}}): the listing fields, and the copies of its
 * text in the same story that the view folded into it.
 *
 * @param copies how many copies were folded into this article (0 when copies are listed)
 * @param outlets the outlets those copies ran in, each once
 */
public record StoryArticleItem(
    @JsonUnwrapped ArticleListItem article, int copies, List<String> outlets) {
  public StoryArticleItem {
    outlets = List.copyOf(outlets);
  }
}

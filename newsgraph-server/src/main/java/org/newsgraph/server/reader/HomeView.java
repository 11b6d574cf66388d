package org.newsgraph.server.reader;

import java.util.List;
import org.newsgraph.server.api.ArticleListItem;

/**
 * The home page: one page of the newest articles.
 *
 * @param page 1-based page number
 */
public record HomeView(List<ArticleListItem> articles, long total, int page, boolean hasNext) {}

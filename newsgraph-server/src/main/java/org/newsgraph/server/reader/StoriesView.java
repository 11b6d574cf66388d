package org.newsgraph.server.reader;

import java.util.List;
import org.newsgraph.server.api.StoryListItem;

/**
 * The stories page: one page of stories, the biggest first.
 *
 * @param page 1-based page number
 */
public record StoriesView(List<StoryListItem> stories, long total, int page, boolean hasNext) {}

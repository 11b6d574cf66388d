package org.newsgraph.server.api;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.newsgraph.store.StorySummary;

/**
 * One story in a listing ({@code GET /api/stories}, {@code newsgraph stories --json}): its stable
 * id, its label (the most central headline), when its coverage started and last grew, how many
 * articles it holds, how many of those are copies, and from how many outlets.
 */
public record StoryListItem(
    String id,
    String label,
    @Nullable Instant firstSeen,
    @Nullable Instant lastSeen,
    long articles,
    long copies,
    long outlets) {

  public static StoryListItem of(StorySummary s) {
    return new StoryListItem(
        s.id(), s.label(), s.firstSeen(), s.lastSeen(), s.articles(), s.copies(), s.outlets());
  }
}

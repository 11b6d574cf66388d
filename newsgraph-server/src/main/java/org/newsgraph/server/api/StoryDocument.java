package org.newsgraph.server.api;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.newsgraph.store.ArticleSummary;
import org.newsgraph.store.Catalog;
import org.newsgraph.store.StorySummary;

/**
 * One story in full ({@code GET /api/stories/{id}}): the listing fields, the people and
 * organisations its articles name most ({@code entities}: key and number of articles), and its
 * articles in the order they joined it, copies included (each says what it copies).
 */
public record StoryDocument(
    @JsonUnwrapped StoryListItem story,
    List<EntityCount> entities,
    List<ArticleListItem> articles) {

  /** How many of the story's articles name an entity. */
  public record EntityCount(String entity, long articles) {}

  /** The story {@code id} from {@code catalog}, if it exists. */
  public static Optional<StoryDocument> load(Catalog catalog, String id) {
    List<String> members = catalog.storyMembers(id);
    if (members.isEmpty()) {
      return Optional.empty();
    }
    Optional<StorySummary> summary = catalog.storyOf(members.get(0));
    if (summary.isEmpty()) {
      return Optional.empty();
    }
    List<ArticleSummary> articles =
        catalog.articles(members).stream()
            .map(ArticleSummary::of)
            .sorted(Comparator.comparingInt(a -> members.indexOf(a.id())))
            .toList();
    return Optional.of(
        new StoryDocument(
            StoryListItem.of(summary.get()),
            catalog.storyEntities(id, 10).entrySet().stream()
                .map(e -> new EntityCount(e.getKey(), e.getValue()))
                .toList(),
            articles.stream().map(ArticleListItem::of).toList()));
  }
}

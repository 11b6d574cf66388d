package org.newsgraph.server.api;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.store.ArticleSummary;
import org.newsgraph.store.Catalog;
import org.newsgraph.store.StorySummary;

/**
 * One story in full ({@code GET /api/stories/{id}}): the listing fields, the people and
 * organisations its articles name most ({@code entities}: key and number of articles), and its
 * articles in the order they joined it. A copy whose original is in the story is folded into the
 * original, which says how many copies it has and where they ran, unless copies are asked for
 * ({@code includeCopies}); then every article is listed and each copy says what it copies.
 */
public record StoryDocument(
    @JsonUnwrapped StoryListItem story,
    List<EntityCount> entities,
    List<StoryArticleItem> articles) {

  /** How many of the story's articles name an entity. */
  public record EntityCount(String entity, long articles) {}

  /** The story {@code id} from {@code catalog}, if it exists, copies folded or listed. */
  public static Optional<StoryDocument> load(Catalog catalog, String id, boolean includeCopies) {
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
            includeCopies ? listed(articles) : folded(articles)));
  }

  private static List<StoryArticleItem> listed(List<ArticleSummary> articles) {
    return articles.stream()
        .map(a -> new StoryArticleItem(ArticleListItem.of(a), 0, List.of()))
        .toList();
  }

  private static List<StoryArticleItem> folded(List<ArticleSummary> articles) {
    Set<String> members = new HashSet<>();
    articles.forEach(a -> members.add(a.id()));
    // a copy folds into its original when the original is in the story too
    Map<String, List<ArticleSummary>> copies = new HashMap<>();
    List<ArticleSummary> shown = new ArrayList<>();
    for (ArticleSummary a : articles) {
      if (a.copyOf() != null && members.contains(a.copyOf())) {
        copies.computeIfAbsent(a.copyOf(), k -> new ArrayList<>()).add(a);
      } else {
        shown.add(a);
      }
    }
    List<StoryArticleItem> out = new ArrayList<>();
    for (ArticleSummary a : shown) {
      List<ArticleSummary> mine = copies.getOrDefault(a.id(), List.of());
      out.add(
          new StoryArticleItem(
              ArticleListItem.of(a),
              mine.size(),
              mine.stream().map(ArticleSummary::outlet).distinct().toList()));
    }
    return out;
  }
}

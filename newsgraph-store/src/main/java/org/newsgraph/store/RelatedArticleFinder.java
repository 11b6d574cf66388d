package org.newsgraph.store;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Finds an article's related coverage: candidates from BM25 (more-like-this over headline and body)
 * and from the nearest dense vectors, scored by both (each scaled to its list's best), with a bonus
 * for the same story and for coverage close in time. The article itself, its copies and the text it
 * copies are left out, and a copy group (a wire story and its reprints) yields one item only, so
 * four copies of one report never fill the list.
 */
final class RelatedArticleFinder {

  private static final int CANDIDATES = 50;
  private static final double WORDS = 0.45;
  private static final double MEANING = 0.45;
  private static final double SAME_STORY = 0.15;
  private static final double RECENT = 0.1;
  private static final int TEASER_LIMIT = 240;

  private final Catalog catalog;
  private final SearchIndex index;

  RelatedArticleFinder(Catalog catalog, SearchIndex index) {
    this.catalog = catalog;
    this.index = index;
  }

  List<RelatedArticle> find(String id, int limit, int offset) throws IOException {
    Optional<StoredArticle> found = catalog.article(id);
    if (found.isEmpty()) {
      return List.of();
    }
    StoredArticle article = found.get();
    Map<String, Double> words =
        scaled(index.moreLikeThis(article.article().title(), article.article().body(), CANDIDATES));
    Map<String, Double> meaning = new HashMap<>();
    Optional<float[]> vector = catalog.embedding(id);
    if (vector.isPresent()) {
      for (SearchIndex.Scored s : index.nearest(vector.get(), CANDIDATES)) {
        meaning.put(s.id(), Math.max(0, s.score()));
      }
    }
    Set<String> ids = new HashSet<>(words.keySet());
    ids.addAll(meaning.keySet());
    ids.remove(id);
    String group = groupOf(article.id(), article.copyOf());
    ids.add(id);
    Map<String, String> stories = catalog.storyIds(ids);
    ids.remove(id);
    String story = stories.get(id);
    List<Candidate> scored = new ArrayList<>();
    for (StoredArticle c : catalog.articles(ids)) {
      if (groupOf(c.id(), c.copyOf()).equals(group)) {
        continue; // a copy of this article, or the text it copies
      }
      String storyId = stories.get(c.id());
      double score =
          WORDS * words.getOrDefault(c.id(), 0.0) + MEANING * meaning.getOrDefault(c.id(), 0.0);
      if (story != null && story.equals(storyId)) {
        score += SAME_STORY;
      }
      score += RECENT * closeness(article.article().published(), c.article().published());
      scored.add(new Candidate(c, score, storyId));
    }
    scored.sort(
        Comparator.comparingDouble(Candidate::score)
            .reversed()
            .thenComparing(r -> r.article().id()));
    List<Candidate> diverse = new ArrayList<>();
    Set<String> groups = new HashSet<>();
    for (Candidate r : scored) {
      if (groups.add(groupOf(r.article().id(), r.article().copyOf()))) {
        diverse.add(r);
      }
    }
    if (offset >= diverse.size()) {
      return List.of();
    }
    List<Candidate> page = diverse.subList(offset, Math.min(diverse.size(), offset + limit));
    Map<String, String> teasers =
        catalog.teasers(page.stream().map(r -> r.article().id()).toList());
    List<RelatedArticle> out = new ArrayList<>();
    for (Candidate r : page) {
      String teaser = teasers.getOrDefault(r.article().id(), "");
      out.add(
          new RelatedArticle(
              ArticleSummary.of(r.article()),
              teaser.isBlank() ? leadTeaser(r.article().article().body()) : teaser,
              r.score(),
              r.storyId()));
    }
    return out;
  }

  private record Candidate(StoredArticle article, double score, @Nullable String storyId) {}

  private static String groupOf(String id, @Nullable String copyOf) {
    return copyOf != null ? copyOf : id;
  }

  private static Map<String, Double> scaled(List<SearchIndex.Scored> hits) {
    Map<String, Double> out = new HashMap<>();
    double best = hits.stream().mapToDouble(SearchIndex.Scored::score).max().orElse(0);
    for (SearchIndex.Scored h : hits) {
      out.put(h.id(), best > 0 ? h.score() / best : 0);
    }
    return out;
  }

  /** 1 for the same day, halving every week apart; 0.5 when either date is unknown. */
  private static double closeness(@Nullable Instant a, @Nullable Instant b) {
    if (a == null || b == null) {
      return 0.5;
    }
    double days = Math.abs(Duration.between(a, b).toHours()) / 24.0;
    return Math.pow(0.5, days / 7);
  }

  static String leadTeaser(String body) {
    String text = body.strip().replaceAll("\\s+", " ");
    int end = 0;
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      boolean stop =
          (c == '.' || c == '!' || c == '?')
              && (i + 1 == text.length() || text.charAt(i + 1) == ' ');
      if (stop) {
        if (i + 1 > TEASER_LIMIT) {
          break;
        }
        end = i + 1;
      }
      i++;
    }
    if (end > 0) {
      return text.substring(0, end);
    }
    if (text.length() <= TEASER_LIMIT) {
      return text;
    }
    int cut = text.lastIndexOf(' ', TEASER_LIMIT - 1);
    return text.substring(0, cut > 0 ? cut : TEASER_LIMIT - 1) + "\u2026";
  }
}

package org.newsgraph.store;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.newsgraph.model.Article;
import org.newsgraph.model.Capture;
import org.newsgraph.model.analysis.Analysis;

/**
 * The articles derived from captures, and the state of each capture. Every write is one
 * transaction: once a method returns, its effect survives a crash. Thread-safe; several processes
 * may share one catalog (writers take turns).
 *
 * <p>Failures of the store itself throw {@link CatalogException}.
 */
public interface Catalog extends AutoCloseable {

  /** How far the catalog got with the capture {@code captureId}. */
  CaptureState captureState(String captureId);

  /**
   * Stores the article extracted from {@code capture}, its teasers and its capture's provenance, in
   * one transaction. If an earlier article has the same {@code fingerprint}, the new one is
   * recorded as its copy. Storing an article whose capture already has one returns the stored one.
   *
   * @param language the language to file it under (detected, else declared, else "und"), and where
   *     that came from
   * @param fingerprint the copy fingerprint of its text
   */
  default StoredArticle putArticle(
      Capture capture,
      Article article,
      LanguageChoice language,
      String fingerprint,
      Instant ingestedAt) {
    return putArticle(capture, article, language, fingerprint, ingestedAt, null);
  }

  /**
   * Like {@link #putArticle(Capture, Article, LanguageChoice, String, Instant)}, storing the
   * article's analysis in the same transaction when there is one.
   */
  default StoredArticle putArticle(
      Capture capture,
      Article article,
      LanguageChoice language,
      String fingerprint,
      Instant ingestedAt,
      @Nullable Analysis analysis) {
    return putArticle(capture, article, language, fingerprint, ingestedAt, analysis, null);
  }

  /**
   * Stores the analysis of article {@code articleId}, replacing any earlier one. Entity ids in the
   * stored analysis are catalog ids, stable across articles ("person:donald-trump").
   *
   * @return the analysis as stored
   */
  Analysis putAnalysis(String articleId, Analysis analysis);

  /** The stored analysis of article {@code articleId}, if it has been analysed. */
  Optional<Analysis> analysis(String articleId);

  /** Whether article {@code articleId} has been analysed. */
  boolean hasAnalysis(String articleId);

  /** A page of the entities articles mention, the most widely mentioned first. */
  List<EntitySummary> entities(int limit, int offset);

  /** How many distinct entities articles mention. */
  long countEntities();

  /**
   * Like {@link #putArticle(Capture, Article, LanguageChoice, String, Instant, Analysis)}, also
   * storing what the link stage decided for the article (its vectors, its story, the text it nearly
   * copies) in the same transaction.
   */
  StoredArticle putArticle(
      Capture capture,
      Article article,
      LanguageChoice language,
      String fingerprint,
      Instant ingestedAt,
      @Nullable Analysis analysis,
      @Nullable ArticleLinks links);

  /** Stores what the link stage decided for an article already stored, replacing any earlier. */
  void putLinks(String articleId, ArticleLinks links);

  /** Whether the link stage has placed article {@code articleId}. */
  boolean hasLinks(String articleId);

  /** Calls {@code action} with every linked article, in the order the link stage saw them. */
  default void forEachLinked(Consumer<LinkedArticle> action) {
    forEachLinked(0, action);
  }

  /** Like {@link #forEachLinked(Consumer)}, for the articles decided after position {@code seq}. */
  void forEachLinked(long afterSeq, Consumer<LinkedArticle> action);

  /** Calls {@code action} with each linked article's id and its story's id, in decision order. */
  void forEachStoryOf(BiConsumer<String, String> action);

  /** The mark of the last link decision, if there is any. */
  Optional<LinkMark> lastLink();

  /** The mark of the link decision for article {@code articleId}, if it has one. */
  Optional<LinkMark> linkMark(String articleId);

  /** Up to {@code limit} articles the link stage has not placed, oldest first. */
  List<String> unlinked(int limit);

  /** Forgets every story and link decision (before replaying the link stage from scratch). */
  void clearLinks();

  /** A page of stories, the largest first. */
  List<StorySummary> stories(int limit, int offset);

  /** How many stories there are. */
  long countStories();

  /** The story article {@code articleId} is in, if it has been placed. */
  Optional<StorySummary> storyOf(String articleId);

  /** The story of each of the given articles that has been placed, by article id. */
  Map<String, String> storyIds(Collection<String> articleIds);

  /** The teaser of each of the given articles that has been analysed, by article id. */
  Map<String, String> teasers(Collection<String> articleIds);

  /**
   * The entities a story's articles name most (people and organisations, as the clusterer saw them,
   * "person:donald trump"), with how many articles name each, most first.
   */
  Map<String, Long> storyEntities(String storyId, int limit);

  /** The ids of a story's articles, in the order they joined it. */
  List<String> storyMembers(String storyId);

  /** The ids of the articles recorded as copies of {@code articleId}, earliest first. */
  List<String> copiesOf(String articleId);

  /** The dense vector the link stage gave article {@code articleId}. */
  Optional<float[]> embedding(String articleId);

  /** Records that {@code capture} held no article, and why. */
  void putRejection(Capture capture, String reason);

  /** The article with id {@code id}. */
  Optional<StoredArticle> article(String id);

  /** The articles with the given ids that exist, in no particular order. */
  List<StoredArticle> articles(Collection<String> ids);

  /** A page of articles, newest publication first (undated ones last, newest ingested first). */
  List<ArticleSummary> list(int limit, int offset);

  /** How many articles there are. */
  long countArticles();

  /** Up to {@code limit} articles that are not yet in the search index. */
  List<StoredArticle> unindexed(int limit);

  /** Records that these articles are now in the search index (after the index committed). */
  void markIndexed(Collection<String> ids);

  /** Records that no article is in the search index (before rebuilding it). */
  void markAllUnindexed();

  /** Calls {@code action} with every article, in id order. */
  void forEachArticle(Consumer<StoredArticle> action);

  @Override
  void close();
}

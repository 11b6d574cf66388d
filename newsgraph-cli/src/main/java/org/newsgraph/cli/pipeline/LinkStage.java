package org.newsgraph.cli.pipeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jspecify.annotations.Nullable;
import org.newsgraph.link.copies.MinHash;
import org.newsgraph.link.copies.NearDuplicateIndex;
import org.newsgraph.link.stories.StoryClusterer;
import org.newsgraph.link.stories.StoryLinker;
import org.newsgraph.link.vectors.TextEmbedder;
import org.newsgraph.model.Article;
import org.newsgraph.model.analysis.Analysis;
import org.newsgraph.model.analysis.Entity;
import org.newsgraph.model.analysis.EntityType;
import org.newsgraph.store.ArticleLinks;
import org.newsgraph.store.Catalog;
import org.newsgraph.store.LinkedArticle;
import org.newsgraph.store.StoredArticle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The link stage as the pipeline runs it: workers compute an article's vectors ({@link #vectors});
 * the writer decides, in arrival order, which earlier article it nearly copies and which story it
 * joins ({@link #decide}), and the catalog stores the decision with the article. The in-memory
 * state (the near-copy index, the stories' centroids) is rebuilt at start by replaying what the
 * catalog holds in the order it was decided, so every run continues where the last one stopped and
 * a replay from scratch gives the same stories.
 */
public final class LinkStage {

  /** Default estimated Jaccard similarity of shingles at which a text is a near-copy. */
  public static final double NEAR_COPY_THRESHOLD = 0.8;

  /** What a worker computes for one article. */
  public record Vectors(float[] embedding, int[] minhash, Set<String> entities) {}

  private static final Logger LOG = LoggerFactory.getLogger(LinkStage.class);

  private final TextEmbedder embedder;
  private final double nearCopyThreshold;
  private NearDuplicateIndex copies;
  private StoryLinker stories;

  public LinkStage(TextEmbedder embedder, double nearCopyThreshold) {
    this.embedder = Objects.requireNonNull(embedder, "embedder");
    this.nearCopyThreshold = nearCopyThreshold;
    this.copies = new NearDuplicateIndex(nearCopyThreshold);
    this.stories = new StoryLinker(embedder, StoryClusterer.Options.defaults());
  }

  /**
   * Replays the catalog's link decisions into memory; returns how many articles it replayed. When
   * the replay does not put every article in the story the catalog has it in, the decisions were
   * made by another version of this stage (other rules or settings), and the ids it would hand out
   * from now on would not match the catalog's: then every stored article is placed again, in ingest
   * order on {@code threads} workers, as {@code reprocess} does.
   */
  public synchronized int load(Catalog catalog, int threads) throws InterruptedException {
    Map<String, String> stored = new HashMap<>();
    catalog.forEachLinked(
        (LinkedArticle a) -> {
          copies.add(a.id(), a.minhash());
          stories.place(
              new StoryLinker.Input(
                  a.id(), a.title(), a.body(), a.published(), Set.copyOf(a.entities())),
              a.embedding());
          stored.put(a.id(), a.storyId());
        });
    long differ =
        stored.entrySet().stream()
            .filter(e -> !e.getValue().equals(stories.storyOf(e.getKey())))
            .count();
    if (differ == 0) {
      return stored.size();
    }
    LOG.warn(
        "{} of {} stored articles are in other stories than this version places them in;"
            + " placing every article again, as reprocess does",
        differ,
        stored.size());
    catalog.clearLinks();
    copies = new NearDuplicateIndex(nearCopyThreshold);
    stories = new StoryLinker(embedder, StoryClusterer.Options.defaults());
    return linkUnlinked(catalog, threads);
  }

  /**
   * Places every stored article that the link stage has not placed, oldest first: vectors on {@code
   * threads} workers, decisions in order on this thread. After {@link Catalog#clearLinks} on a
   * fresh stage this replays the whole link stage, giving the same stories as before.
   *
   * @return how many articles were placed
   */
  public int linkUnlinked(Catalog catalog, int threads) throws InterruptedException {
    ExecutorService workers =
        Executors.newFixedThreadPool(
            threads, Thread.ofPlatform().daemon().name("link-", 0).factory());
    int done = 0;
    try {
      while (true) {
        List<String> batch = catalog.unlinked(256);
        if (batch.isEmpty()) {
          return done;
        }
        Map<String, StoredArticle> articles = new HashMap<>();
        for (StoredArticle a : catalog.articles(batch)) {
          articles.put(a.id(), a);
        }
        List<Future<Vectors>> vectors = new ArrayList<>();
        for (String id : batch) {
          Article article = articles.get(id).article();
          Analysis analysis = catalog.analysis(id).orElse(null);
          vectors.add(workers.submit(() -> vectors(id, article, analysis)));
        }
        for (int i = 0; i < batch.size(); i++) {
          String id = batch.get(i);
          catalog.putLinks(id, decide(id, articles.get(id).article(), vectors.get(i).get()));
          done++;
        }
      }
    } catch (ExecutionException e) {
      throw new IllegalStateException("computing article vectors failed", e.getCause());
    } finally {
      workers.shutdownNow();
    }
  }

  /** The vectors of {@code article}; thread-safe, for workers. */
  public Vectors vectors(String id, Article article, @Nullable Analysis analysis) {
    Set<String> entities = entityKeys(analysis);
    float[] embedding = stories.embed(input(id, article, entities));
    return new Vectors(embedding, MinHash.of(article.body()), entities);
  }

  /** Decides where article {@code id} belongs; for the one writer, in arrival order. */
  public synchronized ArticleLinks decide(String id, Article article, Vectors v) {
    String original = copies.find(v.minhash());
    copies.add(id, v.minhash());
    StoryLinker.Placement p = stories.place(input(id, article, v.entities()), v.embedding());
    for (StoryClusterer.Split s : p.splits()) {
      LOG.info(
          "story {} split: {} articles moved to new story {} ({})",
          s.from().id(),
          s.moved().size(),
          s.to().id(),
          s.to().label());
    }
    return new ArticleLinks(
        v.embedding(),
        v.minhash(),
        v.entities().stream().sorted().toList(),
        original,
        new ArticleLinks.StoryState(
            p.storyId(),
            p.label(),
            p.firstSeen(),
            p.lastSeen(),
            p.absorbed(),
            p.splits().stream()
                .map(s -> new ArticleLinks.Split(row(s.from()), row(s.to()), s.moved()))
                .toList()));
  }

  private static ArticleLinks.StoryRow row(StoryClusterer.Story s) {
    return new ArticleLinks.StoryRow(s.id(), s.label(), s.first(), s.last());
  }

  private static StoryLinker.Input input(String id, Article article, Set<String> entities) {
    return new StoryLinker.Input(
        id, article.title(), article.body(), article.published(), entities);
  }

  /**
   * The people and organisations an analysis names, as "type:name" keys: they tell stories apart
   * where words do not. Countries and places are left out; two stories about one country are still
   * two stories.
   */
  private static Set<String> entityKeys(@Nullable Analysis analysis) {
    Set<String> keys = new TreeSet<>();
    if (analysis == null) {
      return keys;
    }
    for (Entity e : analysis.entities()) {
      if (e.type() == EntityType.PERSON || e.type() == EntityType.ORGANIZATION) {
        keys.add(
            e.type().name().toLowerCase(Locale.ROOT) + ":" + e.name().toLowerCase(Locale.ROOT));
      }
    }
    return keys;
  }
}

package org.newsgraph.cli.pipeline;

import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jspecify.annotations.Nullable;
import org.newsgraph.link.copies.MinHash;
import org.newsgraph.link.copies.NearDuplicateIndex;
import org.newsgraph.link.state.CodeFingerprint;
import org.newsgraph.link.state.StateReader;
import org.newsgraph.link.state.StateWriter;
import org.newsgraph.link.stories.StoryClusterer;
import org.newsgraph.link.stories.StoryLinker;
import org.newsgraph.link.vectors.TextEmbedder;
import org.newsgraph.model.Article;
import org.newsgraph.model.analysis.Analysis;
import org.newsgraph.model.analysis.Entity;
import org.newsgraph.model.analysis.EntityType;
import org.newsgraph.store.ArticleLinks;
import org.newsgraph.store.Catalog;
import org.newsgraph.store.LinkMark;
import org.newsgraph.store.LinkedArticle;
import org.newsgraph.store.StoredArticle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The link stage as the pipeline runs it: workers compute an article's vectors ({@link #vectors});
 * the writer decides, in arrival order, which earlier article it nearly copies and which story it
 * joins ({@link #decide}), and the catalog stores the decision with the article. The in-memory
 * state (the near-copy index, the stories' centroids) is saved at the end of a run and read at the
 * start of the next ({@link #load}); without a saved state it is rebuilt by replaying what the
 * catalog holds in the order it was decided. Either way every run continues where the last one
 * stopped, and a replay from scratch gives the same stories.
 */
public final class LinkStage {

  /** Default estimated Jaccard similarity of shingles at which a text is a near-copy. */
  public static final double NEAR_COPY_THRESHOLD = 0.8;

  /** What a worker computes for one article. */
  public record Vectors(float[] embedding, int[] minhash, Set<String> entities) {}

  private static final Logger LOG = LoggerFactory.getLogger(LinkStage.class);

  private final TextEmbedder embedder;
  private final double nearCopyThreshold;

  /** The layout of the saved state's header; each part checks its own layout. */
  private static final int STATE_VERSION = 1;

  private NearDuplicateIndex copies;
  private StoryLinker stories;
  // whether the state moved on since it was read or saved
  private boolean changed;

  public LinkStage(TextEmbedder embedder, double nearCopyThreshold) {
    this.embedder = Objects.requireNonNull(embedder, "embedder");
    this.nearCopyThreshold = nearCopyThreshold;
    this.copies = new NearDuplicateIndex(nearCopyThreshold);
    this.stories = new StoryLinker(embedder, StoryClusterer.Options.defaults());
  }

  /**
   * Rebuilds the in-memory state the catalog's link decisions imply; returns how many decisions it
   * had to replay. The state saved at the end of the last run ({@code saved}, see {@link #save}) is
   * read when it is still the catalog's: then only the decisions made after it (by a run that did
   * not finish) are replayed. Otherwise every decision is, as before there was a saved state.
   *
   * <p>When the result does not put every article in the story the catalog has it in, the decisions
   * were made by another version of this stage (other rules or settings), and the ids it would hand
   * out from now on would not match the catalog's: then every stored article is placed again, in
   * ingest order on {@code threads} workers, as {@code reprocess} does.
   */
  public synchronized int load(Catalog catalog, int threads, @Nullable Path saved)
      throws InterruptedException {
    long after = saved == null ? 0 : restore(catalog, saved);
    if (after == 0) {
      long linked = catalog.lastLink().map(LinkMark::linked).orElse(0L);
      if (linked > 1_000) {
        // a replay of many decisions takes minutes: say so before, not only after
        LOG.info("replaying {} link decisions from the catalog", linked);
      }
    }
    int replayed = replay(catalog, after);
    long off = disagreements(catalog);
    if (off != 0 && after > 0) {
      // a saved state can pass its checks and still not be what the catalog's decisions imply
      // (copied from another data directory): the catalog is the record, so it decides
      LOG.warn(
          "the saved link state {} puts {} stored articles in other stories than the catalog;"
              + " replaying the catalog's decisions instead",
          saved,
          off);
      reset();
      after = 0;
      replayed = replay(catalog, 0);
      off = disagreements(catalog);
    }
    changed = replayed > 0;
    if (off == 0) {
      if (after > 0) {
        LOG.info(
            "link state read from {}: {} decisions, {} live stories; {} later decisions replayed",
            saved,
            stories.clusterer().placed() - replayed,
            stories.clusterer().size(),
            replayed);
      } else if (replayed > 0) {
        LOG.info("link state rebuilt by replaying {} decisions from the catalog", replayed);
      }
      return replayed;
    }
    LOG.warn(
        "{} of {} stored articles are in other stories than this version places them in;"
            + " placing every article again, as reprocess does",
        off,
        stories.clusterer().placed());
    return relink(catalog, threads, saved);
  }

  /**
   * Forgets every link decision, in the catalog and in memory, and places every stored article
   * again in ingest order, as from scratch; the saved state {@code saved} goes first, so one that
   * stops half way leaves no stale state behind. Returns how many articles were placed.
   */
  public synchronized int relink(Catalog catalog, int threads, @Nullable Path saved)
      throws InterruptedException {
    forget(saved);
    catalog.clearLinks();
    reset();
    return linkUnlinked(catalog, threads);
  }

  /** Replays the catalog's decisions after position {@code after}; returns how many. */
  private int replay(Catalog catalog, long after) {
    int[] replayed = {0};
    catalog.forEachLinked(
        after,
        (LinkedArticle a) -> {
          copies.add(a.id(), a.minhash());
          stories.place(
              new StoryLinker.Input(
                  a.id(), a.title(), a.body(), a.published(), Set.copyOf(a.entities())),
              a.embedding());
          replayed[0]++;
        });
    return replayed[0];
  }

  /**
   * How many stored articles the in-memory stories put elsewhere than the catalog does, counting an
   * article one side has and the other lacks as one.
   */
  private long disagreements(Catalog catalog) {
    long[] linked = {0};
    long[] differ = {0};
    catalog.forEachStoryOf(
        (article, story) -> {
          linked[0]++;
          if (!story.equals(stories.storyOf(article))) {
            differ[0]++;
          }
        });
    return differ[0] + Math.abs(linked[0] - stories.clusterer().placed());
  }

  /**
   * Reads the state saved in {@code file} when it is still the catalog's, and returns the position
   * in the catalog's decisions it was saved at; 0, with the state left empty, when there is none or
   * it cannot be used (one log line says why).
   */
  private long restore(Catalog catalog, Path file) {
    if (!Files.exists(file)) {
      return 0;
    }
    try (StateReader in = StateReader.open(file)) {
      in.section("link-state", STATE_VERSION);
      if (in.readLong() != codeFingerprint()) {
        throw new IOException("another build of newsgraph saved it");
      }
      LinkMark mark = new LinkMark(in.readLong(), in.readString(), in.readLong());
      if (!catalog.linkMark(mark.articleId()).equals(Optional.of(mark))) {
        throw new IOException("it is not the catalog's (the catalog was restored or rebuilt)");
      }
      copies.readFrom(in);
      stories.readFrom(in);
      in.finish();
      return mark.seq();
    } catch (IOException | RuntimeException e) {
      LOG.warn(
          "the saved link state {} is not used ({}); replaying the catalog's decisions instead",
          file,
          e instanceof EOFException ? "it ends before all its parts were read" : e.getMessage());
      reset();
      return 0;
    }
  }

  /**
   * Saves the in-memory state to {@code file}, marked with the catalog's last decision, so the next
   * run can read it instead of replaying every decision. Skipped when nothing changed since it was
   * read, and when the catalog does not hold exactly the decisions this stage made (a decision that
   * failed to be stored): a state that is not the catalog's would only be refused next time. The
   * decisions are stored already and the file only spares the next run a replay, so a failure to
   * write it (a full disk) is one warning, not a failed run.
   *
   * @return whether the file now holds the current state
   */
  public synchronized boolean save(Catalog catalog, Path file) {
    if (!changed && Files.exists(file)) {
      return true;
    }
    Optional<LinkMark> mark = catalog.lastLink();
    long placed = stories.clusterer().placed();
    if (mark.isEmpty() && placed == 0) {
      return false; // nothing linked yet, nothing to spare the next run
    }
    if (mark.isEmpty() || mark.get().linked() != placed) {
      LOG.warn(
          "link state not saved: the catalog holds {} link decisions, this stage placed {}",
          mark.map(LinkMark::linked).orElse(0L),
          placed);
      return false;
    }
    try (StateWriter out = StateWriter.create(file)) {
      out.section("link-state", STATE_VERSION);
      out.writeLong(codeFingerprint());
      out.writeLong(mark.get().seq());
      out.writeString(mark.get().articleId());
      out.writeLong(mark.get().linked());
      copies.writeTo(out);
      stories.writeTo(out);
      out.commit();
    } catch (IOException e) {
      LOG.warn(
          "could not save the link state to {} ({}); the next run replays the catalog",
          file,
          e.toString());
      return false;
    }
    changed = false;
    return true;
  }

  // the code cannot change while it runs: its fingerprint is taken once, on first use
  private static @Nullable Long fingerprint;

  /** The build of the code that decides: this stage's and the link module's. */
  private static synchronized long codeFingerprint() throws IOException {
    if (fingerprint == null) {
      fingerprint = CodeFingerprint.of(LinkStage.class, StoryClusterer.class);
    }
    return fingerprint;
  }

  /** Deletes a saved state the catalog is about to outgrow; a failure only costs a warning. */
  private static void forget(@Nullable Path saved) {
    try {
      if (saved != null) {
        Files.deleteIfExists(saved);
      }
    } catch (IOException e) {
      LOG.warn("could not delete the outdated link state {} ({})", saved, e.toString());
    }
  }

  private void reset() {
    copies = new NearDuplicateIndex(nearCopyThreshold);
    stories = new StoryLinker(embedder, StoryClusterer.Options.defaults());
  }

  /**
   * Places every stored article that the link stage has not placed, oldest first: vectors on {@code
   * threads} workers, decisions in order on this thread. After {@link Catalog#clearLinks} on a
   * fresh stage this replays the whole link stage, giving the same stories as before.
   *
   * @return how many articles were placed
   */
  private int linkUnlinked(Catalog catalog, int threads) throws InterruptedException {
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
    changed = true;
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

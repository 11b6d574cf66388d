package org.newsgraph.cli.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.newsgraph.enrich.Enricher;
import org.newsgraph.enrich.LanguageIdentifier;
import org.newsgraph.extract.ArticleExtractor;
import org.newsgraph.extract.Extraction;
import org.newsgraph.ingest.DocumentSource;
import org.newsgraph.ingest.SourceRecord;
import org.newsgraph.link.CopyFingerprint;
import org.newsgraph.model.Annotation;
import org.newsgraph.model.Article;
import org.newsgraph.model.Capture;
import org.newsgraph.model.MetadataField;
import org.newsgraph.model.analysis.Analysis;
import org.newsgraph.store.ArticleLinks;
import org.newsgraph.store.CaptureState;
import org.newsgraph.store.Corpus;
import org.newsgraph.store.LanguageChoice;
import org.newsgraph.store.StoredArticle;

/**
 * Ingests inputs into a corpus: each document is read, its raw bytes stored, then extracted,
 * enriched, fingerprinted, stored in the catalog and indexed.
 *
 * <p>Extraction and enrichment run on a pool of worker threads, a bounded window of documents ahead
 * of the writer; the catalog is written on the calling thread in input order, so results (and which
 * of two identical texts is the original) do not depend on thread timing. Raw bytes are stored
 * before anything is derived from them, each article is one catalog transaction, and the index is
 * caught up from the catalog, so a run killed at any point loses nothing acknowledged and a rerun
 * finishes the work without duplicating any.
 */
public final class IngestPipeline {

  /** Index what is stored at least this often, so a long run becomes searchable as it goes. */
  private static final int INDEX_EVERY = 1000;

  /**
   * How often a long run saves the link state as it goes, so that a run killed hours in leaves the
   * next one minutes of decisions to replay, not hours; a save of a large state takes seconds.
   */
  private static final Duration LINK_STATE_EVERY = Duration.ofMinutes(10);

  private final Corpus corpus;
  private final DocumentSource source;
  private final ArticleExtractor extractor;
  private final Enricher enricher;
  private final Clock clock;
  private final int threads;
  private final boolean backfillAnalyses;
  private final @Nullable LinkStage link;

  public IngestPipeline(
      Corpus corpus,
      DocumentSource source,
      ArticleExtractor extractor,
      Enricher enricher,
      Clock clock,
      int threads) {
    this(corpus, source, extractor, enricher, clock, threads, false, null);
  }

  /**
   * A pipeline that, when {@code backfillAnalyses} is set, also analyses articles stored earlier
   * without an analysis when their input comes round again (a catalog from before analysis existed,
   * or ingested with analysis off); and with a {@code link} stage, finds near-copies and places
   * every article in a story, including articles stored before without.
   */
  public IngestPipeline(
      Corpus corpus,
      DocumentSource source,
      ArticleExtractor extractor,
      Enricher enricher,
      Clock clock,
      int threads,
      boolean backfillAnalyses,
      @Nullable LinkStage link) {
    this.backfillAnalyses = backfillAnalyses;
    this.link = link;
    this.corpus = Objects.requireNonNull(corpus, "corpus");
    this.source = Objects.requireNonNull(source, "source");
    this.extractor = Objects.requireNonNull(extractor, "extractor");
    this.enricher = Objects.requireNonNull(enricher, "enricher");
    this.clock = Objects.requireNonNull(clock, "clock");
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1, got " + threads);
    }
    this.threads = threads;
  }

  /**
   * Ingests everything at {@code locations}, telling {@code listener} about each input.
   *
   * @throws IOException if the store fails (disk full, permissions): the run stops, and what it
   *     stored so far stays stored
   */
  public IngestReport run(List<String> locations, IngestListener listener) throws IOException {
    Instant start = clock.instant();
    if (link != null) {
      try {
        link.load(corpus.catalog(), threads, corpus.dir().linkState());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("ingest interrupted", e);
      }
    }
    Run run = new Run(listener);
    ExecutorService workers =
        Executors.newFixedThreadPool(
            threads, Thread.ofPlatform().daemon().name("ingest-", 0).factory());
    try {
      Deque<Future<Prepared>> window = new ArrayDeque<>();
      int maxAhead = threads * 4;
      for (String location : locations) {
        try (Stream<SourceRecord> records = source.read(location)) {
          Iterator<SourceRecord> it = records.iterator();
          while (it.hasNext()) {
            SourceRecord record = it.next();
            window.add(workers.submit(() -> prepare(record)));
            if (window.size() >= maxAhead) {
              run.finish(await(window.poll()));
            }
          }
        }
      }
      while (!window.isEmpty()) {
        run.finish(await(window.poll()));
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    } finally {
      workers.shutdownNow();
    }
    run.indexed += corpus.indexPending();
    if (link != null) {
      link.save(corpus.catalog(), corpus.dir().linkState());
    }
    return new IngestReport(
        run.added,
        run.unchanged,
        run.rejected,
        run.skipped,
        run.indexed,
        IngestReport.seconds(Duration.between(start, clock.instant())));
  }

  /** What a worker worked out about one input, for the writer to act on. */
  private sealed interface Prepared {
    record Decided(InputOutcome outcome) implements Prepared {}

    record Backfill(
        InputOutcome.Unchanged outcome,
        Article article,
        @Nullable Analysis analysis,
        LinkStage.@Nullable Vectors vectors)
        implements Prepared {}

    record Reject(String location, Capture capture, String reason) implements Prepared {}

    record Store(
        String location,
        Capture capture,
        Article article,
        LanguageChoice language,
        String fingerprint,
        @Nullable Analysis analysis,
        LinkStage.@Nullable Vectors vectors)
        implements Prepared {}
  }

  /** Runs on a worker: store the raw bytes, then derive everything that needs no catalog write. */
  private Prepared prepare(SourceRecord record) throws IOException {
    return switch (record) {
      case SourceRecord.Refused r ->
          new Prepared.Decided(new InputOutcome.Rejected(r.location(), r.size(), r.reason()));
      case SourceRecord.Skipped s ->
          new Prepared.Decided(new InputOutcome.Skipped(s.location(), s.size(), s.reason()));
      case SourceRecord.Captured c -> prepare(c.location(), c.capture());
    };
  }

  private Prepared prepare(String location, Capture capture) throws IOException {
    corpus.captures().put(capture);
    if (corpus.catalog().captureState(capture.id()) == CaptureState.EXTRACTED) {
      InputOutcome.Unchanged unchanged =
          new InputOutcome.Unchanged(location, capture.content().length, capture.articleId());
      Prepared backfill = backfill(unchanged);
      return backfill != null ? backfill : new Prepared.Decided(unchanged);
    }
    return switch (extractor.extract(capture)) {
      case Extraction.Rejected r -> new Prepared.Reject(location, capture, r.reason());
      case Extraction.Extracted e -> {
        Article article = e.article();
        List<Annotation> annotations = enricher.enrich(article);
        LanguageChoice language =
            language(
                annotations, article.language(), article.metadata().source(MetadataField.LANGUAGE));
        Analysis analysis = analysisIn(annotations);
        yield new Prepared.Store(
            location,
            capture,
            article,
            language,
            CopyFingerprint.of(article),
            analysis,
            link == null ? null : link.vectors(capture.articleId(), article, analysis));
      }
    };
  }

  /** What an article stored earlier still lacks (its analysis, its links), worked out. */
  private Prepared.@Nullable Backfill backfill(InputOutcome.Unchanged unchanged) {
    String id = unchanged.articleId();
    boolean needsAnalysis = backfillAnalyses && !corpus.catalog().hasAnalysis(id);
    boolean needsLinks = link != null && !corpus.catalog().hasLinks(id);
    if (!needsAnalysis && !needsLinks) {
      return null;
    }
    Optional<StoredArticle> stored = corpus.catalog().article(id);
    if (stored.isEmpty()) {
      return null;
    }
    Article article = stored.get().article();
    Analysis analysis =
        needsAnalysis
            ? analysisIn(enricher.enrich(article))
            : corpus.catalog().analysis(id).orElse(null);
    LinkStage.Vectors vectors = needsLinks ? link.vectors(id, article, analysis) : null;
    if (vectors == null && analysis == null) {
      return null;
    }
    return new Prepared.Backfill(unchanged, article, needsAnalysis ? analysis : null, vectors);
  }

  private static @Nullable Analysis analysisIn(List<Annotation> annotations) {
    for (Annotation a : annotations) {
      if (a instanceof Annotation.Analysed analysed) {
        return analysed.analysis();
      }
    }
    return null;
  }

  /**
   * The language to file an article under: the detected one when the detector is confident (it wins
   * over a declaration that disagrees: pages often declare their site's default), else the one the
   * source declares, else whatever was detected ("und" if nothing).
   *
   * @param declaredSource where the declaration was read from, e.g. "html[lang]"
   */
  static LanguageChoice language(
      List<Annotation> annotations, @Nullable String declared, @Nullable String declaredSource) {
    Annotation.Language detected = null;
    for (Annotation a : annotations) {
      if (a instanceof Annotation.Language l) {
        detected = l;
        break;
      }
    }
    if (detected != null
        && !detected.code().equals(Annotation.Language.UNDETERMINED)
        && detected.confidence() >= LanguageIdentifier.TRUSTED_CONFIDENCE) {
      return new LanguageChoice(detected.code(), "detected");
    }
    if (declared != null && !declared.isBlank()) {
      return new LanguageChoice(
          declared.strip().split("[-_]")[0].toLowerCase(Locale.ROOT),
          declaredSource == null ? "declared" : declaredSource);
    }
    if (detected != null && !detected.code().equals(Annotation.Language.UNDETERMINED)) {
      return new LanguageChoice(detected.code(), "detected");
    }
    return new LanguageChoice(Annotation.Language.UNDETERMINED, null);
  }

  private static Prepared await(Future<Prepared> future) throws IOException {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("ingest interrupted", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException io) {
        throw io;
      }
      if (cause instanceof RuntimeException re) {
        throw re;
      }
      throw new IllegalStateException("ingest worker failed", cause);
    }
  }

  /** The writer's side of one run: catalog writes and the tally, on the calling thread. */
  private final class Run {
    private final IngestListener listener;
    private final List<String> added = new ArrayList<>();
    private final List<IngestReport.Problem> rejected = new ArrayList<>();
    private final List<IngestReport.Problem> skipped = new ArrayList<>();
    private long unchanged;
    private long indexed;
    private long sinceIndexed;
    private Instant linkSaved;

    Run(IngestListener listener) {
      this.listener = listener;
      this.linkSaved = clock.instant();
    }

    void finish(Prepared prepared) throws IOException {
      InputOutcome outcome =
          switch (prepared) {
            case Prepared.Decided d -> d.outcome();
            case Prepared.Backfill b -> {
              String id = b.outcome().articleId();
              if (b.analysis() != null) {
                corpus.catalog().putAnalysis(id, b.analysis());
              }
              if (b.vectors() != null && link != null) {
                corpus.catalog().putLinks(id, link.decide(id, b.article(), b.vectors()));
              }
              yield b.outcome();
            }
            case Prepared.Reject r -> {
              corpus.catalog().putRejection(r.capture(), r.reason());
              yield new InputOutcome.Rejected(
                  r.location(), r.capture().content().length, r.reason());
            }
            case Prepared.Store s -> store(s);
          };
      switch (outcome) {
        case InputOutcome.Added a -> added.add(a.articleId());
        case InputOutcome.Unchanged u -> unchanged++;
        case InputOutcome.Rejected r ->
            rejected.add(new IngestReport.Problem(r.location(), r.reason()));
        case InputOutcome.Skipped s ->
            skipped.add(new IngestReport.Problem(s.location(), s.reason()));
      }
      listener.decided(outcome);
      if (sinceIndexed >= INDEX_EVERY) {
        indexed += corpus.indexPending();
        sinceIndexed = 0;
      }
      // every decision so far is stored, so the state saved now is the catalog's
      if (link != null
          && Duration.between(linkSaved, clock.instant()).compareTo(LINK_STATE_EVERY) >= 0) {
        link.save(corpus.catalog(), corpus.dir().linkState());
        linkSaved = clock.instant();
      }
    }

    private InputOutcome store(Prepared.Store s) {
      long size = s.capture().content().length;
      // The same bytes may appear twice in one run; the first one stored wins.
      if (corpus.catalog().captureState(s.capture().id()) == CaptureState.EXTRACTED) {
        return new InputOutcome.Unchanged(s.location(), size, s.capture().articleId());
      }
      String id = s.capture().articleId();
      ArticleLinks links =
          s.vectors() == null || link == null ? null : link.decide(id, s.article(), s.vectors());
      StoredArticle stored =
          corpus
              .catalog()
              .putArticle(
                  s.capture(),
                  s.article(),
                  s.language(),
                  s.fingerprint(),
                  clock.instant(),
                  s.analysis(),
                  links);
      sinceIndexed++;
      return new InputOutcome.Added(s.location(), size, stored.id(), stored.article().title());
    }
  }
}

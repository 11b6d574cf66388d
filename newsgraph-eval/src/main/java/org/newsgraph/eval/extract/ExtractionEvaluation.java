package org.newsgraph.eval.extract;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.newsgraph.extract.ArticleExtractor;
import org.newsgraph.extract.Extraction;
import org.newsgraph.model.Article;
import org.newsgraph.model.Capture;
import org.newsgraph.model.MediaType;

/**
 * Runs an extractor over every page of a data set and scores it. Each page is captured with its
 * known address as the source, as a crawler would have it; the true body is only read for scoring.
 */
public final class ExtractionEvaluation {

  /**
   * The outcome of one evaluation run.
   *
   * @param firstPassNanos time spent inside the extractor on the first (scored) pass, cold
   * @param timedPasses how many further passes were timed after that warm-up
   * @param timedNanos time spent inside the extractor over the timed passes
   */
  public record Report(
      ExtractionScores scores,
      List<PageResult> pages,
      long firstPassNanos,
      int timedPasses,
      long timedNanos) {

    /** Pages per second on one thread once warmed up (or cold, when no pass was timed). */
    public double pagesPerSecond() {
      if (timedPasses == 0 || timedNanos == 0) {
        return firstPassPagesPerSecond();
      }
      return (double) pages.size() * timedPasses / (timedNanos / 1e9);
    }

    /** Pages per second on the first, cold pass (JIT not yet warm). */
    public double firstPassPagesPerSecond() {
      return firstPassNanos == 0 ? 0 : pages.size() / (firstPassNanos / 1e9);
    }
  }

  private final ArticleExtractor extractor;
  private final Clock clock;

  public ExtractionEvaluation(ArticleExtractor extractor, Clock clock) {
    this.extractor = extractor;
    this.clock = clock;
  }

  /** Extracts and scores every page of {@code dataset}, timing only that one cold pass. */
  public Report run(ExtractionDataset dataset) throws IOException {
    return run(dataset, 0);
  }

  /** Extracts and scores every page of {@code dataset}, then times {@code timedPasses} passes. */
  public Report run(ExtractionDataset dataset, int timedPasses) throws IOException {
    return run(dataset, timedPasses == 0 ? 0 : WARM_UP_PASSES, timedPasses);
  }

  /** Untimed passes before the timed ones, enough for the JIT to compile the hot code. */
  public static final int WARM_UP_PASSES = 10;

  /**
   * Extracts and scores every page of {@code dataset}, extracts them all {@code warmUpPasses} more
   * times untimed, then {@code timedPasses} times timed, to measure throughput once the JIT has
   * warmed up. Pages are held in memory, so only the extractor is timed.
   */
  public Report run(ExtractionDataset dataset, int warmUpPasses, int timedPasses)
      throws IOException {
    List<LabelledPage> pages = new ArrayList<>();
    for (String id : dataset.ids()) {
      pages.add(dataset.page(id));
    }
    List<PageResult> results = new ArrayList<>();
    List<PageScore> scores = new ArrayList<>();
    List<Capture> captures = new ArrayList<>();
    long nanos = 0;
    for (LabelledPage page : pages) {
      String id = page.id();
      Capture capture = Capture.of(page.url(), MediaType.TEXT_HTML, clock.instant(), page.html());
      captures.add(capture);
      long start = System.nanoTime();
      Extraction extraction = extractor.extract(capture);
      nanos += System.nanoTime() - start;
      PageResult result =
          switch (extraction) {
            case Extraction.Extracted e -> {
              Article a = e.article();
              yield new PageResult(
                  id,
                  page.url(),
                  a.body(),
                  a.title(),
                  a.published(),
                  null,
                  ShingleScorer.score(a.body(), page.truth()));
            }
            case Extraction.Rejected r ->
                new PageResult(
                    id,
                    page.url(),
                    "",
                    null,
                    null,
                    r.reason(),
                    ShingleScorer.score("", page.truth()));
          };
      results.add(result);
      scores.add(result.score());
    }
    for (int pass = 0; pass < warmUpPasses; pass++) {
      for (Capture c : captures) {
        extractor.extract(c);
      }
    }
    long timed = 0;
    for (int pass = 0; pass < timedPasses; pass++) {
      long start = System.nanoTime();
      for (Capture c : captures) {
        extractor.extract(c);
      }
      timed += System.nanoTime() - start;
    }
    return new Report(ExtractionScores.of(scores), results, nanos, timedPasses, timed);
  }
}

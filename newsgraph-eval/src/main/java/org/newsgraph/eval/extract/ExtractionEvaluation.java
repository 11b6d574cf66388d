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
   * @param extractionNanos time spent inside the extractor alone, summed over pages
   */
  public record Report(ExtractionScores scores, List<PageResult> pages, long extractionNanos) {

    /** Pages per second of extractor time (one thread, reading and scoring excluded). */
    public double pagesPerSecond() {
      return extractionNanos == 0 ? 0 : pages.size() / (extractionNanos / 1e9);
    }
  }

  private final ArticleExtractor extractor;
  private final Clock clock;

  public ExtractionEvaluation(ArticleExtractor extractor, Clock clock) {
    this.extractor = extractor;
    this.clock = clock;
  }

  /** Extracts and scores every page of {@code dataset}. */
  public Report run(ExtractionDataset dataset) throws IOException {
    List<PageResult> results = new ArrayList<>();
    List<PageScore> scores = new ArrayList<>();
    long nanos = 0;
    for (String id : dataset.ids()) {
      LabelledPage page = dataset.page(id);
      Capture capture = Capture.of(page.url(), MediaType.TEXT_HTML, clock.instant(), page.html());
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
    return new Report(ExtractionScores.of(scores), results, nanos);
  }
}

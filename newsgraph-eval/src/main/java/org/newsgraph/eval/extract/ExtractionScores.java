package org.newsgraph.eval.extract;

import java.util.List;

/**
 * The benchmark's summary over all pages: P is the mean precision over pages where the extractor
 * returned text, R the mean recall over all pages, F1 = 2PR / (P + R), accuracy the share of pages
 * extracted exactly.
 */
public record ExtractionScores(
    int pages, double precision, double recall, double f1, double accuracy) {

  /** Sums up per-page scores. */
  public static ExtractionScores of(List<PageScore> scores) {
    double p =
        scores.stream()
            .filter(PageScore::returnedText)
            .mapToDouble(PageScore::precision)
            .average()
            .orElse(0);
    double r = scores.stream().mapToDouble(PageScore::recall).average().orElse(0);
    double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
    double accuracy =
        scores.isEmpty()
            ? 0
            : scores.stream().filter(PageScore::exact).count() / (double) scores.size();
    return new ExtractionScores(scores.size(), p, r, f1, accuracy);
  }
}

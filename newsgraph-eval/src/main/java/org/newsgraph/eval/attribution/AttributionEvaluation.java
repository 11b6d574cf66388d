package org.newsgraph.eval.attribution;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.newsgraph.model.analysis.Attribution;
import org.newsgraph.model.analysis.Span;

/**
 * Runs an attribution finder over every document of a data set and scores it role by role (see
 * {@link AttributionScorer}), span by span as the published work scores it and, more strictly,
 * attribution by attribution. The finder sees only the text.
 */
public final class AttributionEvaluation {

  /** Scores of one role under the three matching rules. */
  public record RoleReport(RoleScores exact, RoleScores overlap, RoleScores jaccard) {}

  /**
   * The outcome of one run.
   *
   * @param roles scores with each span on its own, as the published work scores them
   * @param byAttribution scores with each attribution's role taken whole, all its spans together
   * @param predictions what the finder found, per document, in text order
   * @param seconds time spent in the finder
   */
  public record Report(
      Map<AttributionRole, RoleReport> roles,
      Map<AttributionRole, RoleReport> byAttribution,
      List<LabelledAttribution> predictions,
      int documents,
      double seconds) {}

  private final Function<String, List<Attribution>> finder;

  public AttributionEvaluation(Function<String, List<Attribution>> finder) {
    this.finder = finder;
  }

  /** Finds and scores the attributions of every document of {@code dataset}. */
  public Report run(AttributionDataset dataset) throws IOException {
    Map<AttributionRole, AttributionScorer> pieces = scorers(AttributionScorer.Unit.SPANS);
    Map<AttributionRole, AttributionScorer> wholes = scorers(AttributionScorer.Unit.ATTRIBUTIONS);
    List<LabelledAttribution> predictions = new ArrayList<>();
    long nanos = 0;
    for (String doc : dataset.docs()) {
      String text = dataset.text(doc);
      long start = System.nanoTime();
      List<Attribution> found = finder.apply(text);
      nanos += System.nanoTime() - start;
      List<LabelledAttribution> predicted = new ArrayList<>();
      for (Attribution a : found) {
        Map<AttributionRole, List<Span>> spans = new EnumMap<>(AttributionRole.class);
        spans.put(AttributionRole.SOURCE, a.source());
        spans.put(AttributionRole.CUE, a.cue());
        spans.put(AttributionRole.CONTENT, a.content());
        predicted.add(new LabelledAttribution(doc, spans));
      }
      predictions.addAll(predicted);
      List<LabelledAttribution> gold = dataset.gold(doc);
      for (AttributionRole role : AttributionRole.values()) {
        List<List<Span>> p = predicted.stream().map(a -> a.of(role)).toList();
        List<List<Span>> g = gold.stream().map(a -> a.of(role)).toList();
        pieces.get(role).add(text, p, g);
        wholes.get(role).add(text, p, g);
      }
    }
    return new Report(
        reports(pieces), reports(wholes), predictions, dataset.docs().size(), nanos / 1e9);
  }

  private static Map<AttributionRole, AttributionScorer> scorers(AttributionScorer.Unit unit) {
    Map<AttributionRole, AttributionScorer> scorers = new EnumMap<>(AttributionRole.class);
    for (AttributionRole r : AttributionRole.values()) {
      scorers.put(r, new AttributionScorer(unit));
    }
    return scorers;
  }

  private static Map<AttributionRole, RoleReport> reports(
      Map<AttributionRole, AttributionScorer> scorers) {
    Map<AttributionRole, RoleReport> out = new EnumMap<>(AttributionRole.class);
    for (Map.Entry<AttributionRole, AttributionScorer> e : scorers.entrySet()) {
      AttributionScorer s = e.getValue();
      out.put(e.getKey(), new RoleReport(s.exact(), s.overlap(), s.jaccard()));
    }
    return out;
  }
}

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
 * {@link AttributionScorer}). The finder sees only the text.
 */
public final class AttributionEvaluation {

  /** Scores of one role under the three matching rules. */
  public record RoleReport(RoleScores exact, RoleScores overlap, RoleScores jaccard) {}

  /**
   * The outcome of one run.
   *
   * @param predictions what the finder found, per document, in text order
   * @param seconds time spent in the finder
   */
  public record Report(
      Map<AttributionRole, RoleReport> roles,
      List<LabelledAttribution> predictions,
      int documents,
      double seconds) {}

  private final Function<String, List<Attribution>> finder;

  public AttributionEvaluation(Function<String, List<Attribution>> finder) {
    this.finder = finder;
  }

  /** Finds and scores the attributions of every document of {@code dataset}. */
  public Report run(AttributionDataset dataset) throws IOException {
    Map<AttributionRole, AttributionScorer> scorers = new EnumMap<>(AttributionRole.class);
    for (AttributionRole r : AttributionRole.values()) {
      scorers.put(r, new AttributionScorer());
    }
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
        scorers
            .get(role)
            .add(
                text,
                predicted.stream().map(p -> p.of(role)).toList(),
                gold.stream().map(g -> g.of(role)).toList());
      }
    }
    Map<AttributionRole, RoleReport> roles = new EnumMap<>(AttributionRole.class);
    for (Map.Entry<AttributionRole, AttributionScorer> e : scorers.entrySet()) {
      AttributionScorer s = e.getValue();
      roles.put(e.getKey(), new RoleReport(s.exact(), s.overlap(), s.jaccard()));
    }
    return new Report(roles, predictions, dataset.docs().size(), nanos / 1e9);
  }
}

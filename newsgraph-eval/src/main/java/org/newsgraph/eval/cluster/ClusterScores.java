package org.newsgraph.eval.cluster;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Clustering scores over all documents. Pairwise ("standard", Miranda et al. 2018): every pair of
 * documents is one decision; precision is the share of pairs put together that belong together,
 * recall the share of pairs that belong together that were put together. BCubed: per document,
 * precision is the share of its predicted cluster in its gold cluster and recall the share of its
 * gold cluster in its predicted cluster, each averaged over documents. F1 is their harmonic mean.
 */
public record ClusterScores(
    double pairwisePrecision,
    double pairwiseRecall,
    double pairwiseF1,
    double bcubedPrecision,
    double bcubedRecall,
    double bcubedF1,
    int documents,
    int predictedClusters,
    int goldClusters) {

  /** Scores {@code predicted} against {@code gold}, one label per document, in the same order. */
  public static ClusterScores of(List<String> predicted, List<String> gold) {
    if (predicted.size() != gold.size()) {
      throw new IllegalArgumentException("one predicted label per document is needed");
    }
    int n = gold.size();
    Map<String, Integer> p = new HashMap<>();
    Map<String, Integer> g = new HashMap<>();
    Map<String, Integer> both = new HashMap<>();
    for (int i = 0; i < n; i++) {
      p.merge(predicted.get(i), 1, Integer::sum);
      g.merge(gold.get(i), 1, Integer::sum);
      both.merge(predicted.get(i) + "\u0000" + gold.get(i), 1, Integer::sum);
    }
    double together = pairs(both);
    double put = pairs(p);
    double belong = pairs(g);
    double pp = put == 0 ? 0 : together / put;
    double pr = belong == 0 ? 0 : together / belong;
    double bp = 0;
    double br = 0;
    for (int i = 0; i < n; i++) {
      int shared = both.get(predicted.get(i) + "\u0000" + gold.get(i));
      bp += (double) shared / p.get(predicted.get(i));
      br += (double) shared / g.get(gold.get(i));
    }
    bp = n == 0 ? 0 : bp / n;
    br = n == 0 ? 0 : br / n;
    return new ClusterScores(pp, pr, f1(pp, pr), bp, br, f1(bp, br), n, p.size(), g.size());
  }

  private static double pairs(Map<String, Integer> sizes) {
    double sum = 0;
    for (int s : sizes.values()) {
      sum += s * (s - 1.0) / 2;
    }
    return sum;
  }

  private static double f1(double p, double r) {
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}

package org.newsgraph.eval.attribution;

/**
 * Precision, recall and F1 of one role under one matching rule.
 *
 * @param predicted how many predicted items of the role there were (spans or attributions)
 * @param gold how many gold items of the role there were
 */
public record RoleScores(double precision, double recall, double f1, int predicted, int gold) {

  static RoleScores of(double matchedPredicted, double matchedGold, int predicted, int gold) {
    double p = predicted == 0 ? 0 : matchedPredicted / predicted;
    double r = gold == 0 ? 0 : matchedGold / gold;
    return new RoleScores(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r), predicted, gold);
  }
}

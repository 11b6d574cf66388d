package org.newsgraph.eval.attribution;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.model.analysis.Span;

/**
 * Scores predicted against gold attributions role by role. What is scored is a set of word tokens
 * (runs of letters and digits; quote marks and punctuation do not count, so a span with or without
 * its closing comma is the same), taken in one of two {@link Unit units}: each span on its own, as
 * the published work on PolNeAR scores it, or each attribution's role whole. Predictions and gold
 * are paired one to one, best pairs first: exact pairs need equal token sets, overlap pairs one
 * shared token; Jaccard gives each pair partial credit |A ∩ B| / |A ∪ B|.
 */
public final class AttributionScorer {

  /** What one scored item is. */
  public enum Unit {
    /**
     * Each span of a role on its own, once per document: the published work on PolNeAR tags every
     * token with at most one role (B- where a span begins) and scores each tagged span, so a
     * content interrupted by its cue ("“A,” he said, “B.”") is two spans, and a source shared by
     * two attributions is one.
     */
    SPANS,
    /**
     * Each attribution's role whole, all its spans together: stricter, as a content is right only
     * when every piece of it is.
     */
    ATTRIBUTIONS
  }

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  private final Unit unit;

  /** Counts accumulated over documents, per matching rule. */
  private double exactP;

  private double exactG;
  private double overlapP;
  private double overlapG;
  private double jaccardP;
  private double jaccardG;
  private int predicted;
  private int gold;

  public AttributionScorer(Unit unit) {
    this.unit = unit;
  }

  /** Adds one document's predictions and gold items of one role. */
  public void add(String text, List<List<Span>> predictedItems, List<List<Span>> goldItems) {
    List<Set<Integer>> p = scored(text, predictedItems);
    List<Set<Integer>> g = scored(text, goldItems);
    predicted += p.size();
    gold += g.size();
    double[][] jac = new double[p.size()][g.size()];
    for (int i = 0; i < p.size(); i++) {
      for (int j = 0; j < g.size(); j++) {
        jac[i][j] = jaccard(p.get(i), g.get(j));
      }
    }
    int exact = match(jac, 1.0 - 1e-9);
    int overlap = match(jac, 1e-9);
    exactP += exact;
    exactG += exact;
    overlapP += overlap;
    overlapG += overlap;
    for (int i = 0; i < p.size(); i++) {
      double best = 0;
      for (int j = 0; j < g.size(); j++) {
        best = Math.max(best, jac[i][j]);
      }
      jaccardP += best;
    }
    for (int j = 0; j < g.size(); j++) {
      double best = 0;
      for (int i = 0; i < p.size(); i++) {
        best = Math.max(best, jac[i][j]);
      }
      jaccardG += best;
    }
  }

  public RoleScores exact() {
    return RoleScores.of(exactP, exactG, predicted, gold);
  }

  public RoleScores overlap() {
    return RoleScores.of(overlapP, overlapG, predicted, gold);
  }

  public RoleScores jaccard() {
    return RoleScores.of(jaccardP, jaccardG, predicted, gold);
  }

  /** Greedy one-to-one pairing by Jaccard, counting pairs at or above {@code threshold}. */
  private static int match(double[][] jac, double threshold) {
    int rows = jac.length;
    int cols = rows == 0 ? 0 : jac[0].length;
    BitSet usedRows = new BitSet(rows);
    BitSet usedCols = new BitSet(cols);
    int matched = 0;
    while (true) {
      double best = -1;
      int bi = -1;
      int bj = -1;
      for (int i = usedRows.nextClearBit(0); i < rows; i = usedRows.nextClearBit(i + 1)) {
        for (int j = usedCols.nextClearBit(0); j < cols; j = usedCols.nextClearBit(j + 1)) {
          if (jac[i][j] > best) {
            best = jac[i][j];
            bi = i;
            bj = j;
          }
        }
      }
      if (bi < 0 || best < threshold) {
        return matched;
      }
      usedRows.set(bi);
      usedCols.set(bj);
      matched++;
    }
  }

  private static double jaccard(Set<Integer> a, Set<Integer> b) {
    if (a.isEmpty() && b.isEmpty()) {
      return 1;
    }
    int shared = 0;
    for (int x : a) {
      if (b.contains(x)) {
        shared++;
      }
    }
    return shared / (double) (a.size() + b.size() - shared);
  }

  /** The token sets scored for {@code items}, in this scorer's unit. */
  private List<Set<Integer>> scored(String text, List<List<Span>> items) {
    if (unit == Unit.ATTRIBUTIONS) {
      return tokenSets(text, items);
    }
    // the same span listed by two attributions is one labelled run of tokens
    Set<Set<Integer>> spans = new LinkedHashSet<>();
    for (List<Span> item : items) {
      for (Span s : item) {
        spans.addAll(tokenSets(text, List.of(List.of(s))));
      }
    }
    return new ArrayList<>(spans);
  }

  /** Each item's word tokens, identified by their start offsets; empty items are dropped. */
  static List<Set<Integer>> tokenSets(String text, List<List<Span>> items) {
    List<Set<Integer>> out = new ArrayList<>();
    for (List<Span> item : items) {
      Set<Integer> tokens = new TreeSet<>();
      for (Span s : item) {
        int end = Math.min(s.end(), text.length());
        Matcher m = WORD.matcher(text);
        m.region(Math.min(s.start(), end), end);
        while (m.find()) {
          tokens.add(m.start());
        }
      }
      if (!tokens.isEmpty()) {
        out.add(tokens);
      }
    }
    return out;
  }
}

package org.newsgraph.eval.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShingleScorerTest {

  @Test
  void tokensAreUnicodeWordRunsWithCaseKept() {
    assertEquals(
        List.of("Zürich", "s", "Café", "2019", "naïve"),
        ShingleScorer.tokens("Zürich's «Café» — 2019, naïve!"));
  }

  @Test
  void anExactMatchScoresOneAndIsAccurate() {
    PageScore s = ShingleScorer.score("one two three four five", "one  two\nthree four five");
    assertEquals(new PageScore(1, 1, true, true), s);
  }

  @Test
  void extraTextCostsPrecisionAndMissingTextCostsRecall() {
    // truth: a b c d e f -> 3 shingles; prediction: a b c d e f g h -> 5 shingles, all 3 true ones
    PageScore extra = ShingleScorer.score("a b c d e f g h", "a b c d e f");
    assertEquals(3 / 5.0, extra.precision(), 1e-9);
    assertEquals(1.0, extra.recall(), 1e-9);
    assertFalse(extra.exact());
    // prediction: a b c d -> 1 shingle, in truth; truth has 3
    PageScore missing = ShingleScorer.score("a b c d", "a b c d e f");
    assertEquals(1.0, missing.precision(), 1e-9);
    assertEquals(1 / 3.0, missing.recall(), 1e-9);
  }

  @Test
  void shinglesAreCountedAsAMultiset() {
    // "x x x x x" has the shingle (x x x x) twice; the truth has it once.
    PageScore s = ShingleScorer.score("x x x x x", "x x x x");
    assertEquals(0.5, s.precision(), 1e-9);
    assertEquals(1.0, s.recall(), 1e-9);
  }

  @Test
  void shortTextsAreOneShingle() {
    assertEquals(
        new PageScore(1, 1, true, true), ShingleScorer.score("Hello world", "Hello world"));
    assertEquals(0, ShingleScorer.score("Hello there", "Hello world").precision(), 1e-9);
  }

  @Test
  void anEmptyPredictionHasNoTextAndNoRecall() {
    PageScore s = ShingleScorer.score("", "some true text here");
    assertFalse(s.returnedText());
    assertEquals(0, s.recall(), 1e-9);
    assertTrue(
        ShingleScorer.score("", "").recall() == 1 && ShingleScorer.score("", "").precision() == 1);
  }

  @Test
  void precisionIsAveragedOnlyOverPagesWithTextAndRecallOverAll() {
    ExtractionScores s =
        ExtractionScores.of(
            List.of(new PageScore(1.0, 0.5, true, false), new PageScore(0, 0, false, false)));
    assertEquals(2, s.pages());
    assertEquals(1.0, s.precision(), 1e-9);
    assertEquals(0.25, s.recall(), 1e-9);
    assertEquals(2 * 0.25 / 1.25, s.f1(), 1e-9);
    assertEquals(0, s.accuracy(), 1e-9);
  }
}

package org.newsgraph.eval.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.eval.attribution.AttributionScorer.Unit;
import org.newsgraph.model.analysis.Span;

class AttributionScorerTest {

  // "“The bridge will reopen on Monday,” the mayor said, “and the ferries will stop.”"
  private static final String QUOTE =
      "\u201cThe bridge will reopen on Monday,\u201d the mayor said, \u201cand the ferries will"
          + " stop.\u201d";
  private static final Span FIRST_PIECE = new Span(0, 35);
  private static final Span SECOND_PIECE = new Span(52, 80);

  private static AttributionScorer scored(
      Unit unit, String text, List<List<Span>> predicted, List<List<Span>> gold) {
    AttributionScorer s = new AttributionScorer(unit);
    s.add(text, predicted, gold);
    return s;
  }

  @Test
  void countsEachPieceOfAnInterruptedQuotationAsASpan() {
    List<List<Span>> gold = List.of(List.of(FIRST_PIECE, SECOND_PIECE));
    List<List<Span>> predicted = List.of(List.of(FIRST_PIECE));

    RoleScores spans = scored(Unit.SPANS, QUOTE, predicted, gold).exact();
    assertThat(spans.gold()).isEqualTo(2);
    assertThat(spans.precision()).isEqualTo(1.0);
    assertThat(spans.recall()).isEqualTo(0.5);

    // taken whole, half a quotation is not the quotation
    RoleScores whole = scored(Unit.ATTRIBUTIONS, QUOTE, predicted, gold).exact();
    assertThat(whole.gold()).isEqualTo(1);
    assertThat(whole.f1()).isZero();
    assertThat(scored(Unit.ATTRIBUTIONS, QUOTE, predicted, gold).overlap().f1()).isEqualTo(1.0);
  }

  @Test
  void countsASourceSharedByTwoAttributionsOnceAsASpan() {
    String text = "The governor said the budget was balanced and warned against new taxes.";
    Span governor = new Span(0, 12);
    List<List<Span>> gold = List.of(List.of(governor), List.of(governor));
    List<List<Span>> predicted = List.of(List.of(governor));

    RoleScores spans = scored(Unit.SPANS, text, predicted, gold).exact();
    assertThat(spans.gold()).isEqualTo(1);
    assertThat(spans.f1()).isEqualTo(1.0);

    RoleScores whole = scored(Unit.ATTRIBUTIONS, text, predicted, gold).exact();
    assertThat(whole.gold()).isEqualTo(2);
    assertThat(whole.precision()).isEqualTo(1.0);
    assertThat(whole.recall()).isEqualTo(0.5);
  }

  @Test
  void matchesSpansThatDifferOnlyByQuoteMarksAndPunctuation() {
    // the gold leaves the quotation marks and the comma out, the prediction keeps them
    List<List<Span>> gold = List.of(List.of(new Span(1, 33)));
    List<List<Span>> predicted = List.of(List.of(FIRST_PIECE));

    for (Unit unit : Unit.values()) {
      assertThat(scored(unit, QUOTE, predicted, gold).exact().f1()).isEqualTo(1.0);
    }
  }

  @Test
  void pairsOverlappingSpansOneToOne() {
    String text = "Officials said the talks would resume, and aides said a deal was near.";
    List<List<Span>> gold = List.of(List.of(new Span(15, 37)));
    // two predictions overlap the one gold content: only one of them can be its match
    List<List<Span>> predicted = List.of(List.of(new Span(15, 25)), List.of(new Span(25, 37)));

    AttributionScorer s = scored(Unit.SPANS, text, predicted, gold);
    assertThat(s.overlap().precision()).isEqualTo(0.5);
    assertThat(s.overlap().recall()).isEqualTo(1.0);
    assertThat(s.exact().f1()).isZero();
    // "the talks" and "would resume" each share 2 of the gold span's 4 words
    assertThat(s.jaccard().recall()).isCloseTo(2.0 / 4, within(1e-9));
  }

  @Test
  void leavesOutSpansWithoutWords() {
    String text = "Sanders: \u201cWe can win.\u201d";
    // a colon as the cue has no word to score, on either side
    List<List<Span>> gold = List.of(List.of(new Span(7, 8)));

    RoleScores s = scored(Unit.SPANS, text, gold, gold).exact();
    assertThat(s.gold()).isZero();
    assertThat(s.predicted()).isZero();
  }
}

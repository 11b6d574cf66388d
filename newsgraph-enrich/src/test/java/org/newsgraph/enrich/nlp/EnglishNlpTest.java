package org.newsgraph.enrich.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

class EnglishNlpTest {

  private static final EnglishNlp NLP = new EnglishNlp();

  private static List<String> sentences(String text) {
    return NLP.analyze(text).stream().map(s -> s.text(text)).toList();
  }

  @Test
  void initialsInANameEndNoSentence() {
    String text =
        "Rep. G.K. Butterfield spoke first. Ronald R. Fieldstone said no. The plant is in"
            + " Virginia. The company said so.";

    assertThat(sentences(text))
        .containsExactly(
            "Rep. G.K. Butterfield spoke first.",
            "Ronald R. Fieldstone said no.",
            "The plant is in Virginia.",
            "The company said so.");
  }

  @Test
  void aTitleAfterAnOpeningBracketOrQuoteEndsNoSentence() {
    String text =
        "It would have to be depreciated. (Mr. Trump has also called for lower taxes.) She"
            + " asked, \u201cDr. Oz, is that true?\u201d";

    assertThat(sentences(text))
        .containsExactly(
            "It would have to be depreciated.",
            "(Mr. Trump has also called for lower taxes.)",
            "She asked, \u201cDr. Oz, is that true?\u201d");
  }

  @Test
  void aNameWrittenInLowerCaseMayStartASentence() {
    String text =
        "Apple said demand was strong. iPhone sales fell five percent. eBay shares rose. Sen."
            + " Perdue (R-Ga.) said he agreed.";

    // but a piece opening with an ordinary lower-case word still belongs to the one before
    assertThat(sentences(text))
        .containsExactly(
            "Apple said demand was strong.",
            "iPhone sales fell five percent.",
            "eBay shares rose.",
            "Sen. Perdue (R-Ga.) said he agreed.");
  }

  @Test
  void sentencesNeverCrossALineBreak() {
    String text = "Iran Talks Resume In Oman\nThe foreign minister arrived on Sunday.";

    assertThat(sentences(text))
        .containsExactly("Iran Talks Resume In Oman", "The foreign minister arrived on Sunday.");
  }

  private static List<String> tagged(String text) {
    return NLP.analyze(text).stream()
        .flatMap(s -> s.tokens().stream())
        .map(t -> t.text() + "/" + t.tag())
        .toList();
  }

  @Test
  void tagsNewsWordsWithUniversalTags() {
    assertThat(tagged("Donald Trump said he\u2019s claiming fraud."))
        .containsExactly(
            "Donald/PROPN",
            "Trump/PROPN",
            "said/VERB",
            "he/PRON",
            "\u2019s/AUX",
            "claiming/VERB",
            "fraud/NOUN",
            "./PUNCT");
    assertThat(tagged("She has not said that the plan has a flaw."))
        .contains("has/AUX", "not/PART", "that/SCONJ", "the/DET", "a/DET")
        .contains("has/VERB"); // the second "has" owns the flaw
  }

  @Test
  void contractionsAreSplitAsTheTaggerWasTrained() {
    assertThat(tagged("He isn\u2019t saying, they're sure we can't, and I'm told O'Donnell won."))
        .contains(
            "is/AUX",
            "n\u2019t/PART",
            "saying/VERB",
            "they/PRON",
            "'re/AUX",
            "ca/AUX",
            "n't/PART",
            "I/PRON",
            "'m/AUX",
            "O'Donnell/PROPN");
  }

  @Test
  void splittingKeepsEveryPieceOfOddTokensInOrder() {
    for (String word :
        List.of(
            "''",
            "'",
            "\u2019",
            "\u201d",
            ".\u201d",
            "''a''",
            "n't",
            "O'Neill",
            "rock'n'roll",
            "'90s",
            "\u0130\u0130\u0130\u0130we're",
            "\u0130we're")) {
      Span[] pieces = EnglishNlp.refine(word, new Span[] {new Span(0, word.length())});
      StringBuilder joined = new StringBuilder();
      int at = 0;
      for (Span p : pieces) {
        assertThat(p.getStart()).as(word).isEqualTo(at);
        assertThat(p.getEnd()).as(word).isGreaterThan(p.getStart());
        joined.append(word, p.getStart(), p.getEnd());
        at = p.getEnd();
      }
      assertThat(joined.toString()).as(word).isEqualTo(word);
    }
    String dotted = "\u0130we're";
    assertThat(Arrays.stream(EnglishNlp.refine(dotted, new Span[] {new Span(0, 6)})))
        .extracting(p -> dotted.substring(p.getStart(), p.getEnd()))
        .containsExactly("\u0130we", "'re");
  }

  @Test
  void aPluralsPossessiveMarkStandsApart() {
    assertThat(tagged("The miners' union and the aides' memo were cited."))
        .contains("miners/NOUN", "'/PART", "aides/NOUN", "memo/NOUN");
  }

  @Test
  void quotationMarksStandApartFromTheirWords() {
    assertThat(tagged("Israel has \u2018been through this before\u2019 and will be again."))
        .extracting(w -> w.substring(0, w.lastIndexOf('/')))
        .contains("\u2018", "been", "before", "\u2019");
    assertThat(tagged("He called him a ''genius'' for it.\u201dTrump said so."))
        .extracting(w -> w.substring(0, w.lastIndexOf('/')))
        .contains("''", "genius", ".\u201d", "Trump")
        .doesNotContain("genius''", ".\u201dTrump");
  }

  @Test
  void theFirstHalfOfAHyphenatedCompoundLosesTheHyphenTheTokenizerLeftOnIt() {
    assertThat(tagged("The Iranian-backed Houthi militia fired again."))
        .extracting(w -> w.substring(0, w.lastIndexOf('/')))
        .containsSubsequence("Iranian", "-", "backed", "Houthi")
        .doesNotContain("Iranian-");
  }

  @Test
  void tokensTellAPastTenseFromAParticiple() {
    List<Token> tokens =
        NLP.analyze("A poll released last week showed that the talks deteriorated.").stream()
            .flatMap(s -> s.tokens().stream())
            .toList();

    assertThat(tokens)
        .filteredOn(Token::isFinite)
        .extracting(Token::text)
        .containsExactly("showed", "deteriorated");
    assertThat(tokens).extracting(Token::treebank).contains("VBN", "VBD");
  }
}

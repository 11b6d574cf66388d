package org.newsgraph.enrich.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.enrich.nlp.EnglishNlp;
import org.newsgraph.model.analysis.AttributionKind;
import org.newsgraph.model.analysis.Span;

class AttributionFinderTest {

  private static final EnglishNlp NLP = new EnglishNlp();
  private static final AttributionFinder FINDER = new AttributionFinder();

  private static List<AttributionFinder.Found> find(String text) {
    return FINDER.find(text, NLP.analyze(text));
  }

  private static List<String> of(String text, List<Span> spans) {
    return spans.stream().map(s -> s.of(text)).toList();
  }

  @Test
  void reportedSpeechWithThat() {
    String text = "The minister said that the border would reopen on Monday.";
    AttributionFinder.Found f = find(text).get(0);

    assertThat(of(text, f.source())).containsExactly("The minister");
    assertThat(f.cue().of(text)).isEqualTo("said");
    // PolNeAR, the corpus we measure against, often keeps the complementiser in the content
    assertThat(of(text, f.content())).containsExactly("that the border would reopen on Monday");
    assertThat(f.kind()).isEqualTo(AttributionKind.INDIRECT);
  }

  @Test
  void quotationBeforeTheCue() {
    String text = "\u201cWe will not back down,\u201d the spokesman said.";
    AttributionFinder.Found f = find(text).get(0);

    assertThat(of(text, f.source())).containsExactly("the spokesman");
    assertThat(f.kind()).isEqualTo(AttributionKind.DIRECT);
    assertThat(of(text, f.content()).get(0)).contains("We will not back down");
  }

  @Test
  void interruptedQuotationKeepsBothFragments() {
    String text = "\u201cThe talks,\u201d he said, \u201cwent better than expected.\u201d";
    AttributionFinder.Found f = find(text).get(0);

    assertThat(of(text, f.source())).containsExactly("he");
    assertThat(f.content()).hasSize(2);
  }

  @Test
  void accordingTo() {
    String text = "Forty people were killed, according to the health ministry.";
    AttributionFinder.Found f = find(text).get(0);

    assertThat(f.cue().of(text)).isEqualTo("according to");
    assertThat(of(text, f.source())).containsExactly("the health ministry");
    assertThat(of(text, f.content())).containsExactly("Forty people were killed");
  }

  @Test
  void beliefsCountAsAttributions() {
    String text = "Officials believe the militia has rebuilt its arsenal.";
    AttributionFinder.Found f = find(text).get(0);

    assertThat(of(text, f.source())).containsExactly("Officials");
    assertThat(f.cue().of(text)).isEqualTo("believe");
  }

  @Test
  void sentenceWithoutACueHasNoAttribution() {
    assertThat(find("The ship docked at noon and unloaded its cargo of grain.")).isEmpty();
  }

  @Test
  void speakerLabelOpeningALine() {
    String text = "WALLACE: Will she be at the debate on Monday?\nPENCE: Well, I do not think so.";
    List<AttributionFinder.Found> found =
        find(text).stream().filter(f -> f.cue().of(text).equals(":")).toList();

    assertThat(found).hasSize(2);
    assertThat(of(text, found.get(0).source())).containsExactly("WALLACE");
    assertThat(found.get(0).cue().of(text)).isEqualTo(":");
    assertThat(of(text, found.get(1).content())).containsExactly("Well, I do not think so.");
  }

  @Test
  void quotationSignedWithADash() {
    String text = "\u201cHe does not speak for us.\u201d \u2015 Maria Lopez\n";
    AttributionFinder.Found f = find(text).get(0);

    assertThat(of(text, f.source())).containsExactly("Maria Lopez");
    assertThat(f.kind()).isEqualTo(AttributionKind.DIRECT);
  }

  @Test
  void passiveParticipleWithItsAgent() {
    String text = "The talks were described by regional observers as cautious but constructive.";
    AttributionFinder.Found f = find(text).get(0);

    assertThat(of(text, f.source())).containsExactly("regional observers");
    assertThat(of(text, f.content())).containsExactly("as cautious but constructive");
  }

  @Test
  void parentheticalReportKeepsOnlyItsOwnSubject() {
    String text = "The world's democracies, Israeli officials argue, must not look away.";
    AttributionFinder.Found f = find(text).get(0);

    assertThat(of(text, f.source())).containsExactly("Israeli officials");
    assertThat(of(text, f.content())).hasSize(2);
  }

  @Test
  void coordinatedCueSharesTheSubject() {
    String text = "Donald Trump bemoaned the unrest and said the city needed more police.";
    List<AttributionFinder.Found> found = find(text);

    assertThat(found)
        .anySatisfy(
            f -> {
              assertThat(f.cue().of(text)).isEqualTo("said");
              assertThat(of(text, f.source())).containsExactly("Donald Trump");
            });
  }

  @Test
  void circumstancesOfTheReportAreNotItsContent() {
    String text = "The mayor said on Tuesday that the bridge would reopen.";
    AttributionFinder.Found f = find(text).get(0);

    assertThat(of(text, f.content())).containsExactly("that the bridge would reopen");
  }

  @Test
  void callingSomebodySomething() {
    String text = "Cruz called Trump a \"pathological liar\" on Tuesday.";
    AttributionFinder.Found f = find(text).get(0);

    assertThat(f.cue().of(text)).isEqualTo("called");
    assertThat(of(text, f.source())).containsExactly("Cruz");
    assertThat(find("A charity called Hope for Kids opened a shelter.")).isEmpty();
  }

  @Test
  void quotationEndingInAQuestionMarkBeforeTheCue() {
    String text =
        "\u201cHow many times do we have to see this?\u201d Clinton said. \u201cThis is"
            + " unbearable.\u201d";
    AttributionFinder.Found f = find(text).get(0);

    assertThat(of(text, f.source())).containsExactly("Clinton");
    assertThat(f.content()).hasSize(2);
    assertThat(f.kind()).isEqualTo(AttributionKind.DIRECT);
  }

  @Test
  void nameWithAPartyInParenthesesBeforeTheCue() {
    String text = "Sen. David Perdue (R-Ga.) said he did not believe those characterizations.";
    AttributionFinder.Found f = find(text).get(0);

    assertThat(of(text, f.source())).containsExactly("Sen. David Perdue (R-Ga.)");
    assertThat(of(text, f.content())).containsExactly("he did not believe those characterizations");
  }
}

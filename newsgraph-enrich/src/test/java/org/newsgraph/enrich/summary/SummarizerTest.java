package org.newsgraph.enrich.summary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.newsgraph.enrich.nlp.EnglishNlp;
import org.newsgraph.testkit.Fixtures;

class SummarizerTest {

  private static final EnglishNlp NLP = new EnglishNlp();
  private static final Summarizer SUMMARIZER = new Summarizer();
  private static final String SAMPLE = Fixtures.text("samples/002_e236cc5d13e8879a.txt");

  private static Summarizer.Summary summarize(String text) {
    return SUMMARIZER.summarize(text, NLP.analyze(text));
  }

  @Test
  void summaryIsThreeWholeSentencesOfTheTextInOrder() {
    Summarizer.Summary s = summarize(SAMPLE);

    var sentences = NLP.analyze(SAMPLE).stream().map(x -> x.text(SAMPLE).strip()).toList();
    var chosen = sentences.stream().filter(x -> s.summary().contains(x)).toList();
    assertThat(chosen).hasSize(3);
    assertThat(String.join(" ", chosen)).isEqualTo(s.summary());
  }

  @Test
  void teaserIsOneOrTwoWholeSentencesWithinTheLimit() {
    Summarizer.Summary s = summarize(SAMPLE);

    assertThat(s.teaser()).isNotBlank().hasSizeLessThanOrEqualTo(Summarizer.TEASER_LIMIT);
    assertThat(s.teaser()).endsWith(".");
    assertThat(SAMPLE).contains(s.teaser().split("(?<=\\.) ")[0]);
  }

  @Test
  void skipsTheHeadlineLine() {
    String text =
        "Port Reopens After Storm\n\n"
            + "The port of Hodeidah reopened on Monday after a storm closed it for three days,"
            + " officials said. Ships waiting offshore began to unload grain and fuel. The"
            + " harbour master said repairs to the main quay would take a month.";

    assertThat(summarize(text).summary()).doesNotContain("Port Reopens After Storm");
    assertThat(summarize(text).teaser()).startsWith("The port of Hodeidah reopened");
  }

  @Test
  void longOnlySentenceIsNotCut() {
    String sentence =
        "The committee, which met for eleven hours behind closed doors in the capital, agreed"
            + " after a long and often bitter debate over funding, oversight, the role of"
            + " regional governments and the timetable for elections that the interim"
            + " arrangement would remain in force until a new constitution is adopted next year.";

    assertThat(sentence.length()).isGreaterThan(Summarizer.TEASER_LIMIT);
    assertThat(summarize(sentence).teaser()).isEqualTo(sentence);
  }

  @Test
  void emptyTextHasEmptySummary() {
    assertThat(summarize("")).isEqualTo(new Summarizer.Summary("", ""));
  }
}

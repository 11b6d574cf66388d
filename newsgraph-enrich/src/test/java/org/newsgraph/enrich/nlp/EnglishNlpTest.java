package org.newsgraph.enrich.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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
  void sentencesNeverCrossALineBreak() {
    String text = "Iran Talks Resume In Oman\nThe foreign minister arrived on Sunday.";

    assertThat(sentences(text))
        .containsExactly("Iran Talks Resume In Oman", "The foreign minister arrived on Sunday.");
  }
}

package org.newsgraph.enrich.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.enrich.nlp.EnglishNlp;
import org.newsgraph.testkit.Fixtures;

class KeyphraseFinderTest {

  private static final EnglishNlp NLP = new EnglishNlp();
  private static final KeyphraseFinder FINDER = new KeyphraseFinder();

  private static List<String> find(String text) {
    return FINDER.find(text, NLP.analyze(text));
  }

  @Test
  void findsFiveToTenPhrasesOfAnArticle() {
    List<String> phrases = find(Fixtures.text("samples/000_ca7439a74214b565.txt"));

    assertThat(phrases).hasSizeBetween(5, 10).doesNotHaveDuplicates().contains("Iran", "Israel");
  }

  @Test
  void prefersTheRepeatedPhraseToItsWords() {
    String text =
        "The nuclear program worries the neighbours. Inspectors visited the nuclear program's"
            + " main site. Diplomats say the nuclear program could be capped. The program"
            + " began in 2002.";

    List<String> phrases = find(text);

    assertThat(phrases.get(0)).isEqualTo("nuclear program");
    assertThat(phrases).doesNotContain("program");
  }

  @Test
  void textWithoutNounsHasNoPhrases() {
    assertThat(find("")).isEmpty();
    assertThat(find("Go on, then.")).isEmpty();
  }

  @Test
  void takesNamesWhole() {
    String text =
        "The United States and the United Nations met. The United States voted. The United"
            + " Nations adjourned. The United States left.";

    assertThat(find(text)).contains("United States").doesNotContain("United", "States");
  }
}

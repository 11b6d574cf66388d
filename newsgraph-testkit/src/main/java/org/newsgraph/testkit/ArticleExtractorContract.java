package org.newsgraph.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Article;
import org.newsgraph.model.Capture;
import org.newsgraph.model.MediaType;

/**
 * What every extractor must do whatever it is given: never throw, reject what is not an article
 * with a reason, and never return an article without text. A test class for an extractor extends
 * this and says how to run the extractor and how to read its outcome.
 *
 * <p>Random inputs are seeded per repetition, so a failure names an input that can be replayed.
 */
public abstract class ArticleExtractorContract {

  /** The outcome of one extraction, in terms the contract can check. */
  public sealed interface Outcome {
    record Accepted(Article article) implements Outcome {}

    record Refused(String reason) implements Outcome {}
  }

  /** The media type the extractor under test reads. */
  protected abstract MediaType mediaType();

  /** Runs the extractor under test. */
  protected abstract Function<Capture, Outcome> extractor();

  private Outcome run(byte[] bytes) {
    return extractor().apply(TestCaptures.of("contract", mediaType(), bytes));
  }

  @Test
  void rejectsBinaryContentWithAReason() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H'};
    Outcome outcome = run(png);
    assertThat(outcome).isInstanceOf(Outcome.Refused.class);
    assertThat(((Outcome.Refused) outcome).reason()).contains("PNG");
  }

  @Test
  void rejectsWhitespaceOnlyContent() {
    assertThat(run(" \n\t\n  ".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(Outcome.Refused.class);
  }

  /**
   * Whether the extractor guesses the encoding of bytes that are not UTF-8 (as browsers do for web
   * pages) instead of rejecting them.
   */
  protected boolean detectsEncodings() {
    return false;
  }

  @Test
  void rejectsInvalidUtf8NamingTheOffsetOrReadsItAsItsRealEncoding() {
    byte[] bytes =
        "Caf\u00e9 society gathered in the old town square on Sunday for the annual spring market."
            .getBytes(StandardCharsets.ISO_8859_1);
    Outcome outcome = run(bytes);
    if (detectsEncodings()) {
      if (outcome instanceof Outcome.Accepted a) {
        assertThat(a.article().body()).contains("Caf\u00e9").doesNotContain("\ufffd");
      }
    } else {
      assertThat(outcome).isInstanceOf(Outcome.Refused.class);
      assertThat(((Outcome.Refused) outcome).reason()).contains("UTF-8").contains("byte 3");
    }
  }

  @RepeatedTest(25)
  void survivesRandomBytes(org.junit.jupiter.api.RepetitionInfo repetition) {
    Random random = new Random(repetition.getCurrentRepetition());
    byte[] bytes = new byte[1 + random.nextInt(4096)];
    random.nextBytes(bytes);
    Outcome outcome = run(bytes);
    if (outcome instanceof Outcome.Accepted a) {
      assertThat(a.article().body()).isNotBlank();
    } else {
      assertThat(((Outcome.Refused) outcome).reason()).isNotBlank();
    }
  }

  @RepeatedTest(10)
  void survivesRandomTextWithMarkupCharacters(org.junit.jupiter.api.RepetitionInfo repetition) {
    Random random = new Random(1000 + repetition.getCurrentRepetition());
    String alphabet = "<>/=\"'{}[]:,.!? \n\tabcdefghijklmnopqrstuvwxyz\u00e9\u2014";
    StringBuilder sb = new StringBuilder();
    int n = 1 + random.nextInt(6000);
    for (int i = 0; i < n; i++) {
      sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    Outcome outcome = run(sb.toString().getBytes(StandardCharsets.UTF_8));
    if (outcome instanceof Outcome.Accepted a) {
      assertThat(a.article().title()).isNotBlank();
      assertThat(a.article().body()).isNotBlank();
    }
  }
}

package org.newsgraph.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CaptureTest {

  private static final Instant T = Instant.parse("2025-01-02T03:04:05Z");

  @Test
  void idIsTheSha256OfTheBytes() {
    Capture c = Capture.ofText("a.txt", MediaType.TEXT_PLAIN, T, "abc");
    // SHA-256("abc") from FIPS 180-2, appendix B.1
    assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", c.id());
  }

  @Test
  void sameBytesGetTheSameIdFromAnySource() {
    byte[] bytes = "same".getBytes(StandardCharsets.UTF_8);
    Capture a = Capture.of("a.txt", MediaType.TEXT_PLAIN, T, bytes);
    Capture b = Capture.of("https://example.org/b", MediaType.TEXT_HTML, T.plusSeconds(9), bytes);
    assertEquals(a.id(), b.id());
    assertThat(a).isNotEqualTo(b);
  }

  @Test
  void articleIdIsAPrefixOfTheCaptureId() {
    Capture c = Capture.ofText("a.txt", MediaType.TEXT_PLAIN, T, "text");
    assertEquals(Capture.ARTICLE_ID_LENGTH, c.articleId().length());
    assertThat(c.id()).startsWith(c.articleId());
  }

  @Test
  void rejectsAnIdThatIsNotASha256() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new Capture("xyz", "a", MediaType.TEXT_PLAIN, T, new byte[] {1}));
    assertThat(e.getMessage()).contains("xyz");
  }

  @Test
  void toStringShowsSizeNotBytes() {
    Capture c = Capture.ofText("a.txt", MediaType.TEXT_PLAIN, T, "secret text");
    assertThat(c.toString()).contains("11 bytes").doesNotContain("secret");
  }
}

package org.newsgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsgraph.model.Article;
import org.newsgraph.model.MediaType;
import org.newsgraph.testkit.TestCaptures;

/**
 * Pages built to break extractors: each must come out as an article or a one-line rejection, never
 * as an exception, and the batch goes on. They are generated here rather than stored, so the
 * repository does not carry 50 MB of zeros; each says what it imitates.
 */
class HostilePagesTest {

  private static final String PARAGRAPH =
      "<p>The harbour authority said on Monday that it would reopen the northern quay after"
          + " repairs, and that ferries would return to their usual timetable within a week.</p>";

  private final ArticleExtractors extractors = ArticleExtractors.standard();

  static Stream<Arguments> pages() {
    return Stream.of(
        Arguments.of("100k nested divs", nested(100_000), true),
        Arguments.of(
            "only scripts",
            ("<html><head><script>var a = '"
                    + "x".repeat(5000)
                    + "';</script></head><body>"
                    + "<script>document.write('<p>' + a + '</p>')</script></body></html>")
                .getBytes(StandardCharsets.UTF_8),
            false),
        Arguments.of("PNG named .html", png(), false),
        Arguments.of("zero bytes", new byte[0], false),
        Arguments.of("declares UTF-8 but is windows-1252", misdeclared(), true),
        Arguments.of("NUL bytes in the text", withNuls(), true),
        Arguments.of(
            "unclosed everything",
            ("<html><body><div><article><p>" + PARAGRAPH.repeat(3) + "<table><tr><td><span><b><i>")
                .getBytes(StandardCharsets.UTF_8),
            true),
        Arguments.of(
            "a million empty elements",
            ("<html><body>"
                    + "<span></span>".repeat(600_000)
                    + PARAGRAPH.repeat(4)
                    + "</body></html>")
                .getBytes(StandardCharsets.UTF_8),
            true));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pages")
  void answersWithAnArticleOrOneLineNeverAnException(String what, byte[] page, boolean hasArticle) {
    Extraction e = extractors.extract(TestCaptures.of(what + ".html", MediaType.TEXT_HTML, page));
    if (hasArticle) {
      assertThat(e).as(what).isInstanceOf(Extraction.Extracted.class);
      Article a = ((Extraction.Extracted) e).article();
      assertThat(a.body()).contains("The harbour authority said on Monday").doesNotContain("\0");
    } else {
      assertThat(e).as(what).isInstanceOf(Extraction.Rejected.class);
      String reason = ((Extraction.Rejected) e).reason();
      assertThat(reason).isNotBlank().doesNotContain("\n").doesNotContain("extractor failed");
    }
  }

  @Test
  void rejectsAPageAboveTheSizeLimitWithoutParsingIt() {
    byte[] huge = new byte[50 * 1024 * 1024];
    byte[] start = "<html><body><p>".getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(start, 0, huge, 0, start.length);
    java.util.Arrays.fill(huge, start.length, huge.length, (byte) 'a');
    Extraction e = extractors.extract(TestCaptures.of("huge.html", MediaType.TEXT_HTML, huge));
    assertThat(((Extraction.Rejected) e).reason())
        .isEqualTo("page too large: 52,428,800 bytes is over the 10,485,760-byte limit");
  }

  @Test
  void theSizeLimitIsConfigurable() {
    byte[] page =
        ("<html><body><article>" + PARAGRAPH.repeat(4) + "</article></body></html>")
            .getBytes(StandardCharsets.UTF_8);
    assertThat(
            new HtmlPageExtractor(100)
                .extract(TestCaptures.of("p.html", MediaType.TEXT_HTML, page)))
        .isInstanceOf(Extraction.Rejected.class);
    assertThat(
            new HtmlPageExtractor(page.length)
                .extract(TestCaptures.of("p.html", MediaType.TEXT_HTML, page)))
        .isInstanceOf(Extraction.Extracted.class);
  }

  private static byte[] nested(int depth) {
    StringBuilder sb = new StringBuilder(depth * 12 + 1000);
    sb.append("<html><body>");
    sb.append("<div>".repeat(depth));
    sb.append(PARAGRAPH.repeat(3));
    sb.append("</div>".repeat(depth));
    sb.append("</body></html>");
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] png() {
    byte[] b = new byte[2048];
    byte[] magic = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    System.arraycopy(magic, 0, b, 0, magic.length);
    for (int i = magic.length; i < b.length; i++) {
      b[i] = (byte) (i * 31);
    }
    return b;
  }

  private static byte[] misdeclared() {
    String html =
        "<html><head><meta charset=\"utf-8\"></head><body><article>"
            + PARAGRAPH
                .replace("harbour", "harbour\u00e9")
                .replace("The harbour\u00e9", "The harbour")
            + PARAGRAPH.repeat(2)
            + "<p>Caf\u00e9s on the quay expect a busy summer.</p></article></body></html>";
    return html.getBytes(java.nio.charset.Charset.forName("windows-1252"));
  }

  private static byte[] withNuls() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] p =
        ("<html><body><article>" + PARAGRAPH.repeat(3) + "</article></body></html>")
            .getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < p.length; i++) {
      out.write(p[i]);
      if (i % 97 == 0 && p[i] == ' ') {
        out.write(0);
      }
    }
    return out.toByteArray();
  }
}

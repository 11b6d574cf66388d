package org.newsgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsgraph.model.Article;
import org.newsgraph.model.Capture;
import org.newsgraph.model.MediaType;
import org.newsgraph.testkit.Fixtures;

/**
 * The bundled HTML news pages: each comes out with its headline, its own paragraphs and its related
 * links, and none of the page furniture around them.
 */
class SampleHtmlPagesTest {

  static Stream<Path> pages() {
    return Fixtures.filesIn("samples").stream().filter(p -> p.toString().endsWith(".html"));
  }

  @ParameterizedTest
  @MethodSource("pages")
  void extractsTheArticleAndLeavesTheChromeOut(Path page) throws IOException {
    byte[] bytes = Files.readAllBytes(page);
    Document doc = Jsoup.parse(new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
    // Captured today: a page cannot have been published after it was captured.
    Extraction e =
        new HtmlPageExtractor()
            .extract(Capture.of(page.toString(), MediaType.TEXT_HTML, Instant.now(), bytes));
    Article a = ((Extraction.Extracted) e).article();

    assertThat(a.title()).isEqualTo(doc.selectFirst("h1").text());
    assertFalse(a.titleDerived());
    assertNotNull(a.published());
    assertThat(a.url()).startsWith("https://");
    assertThat(a.siteName()).isNotBlank();
    assertThat(a.paragraphs()).hasSizeGreaterThanOrEqualTo(6);
    assertThat(a.body())
        .doesNotContain("cookies")
        .doesNotContain("Share on X")
        .doesNotContain("Copy link")
        .doesNotContain("Sign up")
        .doesNotContain("dataLayer")
        .doesNotContain("font-family")
        .doesNotContain("Related coverage")
        .doesNotContain("Comments are loading");
    assertThat(a.teasers()).hasSizeBetween(3, 4);
    assertThat(a.teasers()).allSatisfy(t -> assertThat(t.url()).startsWith("https://"));
    String lastParagraph = doc.select(".related-articles a").first().text();
    assertThat(a.body()).doesNotContain(lastParagraph);
  }
}

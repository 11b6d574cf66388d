package org.newsgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsgraph.model.Article;
import org.newsgraph.model.Capture;
import org.newsgraph.model.MediaType;
import org.newsgraph.model.MetadataField;
import org.newsgraph.testkit.Fixtures;

/**
 * Real-looking pages that state their metadata in different ways (JSON-LD with a graph, OpenGraph
 * only, a {@code <time>} element, only a date in the address or a visible dateline, junk bylines
 * and impossible dates, broken JSON-LD, relative links): each value and where it was read from, as
 * the page's expectation file says.
 */
class PageMetadataFixturesTest {

  /** All fixture pages were captured at this instant; later dates on them are impossible. */
  private static final Instant CAPTURED_AT = Instant.parse("2026-01-01T00:00:00Z");

  private static final ObjectMapper JSON = new ObjectMapper();

  static Stream<Path> pages() {
    return Fixtures.filesIn("metadata").stream().filter(p -> p.toString().endsWith(".html"));
  }

  @ParameterizedTest
  @MethodSource("pages")
  void readsEachFieldFromTheBestSourceThePageHas(Path page) throws IOException {
    JsonNode expected =
        JSON.readTree(
            page.resolveSibling(page.getFileName().toString().replace(".html", ".expected.json"))
                .toFile());
    Capture capture =
        Capture.of(
            expected.get("pageUrl").asText(),
            MediaType.TEXT_HTML,
            CAPTURED_AT,
            Files.readAllBytes(page));
    Article a = ((Extraction.Extracted) new HtmlPageExtractor().extract(capture)).article();

    assertEquals(text(expected, "title"), a.title(), "title");
    assertEquals(
        text(expected, "titleSource"), a.metadata().source(MetadataField.TITLE), "titleSource");
    assertEquals(list(expected, "authors"), a.metadata().authors(), "authors");
    assertEquals(
        text(expected, "authorsSource"),
        a.metadata().source(MetadataField.AUTHORS),
        "authorsSource");
    assertEquals(instant(expected, "published"), a.published(), "published");
    assertEquals(
        text(expected, "publishedSource"),
        a.metadata().source(MetadataField.PUBLISHED),
        "publishedSource");
    assertEquals(instant(expected, "modified"), a.metadata().modified(), "modified");
    assertEquals(
        text(expected, "modifiedSource"),
        a.metadata().source(MetadataField.MODIFIED),
        "modifiedSource");
    assertEquals(text(expected, "declaredLanguage"), a.language(), "declaredLanguage");
    assertEquals(
        text(expected, "declaredLanguageSource"),
        a.metadata().source(MetadataField.LANGUAGE),
        "declaredLanguageSource");
    assertEquals(text(expected, "url"), a.url(), "url");
    assertEquals(text(expected, "urlSource"), a.metadata().source(MetadataField.URL), "urlSource");
    assertEquals(text(expected, "siteName"), a.siteName(), "siteName");
    assertEquals(
        text(expected, "siteNameSource"),
        a.metadata().source(MetadataField.SITE_NAME),
        "siteNameSource");
    assertEquals(text(expected, "section"), a.metadata().section(), "section");
    assertEquals(list(expected, "tags"), a.metadata().tags(), "tags");
    assertEquals(text(expected, "image"), a.metadata().image(), "image");
    assertEquals(expected.get("paywalled").asBoolean(), a.metadata().paywalled(), "paywalled");
    assertThat(a.paragraphs()).hasSizeGreaterThanOrEqualTo(4);
  }

  private static @Nullable String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static @Nullable Instant instant(JsonNode node, String field) {
    String v = text(node, field);
    return v == null ? null : Instant.parse(v);
  }

  private static List<String> list(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull()
        ? List.of()
        : JSON.convertValue(
            v, JSON.getTypeFactory().constructCollectionType(List.class, String.class));
  }
}

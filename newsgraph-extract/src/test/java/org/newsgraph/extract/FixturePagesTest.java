package org.newsgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsgraph.extract.internal.LeadTitle;
import org.newsgraph.model.Article;
import org.newsgraph.model.Capture;
import org.newsgraph.model.MediaType;
import org.newsgraph.model.Teaser;
import org.newsgraph.testkit.Fixtures;
import org.newsgraph.testkit.TestCaptures;

/** Every fixture page, through the extractors: expectations where written, survival always. */
class FixturePagesTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private final ArticleExtractors extractors = ArticleExtractors.standard();

  static Stream<Path> expectations() {
    return Fixtures.filesIn("text").stream().filter(p -> p.toString().endsWith(".expected.json"));
  }

  static Stream<Path> allPages() {
    return Stream.of("text", "samples", "metadata")
        .flatMap(folder -> Fixtures.filesIn(folder).stream())
        .filter(p -> !p.toString().endsWith(".json"));
  }

  private static Capture capture(Path page) throws IOException {
    MediaType type = page.toString().endsWith(".html") ? MediaType.TEXT_HTML : MediaType.TEXT_PLAIN;
    return TestCaptures.of(page.getFileName().toString(), type, Files.readAllBytes(page));
  }

  @ParameterizedTest
  @MethodSource("expectations")
  void textPagesComeOutAsTheirExpectationFilesSay(Path expectation) throws IOException {
    JsonNode expected = JSON.readTree(expectation.toFile());
    Path page =
        expectation.resolveSibling(
            expectation.getFileName().toString().replace(".expected.json", ".txt"));
    Article a = ((Extraction.Extracted) extractors.extract(capture(page))).article();

    assertEquals(expected.get("titleDerived").asBoolean(), a.titleDerived());
    if (expected.has("title")) {
      assertEquals(expected.get("title").asText(), a.title());
    }
    if (expected.has("titleStartsWith")) {
      assertThat(a.title()).startsWith(expected.get("titleStartsWith").asText());
      assertThat(a.title().length()).isLessThanOrEqualTo(LeadTitle.MAX_CHARS);
    }
    assertEquals(expected.get("paragraphs").asInt(), a.paragraphs().size());
    if (expected.has("firstParagraphStartsWith")) {
      assertThat(a.paragraphs().get(0))
          .startsWith(expected.get("firstParagraphStartsWith").asText());
      assertThat(a.paragraphs().get(a.paragraphs().size() - 1))
          .startsWith(expected.get("lastParagraphStartsWith").asText());
    }
    List<String> teasers = a.teasers().stream().map(Teaser::text).toList();
    assertEquals(JSON.convertValue(expected.get("teasers"), List.class), teasers);
  }

  @Test
  void aPageOfOnlyInterfaceLinesIsRejected() throws IOException {
    Extraction e = extractors.extract(capture(Fixtures.path("text/all-chrome.txt")));
    assertEquals(new Extraction.Rejected("no article text"), e);
  }

  @ParameterizedTest
  @MethodSource("allPages")
  void everyFixturePageSurvivesEveryExtractor(Path page) throws IOException {
    byte[] bytes = Files.readAllBytes(page);
    for (MediaType type : MediaType.values()) {
      Extraction e = extractors.extract(TestCaptures.of(page.toString(), type, bytes));
      if (e instanceof Extraction.Extracted x) {
        assertFalse(x.article().body().isBlank());
      } else {
        assertThat(((Extraction.Rejected) e).reason())
            .isNotBlank()
            .doesNotContain("extractor failed");
      }
    }
  }

  @ParameterizedTest
  @MethodSource("allPages")
  void everyFixturePageIsListedInItsFoldersReadme(Path page) {
    String folder = page.getParent().getFileName().toString();
    assertThat(Fixtures.listedInReadme(folder)).contains(page.getFileName().toString());
  }

  @Test
  void everyFileAReadmeListsExists() {
    for (String folder : List.of("text", "samples", "metadata")) {
      for (String name : Fixtures.listedInReadme(folder)) {
        assertThat(Fixtures.path(folder + "/" + name)).as(folder + "/" + name).isRegularFile();
      }
    }
  }
}

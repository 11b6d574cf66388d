package org.newsgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Article;
import org.newsgraph.testkit.TestCaptures;

class JsonArticleExtractorTest {

  private final JsonArticleExtractor extractor = new JsonArticleExtractor();

  private Extraction run(String json) {
    return extractor.extract(TestCaptures.json(json));
  }

  @Test
  void readsEveryField() {
    Extraction e =
        run(
            """
            {"url": "https://news.example/a", "title": "  Dam  opens ", "text": "First paragraph.\\n\\nSecond paragraph.",
             "published": "2025-02-03T04:05:06Z", "source": "News Example", "language": "en"}
            """);
    Article a = ((Extraction.Extracted) e).article();
    assertEquals("https://news.example/a", a.url());
    assertEquals("Dam opens", a.title());
    assertFalse(a.titleDerived());
    assertEquals("First paragraph.\n\nSecond paragraph.", a.body());
    assertEquals(Instant.parse("2025-02-03T04:05:06Z"), a.published());
    assertEquals("News Example", a.siteName());
    assertEquals("en", a.language());
  }

  @Test
  void acceptsCommonDateFormats() {
    assertEquals(
        Instant.parse("2025-02-03T00:00:00Z"),
        ((Extraction.Extracted) run("{\"text\":\"Body text.\",\"published\":\"2025-02-03\"}"))
            .article()
            .published());
    assertEquals(
        Instant.parse("2025-02-03T09:00:00Z"),
        ((Extraction.Extracted)
                run("{\"text\":\"Body.\",\"published\":\"Mon, 3 Feb 2025 10:00:00 +0100\"}"))
            .article()
            .published());
  }

  @Test
  void derivesATitleWhenTheRecordHasNone() {
    Article a =
        ((Extraction.Extracted)
                run("{\"text\":\"The river rose overnight. Homes were evacuated.\"}"))
            .article();
    assertTrue(a.titleDerived());
    assertEquals("The river rose overnight", a.title());
    assertThat(a.url()).isNull();
  }

  @Test
  void rejectsALineThatIsNotJson() {
    Extraction e = run("this is not json");
    assertThat(((Extraction.Rejected) e).reason()).startsWith("not JSON");
  }

  @Test
  void rejectsJsonThatIsNotAnObject() {
    assertEquals(new Extraction.Rejected("not a JSON object"), run("[1, 2, 3]"));
  }

  @Test
  void rejectsARecordWithoutText() {
    assertEquals(new Extraction.Rejected("missing \"text\""), run("{\"title\":\"Only a title\"}"));
  }

  @Test
  void rejectsAnUnreadablePublicationDateNamingIt() {
    Extraction e = run("{\"text\":\"Body.\",\"published\":\"last Tuesday\"}");
    assertEquals(new Extraction.Rejected("\"published\" is not a date: \"last Tuesday\""), e);
  }
}

package org.newsgraph.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.model.Article;
import org.newsgraph.model.Capture;
import org.newsgraph.model.MediaType;
import org.newsgraph.model.Teaser;
import org.newsgraph.model.analysis.Analysis;
import org.newsgraph.model.analysis.Attribution;
import org.newsgraph.model.analysis.AttributionKind;
import org.newsgraph.model.analysis.Entity;
import org.newsgraph.model.analysis.EntityType;
import org.newsgraph.model.analysis.Mention;
import org.newsgraph.model.analysis.MentionKind;
import org.newsgraph.model.analysis.SourceClass;
import org.newsgraph.model.analysis.SourcingProfile;
import org.newsgraph.model.analysis.Span;
import org.newsgraph.server.api.ApiJson;
import org.newsgraph.store.ArticleLinks;
import org.newsgraph.store.Corpus;
import org.newsgraph.store.DataDir;
import org.newsgraph.store.LanguageChoice;
import org.newsgraph.store.StoredArticle;

class NewsgraphServerTest {

  private static final Instant T = Instant.parse("2025-06-01T12:00:00Z");

  @TempDir static Path dir;
  private static Corpus corpus;
  private static NewsgraphServer server;
  private static StoredArticle missile;
  private static StoredArticle hostile;
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private static StoredArticle add(Article a, String raw) throws IOException {
    Capture c = Capture.ofText("/in/" + raw, MediaType.TEXT_PLAIN, T, raw);
    corpus.captures().put(c);
    return corpus.catalog().putArticle(c, a, LanguageChoice.of("en"), raw, T);
  }

  /** The Houthis named once; "No injuries were reported" attributed to no one. */
  private static Analysis analysisOf(String body) {
    int houthis = body.indexOf("Houthis");
    int cue = body.indexOf("were reported");
    int content = body.indexOf("No injuries");
    return new Analysis(
        "en",
        null,
        List.of(new Span(0, body.indexOf('\n'))),
        List.of(
            new Entity(
                "e1",
                "Houthis",
                EntityType.ORGANIZATION,
                "Yemen",
                List.of(new Mention(new Span(houthis, houthis + 7), "Houthis", MentionKind.NAME)))),
        List.of(),
        List.of(
            new Attribution(
                List.of(),
                List.of(new Span(cue, cue + "were reported".length())),
                List.of(new Span(content, content + "No injuries".length())),
                AttributionKind.INDIRECT,
                SourceClass.NONE,
                null)),
        List.of(),
        "Air defences intercepted a missile launched by the Houthis.",
        "Air defences intercepted a missile launched by the Houthis.",
        List.of("missile", "air defences"),
        new SourcingProfile(Map.of(SourceClass.NONE, 1), 0, List.of(), List.of(), List.of()));
  }

  @BeforeAll
  static void start() throws IOException {
    try (Corpus writer = Corpus.open(new DataDir(dir), Corpus.Access.READ_WRITE)) {
      corpus = writer;
      missile =
          add(
              new Article(
                  "https://news.example/missile",
                  "Missile from Yemen intercepted",
                  false,
                  "Air defences intercepted a missile launched by the Houthis.\n\nNo injuries were reported.",
                  T,
                  "en",
                  "News Example",
                  List.of(new Teaser("Sirens sounded across the Jordan Valley overnight.", null))),
              "missile");
      corpus.catalog().putAnalysis(missile.id(), analysisOf(missile.article().body()));
      corpus
          .catalog()
          .putLinks(
              missile.id(),
              new ArticleLinks(
                  new float[] {1, 0, 0},
                  new int[] {7, 7},
                  List.of("organization:houthis"),
                  null,
                  new ArticleLinks.StoryState(
                      "s1", "Missile from Yemen intercepted", T, T, List.of())));
      hostile =
          add(
              new Article(
                  "javascript:alert(1)",
                  "<script>alert('x')</script> Headline",
                  false,
                  "Body with <b>markup</b> that must be shown as text.",
                  null,
                  null,
                  null,
                  List.of(new Teaser("Teaser with a bad link", "javascript:alert(2)"))),
              "hostile");
      writer.indexPending();
    }
    corpus = Corpus.open(new DataDir(dir), Corpus.Access.READ_ONLY);
    server = NewsgraphServer.start(corpus, "127.0.0.1", 0);
  }

  @AfterAll
  static void stop() throws IOException {
    server.stop();
    corpus.close();
  }

  private static HttpResponse<String> get(String path) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static JsonNode json(HttpResponse<String> response) throws IOException {
    assertThat(response.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/json");
    return ApiJson.mapper().readTree(response.body());
  }

  @Test
  void healthReportsArticleAndIndexCounts() throws Exception {
    JsonNode health = json(get("/health"));
    assertEquals("ok", health.get("status").asText());
    assertEquals(2, health.get("articles").asLong());
    assertEquals(2, health.get("indexed").asLong());
  }

  @Test
  void listsArticlesAsJson() throws Exception {
    JsonNode list = json(get("/api/articles"));
    assertEquals(2, list.size());
    JsonNode first = list.get(0);
    assertEquals(missile.id(), first.get("id").asText());
    assertEquals("Missile from Yemen intercepted", first.get("title").asText());
    assertEquals("2025-06-01T12:00:00Z", first.get("published").asText());
    assertEquals("https://news.example/missile", first.get("url").asText());
    assertThat(list.get(1).get("published").isNull()).isTrue();
    assertEquals(1, json(get("/api/articles?limit=1&offset=1")).size());
  }

  @Test
  void returnsOneArticleWithTextTeasersAndProvenance() throws Exception {
    JsonNode a = json(get("/api/articles/" + missile.id()));
    assertEquals(missile.article().body(), a.get("text").asText());
    assertEquals(
        "Sirens sounded across the Jordan Valley overnight.",
        a.get("teasers").get(0).get("text").asText());
    assertEquals(missile.capture().id(), a.get("capture").get("id").asText());
    assertEquals("en", a.get("language").asText());
  }

  @Test
  void anUnknownArticleIsA404WithAJsonReason() throws Exception {
    HttpResponse<String> r = get("/api/articles/ffffffffffffffff");
    assertEquals(404, r.statusCode());
    JsonNode error = json(r);
    assertEquals(404, error.get("status").asInt());
    assertThat(error.get("message").asText()).contains("ffffffffffffffff");
  }

  @Test
  void searchesWithSnippets() throws Exception {
    JsonNode hits = json(get("/api/search?q=houthis"));
    assertEquals(1, hits.size());
    assertEquals(missile.id(), hits.get(0).get("id").asText());
    assertThat(hits.get(0).get("snippet").asText()).contains("Houthis");
    assertThat(hits.get(0).get("score").asDouble()).isPositive();
  }

  @Test
  void aBadQueryIsA400WithTheParsersMessage() throws Exception {
    HttpResponse<String> r =
        get("/api/search?q=" + URLEncoder.encode("\"unclosed", StandardCharsets.UTF_8));
    assertEquals(400, r.statusCode());
    assertThat(json(r).get("message").asText()).startsWith("invalid query: Cannot parse");
    assertEquals(400, get("/api/search").statusCode());
    HttpResponse<String> badLimit = get("/api/articles?limit=abc");
    assertEquals(400, badLimit.statusCode());
    assertThat(json(badLimit).get("message").asText()).contains("'limit'").contains("abc");
  }

  @Test
  void theHomePageListsArticles() throws Exception {
    HttpResponse<String> r = get("/");
    assertEquals(200, r.statusCode());
    assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
    assertThat(r.body())
        .contains("Missile from Yemen intercepted")
        .contains("/articles/" + missile.id());
  }

  @Test
  void theArticlePageShowsParagraphsTeasersAndProvenance() throws Exception {
    String page = get("/articles/" + missile.id()).body();
    assertThat(page)
        .contains("<p>Air defences intercepted a missile launched by the <span")
        .contains("<p>No injuries were reported.</p>")
        .contains("Related Articles")
        .contains("Sirens sounded across the Jordan Valley overnight.")
        .contains("href=\"https://news.example/missile\"");
  }

  @Test
  void sourceMarkupIsShownAsTextAndScriptLinksAreNeverLinked() throws Exception {
    String page = get("/articles/" + hostile.id()).body();
    assertThat(page)
        .contains("&lt;script&gt;alert(")
        .doesNotContain("<script>alert")
        .contains("&lt;b&gt;markup&lt;/b&gt;")
        .doesNotContain("javascript:");
  }

  @Test
  void pagesForbidInlineScripts() throws Exception {
    String csp = get("/").headers().firstValue("Content-Security-Policy").orElse("");
    assertThat(csp).contains("default-src 'self'").doesNotContain("unsafe-inline");
  }

  @Test
  void theSearchPageMarksMatches() throws Exception {
    String page = get("/search?q=houthis").body();
    assertThat(page).contains("<mark>Houthis</mark>").contains("Missile from Yemen intercepted");
    HttpResponse<String> bad = get("/search?q=" + URLEncoder.encode("(", StandardCharsets.UTF_8));
    assertEquals(400, bad.statusCode());
    assertThat(bad.body()).contains("This query cannot be read");
  }

  @Test
  void theArticleJsonCarriesItsAnalysis() throws Exception {
    JsonNode a = json(get("/api/articles/" + missile.id()));

    JsonNode entity = a.get("entities").get(0);
    assertEquals("organization:houthis", entity.get("id").asText());
    assertEquals("organization", entity.get("type").asText());
    JsonNode mention = entity.get("mentions").get(0);
    assertEquals(
        "Houthis",
        missile
            .article()
            .body()
            .substring(mention.get("start").asInt(), mention.get("end").asInt()));
    JsonNode attribution = a.get("attributions").get(0);
    assertEquals("none", attribution.get("class").asText());
    assertEquals(0, attribution.get("source").size());
    assertEquals(2, attribution.get("cue").get(0).size());
    assertEquals("missile", a.get("keyphrases").get(0).asText());
    assertThat(a.get("notAnalysed").isNull()).isTrue();
  }

  @Test
  void anArticleNotAnalysedSaysSo() throws Exception {
    JsonNode a = json(get("/api/articles/" + hostile.id()));

    assertEquals("not analysed", a.get("notAnalysed").asText());
    assertEquals(0, a.get("entities").size());
  }

  @Test
  void theArticlePageHighlightsEntitiesAndListsSources() throws Exception {
    String page = get("/articles/" + missile.id()).body();

    assertThat(page)
        .contains(
            "launched by the <span class=\"entity entity-organization\""
                + " title=\"organization: Houthis\">Houthis</span>.")
        .contains("Sources in this article")
        .contains("no source given")
        .contains("<li>No injuries</li>");
  }

  @Test
  void listsEntitiesAcrossTheCorpus() throws Exception {
    JsonNode entities = json(get("/api/entities"));

    assertEquals(1, entities.size());
    assertEquals("organization:houthis", entities.get(0).get("id").asText());
    assertEquals(1, entities.get(0).get("articles").asInt());
    assertEquals("Houthis", entities.get(0).get("aliases").get(0).get("text").asText());
  }

  @Test
  void relatedArticlesPageAndEndWithAnEmptyPage() throws Exception {
    assertEquals(404, get("/api/articles/ffffffffffffffff/related").statusCode());
    JsonNode first = json(get("/api/articles/" + missile.id() + "/related?limit=5"));
    JsonNode past = json(get("/api/articles/" + missile.id() + "/related?limit=5&offset=5"));

    assertThat(first.size()).isLessThanOrEqualTo(5);
    for (JsonNode r : first) {
      assertThat(r.get("id").asText()).isNotEqualTo(missile.id());
      assertThat(r.get("teaser").asText()).isNotBlank();
    }
    assertEquals(0, past.size());
  }

  @Test
  void storiesAreListedShownAndAnUnknownStoryIsA404() throws Exception {
    JsonNode stories = json(get("/api/stories"));
    JsonNode story = json(get("/api/stories/s1"));
    String page = get("/stories/s1").body();

    assertEquals(1, stories.size());
    assertEquals("Missile from Yemen intercepted", stories.get(0).get("label").asText());
    assertEquals(missile.id(), story.get("articles").get(0).get("id").asText());
    assertEquals("organization:houthis", story.get("entities").get(0).get("entity").asText());
    assertThat(page)
        .contains("<h1>Missile from Yemen intercepted</h1>")
        .contains("href=\"/articles/" + missile.id() + "\"");
    assertThat(get("/articles/" + missile.id()).body()).contains("href=\"/stories/s1\"");
    assertThat(get("/stories").body())
        .contains("<h1>Stories</h1>", "1 story, the biggest first", "1 article", "1 outlet")
        .contains("<a class=\"title\" href=\"/stories/s1\">Missile from Yemen intercepted</a>")
        .doesNotContain("rel=\"next\"");
    assertThat(get("/").body()).contains("href=\"/stories\"");
    assertEquals(404, get("/api/stories/s999").statusCode());
    assertEquals(404, get("/stories/s999").statusCode());
  }

  @Test
  void unknownPagesAreA404Page() throws Exception {
    HttpResponse<String> r = get("/articles/nope");
    assertEquals(404, r.statusCode());
    assertThat(r.body()).contains("404").contains("There is no article with id");
    HttpResponse<String> nowhere = get("/no/such/page");
    assertEquals(404, nowhere.statusCode());
    assertThat(nowhere.body()).contains("There is nothing at /no/such/page");
  }

  @Test
  void servesTheStylesheet() throws Exception {
    HttpResponse<String> css = get("/assets/reader.css");
    assertEquals(200, css.statusCode());
    assertThat(css.body()).contains("--measure");
  }
}

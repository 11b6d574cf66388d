package org.newsgraph.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.model.Article;
import org.newsgraph.model.ArticleMetadata;
import org.newsgraph.model.Capture;
import org.newsgraph.model.MediaType;
import org.newsgraph.model.MetadataField;
import org.newsgraph.model.Teaser;

class SqliteCatalogTest {

  private static final Instant T = Instant.parse("2025-06-01T12:00:00Z");
  private static final LanguageChoice EN = new LanguageChoice("en", "detected");

  @TempDir Path dir;
  private SqliteCatalog catalog;

  @BeforeEach
  void open() {
    catalog = SqliteCatalog.open(dir.resolve("catalog.db"));
  }

  @AfterEach
  void close() {
    catalog.close();
  }

  static Capture capture(String text) {
    return Capture.ofText("/in/" + text.hashCode() + ".txt", MediaType.TEXT_PLAIN, T, text);
  }

  static Article article(String title, String body, Instant published, Teaser... teasers) {
    return new Article(
        "https://news.example/" + title.hashCode(),
        title,
        false,
        body,
        published,
        "en",
        "News Example",
        List.of(teasers));
  }

  private StoredArticle put(String text, Article a, String fingerprint, Instant at) {
    return catalog.putArticle(capture(text), a, EN, fingerprint, at);
  }

  @Test
  void storesAnArticleWithItsTeasersInOrderAndItsProvenance() {
    Capture c = capture("raw one");
    Article a =
        article(
            "One",
            "Body one.",
            T,
            new Teaser("first teaser", null),
            new Teaser("second", "https://x.example/2"));

    StoredArticle stored = catalog.putArticle(c, a, EN, "fp1", T);

    assertEquals(c.articleId(), stored.id());
    assertEquals(a, stored.article());
    assertEquals("en", stored.language());
    assertEquals("detected", stored.languageSource());
    assertEquals(new CaptureInfo(c.id(), c.source(), MediaType.TEXT_PLAIN, 7, T), stored.capture());
    assertEquals(stored, catalog.article(stored.id()).orElseThrow());
    assertEquals(CaptureState.EXTRACTED, catalog.captureState(c.id()));
  }

  @Test
  void keepsTheMetadataAndWhereEachValueCameFrom() {
    ArticleMetadata metadata =
        new ArticleMetadata(
            List.of("Ana Ruiz", "Ben Ode"),
            T.plusSeconds(3600),
            "World",
            List.of("Iran", "Talks"),
            "https://news.example/lead.jpg",
            true,
            Map.of(
                MetadataField.AUTHORS, "json-ld:author",
                MetadataField.PAYWALL, "json-ld:isAccessibleForFree"));
    Article a =
        new Article(
            "https://news.example/a",
            "A",
            false,
            "Body.",
            T,
            "en",
            "News Example",
            List.of(),
            metadata);

    StoredArticle stored = catalog.putArticle(capture("with metadata"), a, EN, "fp-meta", T);

    assertEquals(metadata, stored.article().metadata());
    assertEquals("json-ld:author", stored.article().metadata().source(MetadataField.AUTHORS));
  }

  @Test
  void storingTheSameCaptureTwiceKeepsOneArticle() {
    Capture c = capture("raw");
    StoredArticle first = catalog.putArticle(c, article("A", "Body.", T), EN, "fp", T);
    StoredArticle second =
        catalog.putArticle(c, article("A", "Body.", T), EN, "fp", T.plusSeconds(5));

    assertEquals(first, second);
    assertEquals(1, catalog.countArticles());
  }

  @Test
  void anArticleWithTheTextOfAnEarlierOneIsRecordedAsItsCopy() {
    StoredArticle original = put("raw a", article("A", "Same text.", T), "same-fp", T);
    StoredArticle copy = put("raw b", article("B", "Same text.", T), "same-fp", T.plusSeconds(1));
    StoredArticle copy2 = put("raw c", article("C", "Same text.", T), "same-fp", T.plusSeconds(2));
    StoredArticle other =
        put("raw d", article("D", "Other text.", T), "other-fp", T.plusSeconds(3));

    assertNull(original.copyOf());
    assertEquals(original.id(), copy.copyOf());
    assertEquals(original.id(), copy2.copyOf());
    assertNull(other.copyOf());
  }

  @Test
  void recordsRejectionsButNeverOverAnExtractedCapture() {
    Capture bad = capture("binary junk");
    catalog.putRejection(bad, "binary content");
    assertEquals(CaptureState.REJECTED, catalog.captureState(bad.id()));

    Capture good = capture("good");
    catalog.putArticle(good, article("G", "Body.", T), EN, "fp", T);
    catalog.putRejection(good, "late rejection");
    assertEquals(CaptureState.EXTRACTED, catalog.captureState(good.id()));
    assertEquals(CaptureState.UNKNOWN, catalog.captureState("f".repeat(64)));
  }

  @Test
  void listsNewestPublishedFirstAndUndatedLast() {
    put("a", article("Old", "a", T.minusSeconds(86400)), "1", T);
    put("b", article("Undated", "b", null), "2", T);
    put("c", article("New", "c", T), "3", T);

    List<String> titles = catalog.list(10, 0).stream().map(ArticleSummary::title).toList();
    assertEquals(List.of("New", "Old", "Undated"), titles);
    assertEquals(List.of("Old"), catalog.list(1, 1).stream().map(ArticleSummary::title).toList());
  }

  @Test
  void tracksWhichArticlesAreInTheSearchIndex() {
    StoredArticle a = put("a", article("A", "a", T), "1", T);
    StoredArticle b = put("b", article("B", "b", T), "2", T);
    assertThat(catalog.unindexed(10)).containsExactlyInAnyOrder(a, b);

    catalog.markIndexed(List.of(a.id()));
    assertEquals(List.of(b), catalog.unindexed(10));

    catalog.markAllUnindexed();
    assertEquals(2, catalog.unindexed(10).size());
  }

  @Test
  void committedArticlesSurviveReopening() {
    StoredArticle a = put("a", article("A", "Body.", T, new Teaser("t", null)), "1", T);
    catalog.close();
    catalog = SqliteCatalog.open(dir.resolve("catalog.db"));
    assertEquals(a, catalog.article(a.id()).orElseThrow());
  }

  @Test
  void visitsEveryArticleInIdOrder() {
    for (int i = 0; i < 1203; i++) { // more than one internal page
      put("raw " + i, article("T" + i, "Body " + i, T), "fp" + i, T);
    }
    List<String> ids = new ArrayList<>();
    catalog.forEachArticle(a -> ids.add(a.id()));
    assertEquals(1203, ids.size());
    assertThat(ids).isSorted().doesNotHaveDuplicates();
  }
}

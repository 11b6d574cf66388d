package org.newsgraph.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.model.Article;
import org.newsgraph.model.Capture;
import org.newsgraph.model.MediaType;

class LuceneSearchIndexTest {

  private static final Instant T = Instant.parse("2025-06-01T12:00:00Z");

  @TempDir Path dir;

  static StoredArticle stored(String title, String body) {
    Capture c = Capture.ofText("/in/" + title, MediaType.TEXT_PLAIN, T, title + body);
    return new StoredArticle(
        c.articleId(),
        new Article(null, title, false, body, T, null, null, List.of()),
        "en",
        "detected",
        null,
        new CaptureInfo(c.id(), c.source(), c.mediaType(), c.content().length, T),
        T);
  }

  private static List<String> ids(SearchPage page) {
    return page.hits().stream().map(SearchHit::id).toList();
  }

  @Test
  void findsArticlesByStemmedWordsAndRanksTitleMatchesFirst() throws Exception {
    StoredArticle inBody =
        stored("Port reopens", "The Houthis fired missiles at ships near the port.");
    StoredArticle inTitle =
        stored("Houthi missile intercepted", "Air defences stopped a launch from Yemen.");
    StoredArticle unrelated = stored("Rail strike", "Trains stopped across the country.");
    try (LuceneSearchIndex index = LuceneSearchIndex.openForWriting(dir)) {
      index.put(inBody);
      index.put(inTitle);
      index.put(unrelated);
      index.commit();

      SearchPage page = index.search(new SearchQuery("houthis", 10, 0));

      assertEquals(2, page.total());
      assertEquals(List.of(inTitle.id(), inBody.id()), ids(page));
    }
  }

  @Test
  void allWordsMustMatchUnlessJoinedWithOr() throws Exception {
    try (LuceneSearchIndex index = LuceneSearchIndex.openForWriting(dir)) {
      index.put(stored("One", "Iran and Yemen."));
      index.put(stored("Two", "Iran only."));
      index.commit();
      assertEquals(1, index.search(new SearchQuery("iran yemen", 10, 0)).total());
      assertEquals(2, index.search(new SearchQuery("yemen OR only", 10, 0)).total());
    }
  }

  @Test
  void puttingAnArticleAgainReplacesIt() throws Exception {
    StoredArticle a = stored("Talks", "Negotiators met in Muscat.");
    try (LuceneSearchIndex index = LuceneSearchIndex.openForWriting(dir)) {
      index.put(a);
      index.put(a);
      index.commit();
      index.put(a);
      index.commit();
      assertEquals(1, index.count());
      assertEquals(1, index.search(new SearchQuery("muscat", 10, 0)).total());
    }
  }

  @Test
  void snippetsMarkTheMatchedWords() throws Exception {
    try (LuceneSearchIndex index = LuceneSearchIndex.openForWriting(dir)) {
      index.put(
          stored(
              "Talks", "Negotiators met in Muscat on Sunday. The talks were described as useful."));
      index.commit();
      Snippet s = index.search(new SearchQuery("talk", 10, 0)).hits().get(0).snippet();
      assertThat(s.marks()).isNotEmpty();
      Snippet.Mark m = s.marks().get(0);
      assertEquals("talks", s.text().substring(m.start(), m.end()));
    }
  }

  @Test
  void longPassagesAreCutAroundTheMatchAtWordBoundaries() throws Exception {
    String body = "word ".repeat(200) + "needle " + "word ".repeat(200) + ".";
    try (LuceneSearchIndex index = LuceneSearchIndex.openForWriting(dir)) {
      index.put(stored("Long", body));
      index.commit();
      Snippet s = index.search(new SearchQuery("needle", 10, 0)).hits().get(0).snippet();
      assertThat(s.text().length()).isLessThanOrEqualTo(SnippetFormatter.MAX_CHARS + 2);
      assertThat(s.text()).startsWith("\u2026word").endsWith("word\u2026").contains("needle");
      Snippet.Mark m = s.marks().get(0);
      assertEquals("needle", s.text().substring(m.start(), m.end()));
    }
  }

  @Test
  void anInvalidQueryIsReportedWithTheParsersMessage() throws IOException {
    try (LuceneSearchIndex index = LuceneSearchIndex.openForWriting(dir)) {
      InvalidQueryException e =
          assertThrows(
              InvalidQueryException.class,
              () -> index.search(new SearchQuery("\"unclosed", 10, 0)));
      assertThat(e.getMessage()).startsWith("Cannot parse").doesNotContain("\n");
      InvalidQueryException empty =
          assertThrows(
              InvalidQueryException.class, () -> index.search(new SearchQuery("  ", 10, 0)));
      assertThat(empty.getMessage()).contains("empty query");
    }
  }

  @Test
  void aReadOnlyIndexSeesCommittedChangesAndSearchesAsEmptyBeforeAnyExist() throws Exception {
    try (LuceneSearchIndex reader = LuceneSearchIndex.openForReading(dir.resolve("idx"))) {
      assertEquals(0, reader.search(new SearchQuery("anything", 10, 0)).total());
      try (LuceneSearchIndex writer = LuceneSearchIndex.openForWriting(dir.resolve("idx"))) {
        writer.put(stored("Talks", "Negotiators met in Muscat."));
        writer.commit();
        assertEquals(1, reader.search(new SearchQuery("muscat", 10, 0)).total());
        assertThrows(IllegalStateException.class, () -> reader.put(stored("x", "y")));
      }
    }
  }

  @Test
  void pagesThroughResults() throws Exception {
    try (LuceneSearchIndex index = LuceneSearchIndex.openForWriting(dir)) {
      for (int i = 0; i < 5; i++) {
        index.put(stored("Story " + i, "Common word and more."));
      }
      index.commit();
      SearchPage all = index.search(new SearchQuery("common", 5, 0));
      SearchPage second = index.search(new SearchQuery("common", 2, 2));
      assertEquals(5, second.total());
      assertEquals(ids(all).subList(2, 4), ids(second));
    }
  }
}

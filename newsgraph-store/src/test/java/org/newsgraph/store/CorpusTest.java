package org.newsgraph.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.model.Article;
import org.newsgraph.model.Capture;
import org.newsgraph.model.MediaType;

class CorpusTest {

  private static final Instant T = Instant.parse("2025-06-01T12:00:00Z");

  @TempDir Path dir;

  private static StoredArticle add(Corpus corpus, String title, String body) throws Exception {
    Capture c = Capture.ofText("/in/" + title, MediaType.TEXT_PLAIN, T, title + "\n" + body);
    corpus.captures().put(c);
    return corpus
        .catalog()
        .putArticle(
            c,
            new Article(null, title, false, body, T, null, null, List.of()),
            LanguageChoice.of("en"),
            title,
            T);
  }

  @Test
  void indexesWhatTheCatalogHasThatTheIndexLacks() throws Exception {
    try (Corpus corpus = Corpus.open(new DataDir(dir), Corpus.Access.READ_WRITE)) {
      add(corpus, "Houthi missile", "A missile from Yemen was intercepted.");
      add(corpus, "Port strike", "Ships were damaged at Hodeida port in Yemen.");

      assertEquals(2, corpus.indexPending());
      assertEquals(0, corpus.indexPending()); // nothing left: no article indexed twice
      assertEquals(2, corpus.index().count());
      assertThat(corpus.catalog().unindexed(10)).isEmpty();
    }
  }

  @Test
  void catchesUpAfterACrashBetweenCatalogAndIndex() throws Exception {
    try (Corpus corpus = Corpus.open(new DataDir(dir), Corpus.Access.READ_WRITE)) {
      add(corpus, "Stored but never indexed", "The process died before the index commit.");
    }
    try (Corpus corpus = Corpus.open(new DataDir(dir), Corpus.Access.READ_WRITE)) {
      assertEquals(0, corpus.index().count());
      assertEquals(1, corpus.indexPending());
      assertEquals(1, corpus.search(new SearchQuery("process died", 10, 0)).total());
    }
  }

  @Test
  void reindexRebuildsTheIndexFromTheCatalog() throws Exception {
    try (Corpus corpus = Corpus.open(new DataDir(dir), Corpus.Access.READ_WRITE)) {
      for (int i = 0; i < 7; i++) {
        add(corpus, "Story " + i, "Body of story number " + i + ".");
      }
      corpus.indexPending();
      List<Long> progress = new ArrayList<>();

      assertEquals(7, corpus.reindex(progress::add));

      assertEquals(7, corpus.index().count());
      assertEquals(List.of(7L), progress);
    }
  }

  @Test
  void aSecondWriterIsToldThatAnotherProcessIsWriting() throws Exception {
    try (Corpus first = Corpus.open(new DataDir(dir), Corpus.Access.READ_WRITE)) {
      IOException e =
          assertThrows(
              IOException.class, () -> Corpus.open(new DataDir(dir), Corpus.Access.READ_WRITE));
      assertThat(e.getMessage()).contains("another newsgraph process is writing");
      try (Corpus reader = Corpus.open(new DataDir(dir), Corpus.Access.READ_ONLY)) {
        assertEquals(0, reader.catalog().countArticles());
      }
    }
  }

  @Test
  void searchJoinsHitsWithTheCatalogSummaries() throws Exception {
    try (Corpus corpus = Corpus.open(new DataDir(dir), Corpus.Access.READ_WRITE)) {
      StoredArticle a = add(corpus, "Houthi missile", "A missile from Yemen was intercepted.");
      corpus.indexPending();
      SearchResults results = corpus.search(new SearchQuery("yemen", 10, 0));
      assertEquals(1, results.total());
      assertEquals(ArticleSummary.of(a), results.hits().get(0).article());
      assertThat(results.hits().get(0).snippet().text()).contains("Yemen");
    }
  }
}

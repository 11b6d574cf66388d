package org.newsgraph.server.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.model.Article;
import org.newsgraph.model.Capture;
import org.newsgraph.model.MediaType;
import org.newsgraph.server.reader.Templates;
import org.newsgraph.store.ArticleLinks;
import org.newsgraph.store.Corpus;
import org.newsgraph.store.DataDir;
import org.newsgraph.store.LanguageChoice;
import org.newsgraph.store.StoredArticle;

class StoryDocumentTest {

  private static final Instant T = Instant.parse("2025-06-01T12:00:00Z");
  private static final String WIRE =
      "A storm closed the Red Sea port of Hodeidah on Monday, leaving ships with grain waiting"
          + " offshore. Officials said repairs to the quay would take a week.";

  @TempDir Path dir;

  /** An article from {@code site} in story s1, recorded as a near-copy of {@code copyOf}. */
  private static StoredArticle add(
      Corpus corpus, String site, String title, String body, @Nullable String copyOf)
      throws IOException {
    Capture c = Capture.ofText("/in/" + site, MediaType.TEXT_PLAIN, T, site + title + body);
    corpus.captures().put(c);
    return corpus
        .catalog()
        .putArticle(
            c,
            new Article("https://" + site + "/a", title, false, body, T, "en", site, List.of()),
            LanguageChoice.of("en"),
            site,
            T,
            null,
            new ArticleLinks(
                new float[] {1, 0},
                new int[] {1},
                List.of(),
                copyOf,
                new ArticleLinks.StoryState("s1", "Storm shuts Hodeidah port", T, T, List.of())));
  }

  @Test
  void foldsCopiesIntoTheirOriginalUnlessCopiesAreAskedFor() throws Exception {
    try (Corpus corpus = Corpus.open(new DataDir(dir), Corpus.Access.READ_WRITE)) {
      StoredArticle wire = add(corpus, "wire.example", "Storm shuts Hodeidah port", WIRE, null);
      StoredArticle daily = add(corpus, "daily.example", "Yemen port shut", WIRE, wire.id());
      StoredArticle coast = add(corpus, "coast.example", "Port closed", WIRE + " More.", wire.id());
      StoredArticle follow =
          add(corpus, "post.example", "Hodeidah reopens", "The port reopened on Friday.", null);

      StoryDocument folded = StoryDocument.load(corpus.catalog(), "s1", false).orElseThrow();
      StoryDocument listed = StoryDocument.load(corpus.catalog(), "s1", true).orElseThrow();

      assertThat(folded.articles())
          .extracting(i -> i.article().id(), StoryArticleItem::copies, StoryArticleItem::outlets)
          .containsExactly(
              tuple(wire.id(), 2, List.of("daily.example", "coast.example")),
              tuple(follow.id(), 0, List.of()));
      assertThat(listed.articles())
          .extracting(i -> i.article().id(), i -> i.article().copyOf())
          .containsExactly(
              tuple(wire.id(), null),
              tuple(daily.id(), wire.id()),
              tuple(coast.id(), wire.id()),
              tuple(follow.id(), null));
      assertThat(folded.story().articles()).isEqualTo(4);

      String page = new Templates().render("story.jte", folded);
      assertThat(page)
          .contains("2 copies: daily.example, coast.example")
          .contains("href=\"/stories/s1?includeCopies=true\"")
          .doesNotContain("Yemen port shut");
      assertThat(new Templates().render("story.jte", listed))
          .contains("Yemen port shut")
          .contains("<span class=\"copy\">copy</span>")
          .doesNotContain("includeCopies=true");
    }
  }
}

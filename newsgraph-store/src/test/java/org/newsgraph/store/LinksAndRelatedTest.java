package org.newsgraph.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.model.Article;
import org.newsgraph.model.Capture;
import org.newsgraph.model.MediaType;

/** Link decisions stored with articles, stories read back, and related coverage. */
class LinksAndRelatedTest {

  private static final Instant T = Instant.parse("2025-06-01T12:00:00Z");

  @TempDir Path dir;

  /** A unit vector pointing mostly along axis {@code axis}, nudged by {@code nudge}. */
  private static float[] vector(int axis, float nudge) {
    float[] v = new float[8];
    v[axis] = 1;
    v[(axis + 1) % 8] = nudge;
    double n = Math.sqrt(1 + nudge * nudge);
    for (int i = 0; i < v.length; i++) {
      v[i] /= (float) n;
    }
    return v;
  }

  /** What an article is, apart from its links. */
  private record Piece(
      String site, String title, String body, String fingerprint, float[] vector, int day) {}

  private static StoredArticle add(
      Corpus corpus,
      String site,
      String title,
      String body,
      String fingerprint,
      float[] vector,
      String story,
      List<String> absorbed,
      @Nullable String nearCopyOf,
      int day)
      throws java.io.IOException {
    return put(
        corpus,
        new Piece(site, title, body, fingerprint, vector, day),
        new ArticleLinks.StoryState(
            story, title, T, T.plus(day, ChronoUnit.DAYS), absorbed, List.of()),
        nearCopyOf);
  }

  private static StoredArticle put(
      Corpus corpus, Piece p, ArticleLinks.StoryState story, @Nullable String nearCopyOf)
      throws java.io.IOException {
    String site = p.site();
    Capture c =
        Capture.ofText(
            "/in/" + site + p.title(), MediaType.TEXT_PLAIN, T, site + p.title() + p.body());
    corpus.captures().put(c);
    Instant published = T.plus(p.day(), ChronoUnit.DAYS);
    return corpus
        .catalog()
        .putArticle(
            c,
            new Article(
                "https://" + site + "/a",
                p.title(),
                false,
                p.body(),
                published,
                "en",
                site,
                List.of()),
            LanguageChoice.of("en"),
            p.fingerprint(),
            T,
            null,
            new ArticleLinks(p.vector(), new int[] {1, 2, 3}, List.of(), nearCopyOf, story));
  }

  /** An article from an outlet named for its day, placed in story s1 with nothing merged. */
  private static StoredArticle inS1(
      Corpus corpus, String title, String body, float[] vector, int day)
      throws java.io.IOException {
    return add(
        corpus,
        "day" + day + ".example",
        title,
        body,
        "f" + day,
        vector,
        "s1",
        List.of(),
        null,
        day);
  }

  private static final String PORT =
      "A storm closed the Red Sea port of Hodeidah on Monday, leaving ships with grain waiting"
          + " offshore. Officials said repairs to the quay would take a week.";
  private static final String TALKS =
      "Iranian and American negotiators met in Muscat for indirect nuclear talks. Omani"
          + " mediators carried messages between the delegations.";

  @Test
  void storiesCountArticlesCopiesAndOutletsAndFollowMerges() throws Exception {
    try (Corpus corpus = Corpus.open(new DataDir(dir), Corpus.Access.READ_WRITE)) {
      StoredArticle wire =
          add(
              corpus,
              "wire.example",
              "Storm shuts Hodeidah port",
              PORT,
              "f1",
              vector(0, 0),
              "s1",
              List.of(),
              null,
              0);
      StoredArticle reprint =
          add(
              corpus,
              "daily.example",
              "Yemen port closed by storm",
              PORT + " More soon.",
              "f2",
              vector(0, 0.01f),
              "s1",
              List.of(),
              wire.id(),
              0);
      add(
          corpus,
          "coast.example",
          "Talks in Muscat",
          TALKS,
          "f3",
          vector(4, 0),
          "s2",
          List.of(),
          null,
          1);
      StoredArticle later =
          add(
              corpus,
              "post.example",
              "Hodeidah reopens",
              "The port of Hodeidah reopened.",
              "f4",
              vector(0, 0.3f),
              "s3",
              List.of(),
              null,
              2);
      // an article that joins s1 and merges s3 into it
      add(
          corpus,
          "times.example",
          "Port back after storm",
          "Hodeidah works again after storm.",
          "f5",
          vector(0, 0.2f),
          "s1",
          List.of("s3"),
          null,
          3);

      List<StorySummary> stories = corpus.catalog().stories(10, 0);

      assertThat(stories).extracting(StorySummary::id).containsExactly("s1", "s2");
      StorySummary port = stories.get(0);
      assertThat(port.articles()).isEqualTo(4);
      assertThat(port.copies()).isEqualTo(1);
      assertThat(port.outlets()).isEqualTo(4);
      assertThat(corpus.catalog().storyOf(later.id()).orElseThrow().id()).isEqualTo("s1");
      assertThat(corpus.catalog().storyMembers("s1")).hasSize(4).startsWith(wire.id());
      assertThat(corpus.catalog().copiesOf(wire.id())).containsExactly(reprint.id());
      assertThat(corpus.catalog().article(reprint.id()).orElseThrow().copyOf())
          .isEqualTo(wire.id());
      assertThat(corpus.catalog().countStories()).isEqualTo(2);
      List<String> replay = new ArrayList<>();
      List<Long> seqs = new ArrayList<>();
      corpus
          .catalog()
          .forEachLinked(
              a -> {
                replay.add(a.id());
                seqs.add(a.seq());
              });
      assertThat(replay).hasSize(5).startsWith(wire.id(), reprint.id());
      assertThat(seqs).isSorted().doesNotHaveDuplicates();
      assertThat(corpus.catalog().embedding(wire.id()).orElseThrow()).containsExactly(vector(0, 0));
      List<String> afterSecond = new ArrayList<>();
      corpus.catalog().forEachLinked(seqs.get(1), a -> afterSecond.add(a.id()));
      assertThat(afterSecond).isEqualTo(replay.subList(2, 5));
      assertThat(corpus.catalog().linkMark(reprint.id()))
          .contains(new LinkMark(seqs.get(1), reprint.id(), 2));
      assertThat(corpus.catalog().lastLink()).contains(new LinkMark(seqs.get(4), replay.get(4), 5));
      Map<String, String> storyOf = new LinkedHashMap<>();
      corpus.catalog().forEachStoryOf(storyOf::put);
      assertThat(storyOf.keySet()).containsExactlyElementsOf(replay);
      assertThat(storyOf).containsEntry(later.id(), "s1");

      corpus.catalog().clearLinks();

      assertThat(corpus.catalog().lastLink()).isEmpty();
      assertThat(corpus.catalog().linkMark(wire.id())).isEmpty();
      assertThat(corpus.catalog().stories(10, 0)).isEmpty();
      assertThat(corpus.catalog().unlinked(10)).hasSize(5).startsWith(wire.id());
    }
  }

  @Test
  void aSplitMovesEarlierArticlesIntoTheNewStory() throws Exception {
    try (Corpus corpus = Corpus.open(new DataDir(dir), Corpus.Access.READ_WRITE)) {
      StoredArticle storm = inS1(corpus, "Storm shuts port", PORT, vector(0, 0), 0);
      StoredArticle talks = inS1(corpus, "Talks in Muscat", TALKS, vector(4, 0), 1);
      StoredArticle reopens =
          inS1(corpus, "Port reopens", "The port of Hodeidah reopened.", vector(0, 0.1f), 2);
      StoredArticle oman =
          add(
              corpus,
              "oman.example",
              "Oman mediates",
              TALKS + " Again.",
              "f9",
              vector(4, 0.2f),
              "s3",
              List.of(),
              null,
              2);
      ArticleLinks.StoryRow kept =
          new ArticleLinks.StoryRow("s1", "Storm shuts port", T, T.plus(2, ChronoUnit.DAYS));
      ArticleLinks.StoryRow parted =
          new ArticleLinks.StoryRow(
              "s2", "Talks in Muscat", T.plus(1, ChronoUnit.DAYS), T.plus(3, ChronoUnit.DAYS));
      StoredArticle more =
          put(
              corpus,
              new Piece(
                  "day3.example",
                  "Muscat talks end",
                  "The talks in Muscat ended with a plan to meet again.",
                  "f3",
                  vector(4, 0.1f),
                  3),
              new ArticleLinks.StoryState(
                  "s2",
                  parted.label(),
                  parted.firstSeen(),
                  parted.lastSeen(),
                  // the new story also absorbed s3; the moved list may name the splitting
                  // article itself, whose row is written after the split
                  List.of("s3"),
                  List.of(
                      new ArticleLinks.Split(
                          kept, parted, List.of(talks.id(), "article-not-stored-yet")))),
              null);

      assertThat(corpus.catalog().storyMembers("s1")).containsExactly(storm.id(), reopens.id());
      assertThat(corpus.catalog().storyMembers("s2"))
          .containsExactly(talks.id(), oman.id(), more.id());
      assertThat(corpus.catalog().storyOf(talks.id()).orElseThrow().label())
          .isEqualTo("Talks in Muscat");
      assertThat(corpus.catalog().stories(10, 0))
          .extracting(
              StorySummary::id, StorySummary::label, StorySummary::lastSeen, StorySummary::articles)
          .containsExactlyInAnyOrder(
              tuple("s1", "Storm shuts port", T.plus(2, ChronoUnit.DAYS), 2L),
              tuple("s2", "Talks in Muscat", T.plus(3, ChronoUnit.DAYS), 3L));
    }
  }

  @Test
  void relatedCoverageLeavesOutTheArticleAndItsCopiesAndPages() throws Exception {
    try (Corpus corpus = Corpus.open(new DataDir(dir), Corpus.Access.READ_WRITE)) {
      StoredArticle wire =
          add(
              corpus,
              "wire.example",
              "Storm shuts Hodeidah port",
              PORT,
              "f1",
              vector(0, 0),
              "s1",
              List.of(),
              null,
              0);
      add(
          corpus,
          "daily.example",
          "Yemen port closed by storm",
          PORT + " More soon.",
          "f2",
          vector(0, 0.01f),
          "s1",
          List.of(),
          wire.id(),
          0);
      StoredArticle follow =
          add(
              corpus,
              "post.example",
              "Hodeidah port reopens after storm repairs",
              "The port of Hodeidah reopened after the storm; ships with grain unloaded at the"
                  + " repaired quay.",
              "f4",
              vector(0, 0.3f),
              "s1",
              List.of(),
              null,
              2);
      StoredArticle talks =
          add(
              corpus,
              "coast.example",
              "Talks in Muscat",
              TALKS,
              "f3",
              vector(4, 0),
              "s2",
              List.of(),
              null,
              1);
      corpus.indexPending();

      List<RelatedArticle> related = corpus.related(wire.id(), 8, 0);

      assertThat(related)
          .extracting(r -> r.article().id())
          .containsExactly(follow.id(), talks.id());
      assertThat(related.get(0).storyId()).isEqualTo("s1");
      assertThat(related.get(0).score()).isGreaterThan(related.get(1).score());
      assertThat(related.get(0).teaser()).startsWith("The port of Hodeidah reopened");
      assertThat(corpus.related(wire.id(), 1, 1))
          .extracting(r -> r.article().id())
          .containsExactly(talks.id());
      assertThat(corpus.related(wire.id(), 8, 2)).isEmpty();
      assertThat(corpus.related("ffffffffffffffff", 8, 0)).isEmpty();
    }
  }

  @Test
  void leadTeaserIsWholeSentencesWithinTheLimit() {
    String body = "First sentence is short. " + "Second one is much longer ".repeat(12) + "end.";

    assertThat(RelatedArticleFinder.leadTeaser(body)).isEqualTo("First sentence is short.");
    assertThat(RelatedArticleFinder.leadTeaser("word ".repeat(100)))
        .endsWith("\u2026")
        .hasSizeLessThanOrEqualTo(240);
  }
}

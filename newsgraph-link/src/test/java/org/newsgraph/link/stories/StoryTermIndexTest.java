package org.newsgraph.link.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsgraph.link.vectors.SparseVector;

class StoryTermIndexTest {

  @Test
  void boundsFromTheTermIndexChangeNoDecision() {
    List<StoryClusterer.Document> stream = GeneratedStories.stream(new Random(11), 2_500);
    float[] baseline = new float[GeneratedStories.DIMENSIONS];
    baseline[0] = 0.5f;
    StoryClusterer bounded = new StoryClusterer(StoryClusterer.Options.defaults(), baseline);
    StoryClusterer full = StoryClusterer.exhaustive(StoryClusterer.Options.defaults(), baseline);
    int merges = 0;

    for (StoryClusterer.Document d : stream) {
      assertThat(bounded.add(d)).as(d.id()).isEqualTo(full.add(d));
      assertThat(bounded.lastAbsorbed()).isEqualTo(full.lastAbsorbed());
      merges += full.lastAbsorbed().size();
    }

    // the stream exercises joins, new stories and merges, not only one of them
    assertThat(full.size() + full.retired()).isBetween(50, stream.size() / 2);
    assertThat(merges).isPositive();
    for (StoryClusterer.Document d : stream) {
      assertThat(bounded.storyOf(d.id())).isEqualTo(full.storyOf(d.id()));
    }
  }

  @Test
  void storyStartedByAnArticleCanStillMergeWithTheOneItCouldNotJoin() {
    // too late for the decayed score to join, close enough for the centroids to merge: the bound
    // taken from the placement must not hide that merge
    Instant t = Instant.parse("2025-03-01T00:00:00Z");
    SparseVector words = new SparseVector(new int[] {4}, new float[] {1});
    StoryClusterer.Document first =
        new StoryClusterer.Document("a", "a", new float[] {1, 0}, words, Set.of(), t);
    StoryClusterer.Document back =
        new StoryClusterer.Document(
            "b", "b", new float[] {0.8f, 0.6f}, words, Set.of(), t.plusSeconds(180 * 3600));
    for (StoryClusterer c :
        List.of(
            new StoryClusterer(StoryClusterer.Options.defaults()),
            StoryClusterer.exhaustive(StoryClusterer.Options.defaults(), null))) {
      c.add(first);

      assertThat(c.add(back)).isEqualTo("s1");
      assertThat(c.lastAbsorbed()).containsExactly("s2");
    }
  }

  @Test
  void storiesLetGoOfAreDroppedFromTheIndex() {
    StoryClusterer c = new StoryClusterer(StoryClusterer.Options.defaults());
    Instant t = Instant.parse("2025-03-01T00:00:00Z");
    // a story a day for six years, each with a word of its own and one all share
    for (int day = 0; day < 6 * 365; day++) {
      SparseVector words = new SparseVector(new int[] {0, 10 + day}, new float[] {0.6f, 0.8f});
      float[] v = new float[32];
      v[day % 32] = 1;
      c.add(
          new StoryClusterer.Document(
              "a" + day, "a" + day, v, words, Set.of(), t.plusSeconds(day * 86_400L)));
    }

    assertThat(c.retired()).isGreaterThan(2_000);
    long held = c.stories().stream().mapToLong(s -> s.size()).sum();
    // each live story has two terms; of the stories let go of, at most the last thousand (a
    // sweep's worth) still have their own word's entry
    assertThat(c.termIndex().entries()).isLessThanOrEqualTo(2 * held + 1_000);
  }

  @Test
  void walkingTheRareTermsSumsTheirProductsAndBoundsTheRest() {
    StoryTermIndex index = new StoryTermIndex();
    // term 1 is in every story, term 2 in one: the query leaves term 1 to the bound
    List<StoryClusterer.Story> stories = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      int[] terms = i == 0 ? new int[] {1, 2} : new int[] {1};
      float[] weights = i == 0 ? new float[] {0.6f, 0.8f} : new float[] {1f};
      StoryClusterer.Story s =
          new StoryClusterer.Story(
              "s" + (i + 1),
              new StoryClusterer.Document(
                  "a" + i,
                  "a" + i,
                  new float[] {1, 0},
                  new SparseVector(terms, weights),
                  Set.of(),
                  null));
      for (int t : terms) {
        index.add(t, s);
      }
      stories.add(s);
    }

    double common =
        index.accumulate(new int[] {1, 2}, new float[] {0.2f, 0.98f}, Math.hypot(0.2, 0.98), 7);

    assertThat(common).isCloseTo(0.2, within(1e-6));
    assertThat(stories.get(0).stamp()).isEqualTo(7);
    assertThat(stories.get(0).partial()).isCloseTo(0.98 * 0.8, within(1e-6));
    assertThat(stories.subList(1, 6)).allSatisfy(s -> assertThat(s.stamp()).isNotEqualTo(7));
  }
}

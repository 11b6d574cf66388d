package org.newsgraph.link.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.link.state.StateReader;
import org.newsgraph.link.state.StateWriter;
import org.newsgraph.link.vectors.BgeSmallEmbedder;

class StoryClustererTest {

  private static final BgeSmallEmbedder EMBEDDER = new BgeSmallEmbedder();
  private static final Instant T = Instant.parse("2025-06-20T09:00:00Z");

  private record Item(String id, String title, String text, Instant published) {}

  private static List<String> place(StoryLinker linker, List<Item> items) {
    List<String> out = new ArrayList<>();
    for (Item i : items) {
      StoryLinker.Input in =
          new StoryLinker.Input(i.id(), i.title(), i.text(), i.published(), Set.of());
      out.add(linker.place(in, linker.embed(in)).storyId());
    }
    return out;
  }

  private static String placeOne(StoryLinker linker, Item item) {
    return place(linker, List.of(item)).get(0);
  }

  private static StoryLinker linker() {
    return new StoryLinker(EMBEDDER, StoryClusterer.Options.defaults());
  }

  private static final List<Item> STREAM =
      List.of(
          new Item(
              "a1",
              "Iran and US resume nuclear talks in Oman",
              "Iranian and American negotiators met in Muscat on Saturday for a new round of indirect talks on Tehran's nuclear programme.",
              T),
          new Item(
              "b1",
              "Strong earthquake kills dozens in southern Iran",
              "A magnitude 6.1 earthquake struck Kerman province early on Sunday, killing at least 30 people and flattening villages.",
              T.plus(1, ChronoUnit.HOURS)),
          new Item(
              "a2",
              "US, Iran hold second round of nuclear negotiations in Muscat",
              "Envoys from Washington and Tehran held indirect nuclear talks mediated by Oman's foreign minister in Muscat.",
              T.plus(3, ChronoUnit.HOURS)),
          new Item(
              "b2",
              "Rescuers search rubble after deadly Iran quake",
              "Rescue teams dug through collapsed homes in Kerman province after the earthquake killed at least 30 people.",
              T.plus(5, ChronoUnit.HOURS)),
          new Item(
              "a3",
              "Oman-mediated Iran nuclear talks end with plan to meet again",
              "The Iranian and American delegations agreed in Muscat to hold another round of nuclear talks next week.",
              T.plus(8, ChronoUnit.HOURS)));

  @Test
  void storiesThatShareOnlyACountryStayApart() {
    List<String> stories = place(linker(), STREAM);

    assertThat(stories.get(0)).isEqualTo(stories.get(2)).isEqualTo(stories.get(4));
    assertThat(stories.get(1)).isEqualTo(stories.get(3));
    assertThat(stories.get(0)).isNotEqualTo(stories.get(1));
  }

  @Test
  void aStoryKeepsItsIdWhenCoverageComesDaysLater() {
    StoryLinker linker = linker();
    List<String> first = place(linker, STREAM);

    String later =
        placeOne(
            linker,
            new Item(
                "a4",
                "Iran and US to resume nuclear talks in Muscat next week",
                "A fourth round of indirect Iran-US nuclear talks will take place in Muscat, Oman's foreign ministry said.",
                T.plus(3, ChronoUnit.DAYS)));

    assertThat(later).isEqualTo(first.get(0));
    assertThat(linker.storyOf("a1")).isEqualTo(first.get(0));
  }

  @Test
  void anArticleDatedBeforeAStorysLatestStillJoinsIt() {
    StoryLinker linker = linker();
    List<String> first = place(linker, STREAM);

    String earlier =
        placeOne(
            linker,
            new Item(
                "a0",
                "Iran and US prepare for nuclear talks in Muscat",
                "Iranian and American negotiators are due in Muscat for indirect talks on Tehran's nuclear programme, mediated by Oman.",
                T.minus(20, ChronoUnit.HOURS)));

    assertThat(earlier).isEqualTo(first.get(0));
  }

  @Test
  void anUndatedArticleIsWeighedAgainstEveryStory() {
    StoryLinker linker = linker();
    List<String> first = place(linker, STREAM);

    StoryLinker.Input in =
        new StoryLinker.Input(
            "b3",
            "Death toll from Iran earthquake rises",
            "Rescue teams in Kerman province pulled more bodies from homes destroyed by the earthquake.",
            null,
            Set.of());

    assertThat(linker.place(in, linker.embed(in)).storyId()).isEqualTo(first.get(1));
  }

  @Test
  void storiesNoArticleCanReachAnyMoreAreLetGo() {
    StoryLinker linker = linker();
    List<String> first = place(linker, STREAM);

    String later =
        placeOne(
            linker,
            new Item(
                "c1",
                "Heavy snow closes mountain passes",
                "Several mountain passes were closed after a night of heavy snow.",
                T.plus(60, ChronoUnit.DAYS)));

    assertThat(linker.clusterer().size()).isEqualTo(1);
    assertThat(linker.clusterer().retired()).isEqualTo(2);
    assertThat(linker.clusterer().story(first.get(0))).isNull();
    assertThat(linker.storyOf("a1")).isEqualTo(first.get(0));
    assertThat(linker.clusterer().story(later)).isNotNull();
  }

  @Test
  void theSameStreamGivesTheSameStories() {
    assertThat(place(linker(), STREAM)).isEqualTo(place(linker(), STREAM));
  }

  @Test
  void storiesFadeOverTime() {
    StoryLinker linker = linker();
    List<String> first = place(linker, STREAM.subList(1, 2));

    String months =
        placeOne(
            linker,
            new Item(
                "b9",
                "Strong earthquake kills dozens in southern Iran",
                "A magnitude 6.1 earthquake struck Kerman province early on Sunday, killing at least 30 people and flattening villages.",
                T.plus(120, ChronoUnit.DAYS)));

    assertThat(months).isNotEqualTo(first.get(0));
  }

  @Test
  void labelIsAMembersHeadline() {
    StoryLinker linker = linker();
    place(linker, STREAM);

    assertThat(linker.clusterer().stories())
        .allSatisfy(
            s ->
                assertThat(STREAM)
                    .filteredOn(i -> s.id().equals(linker.storyOf(i.id())))
                    .extracting(Item::title)
                    .contains(s.label()));
    assertThat(linker.clusterer().size()).isEqualTo(2);
  }

  @Test
  void anArticleThatMergesTwoStoriesIsPlacedInTheSurvivingOne() {
    StoryClusterer c = new StoryClusterer(new StoryClusterer.Options(0.62, 0.65, 1.0, 0, 3));

    String a = c.add(doc("a", 1, 0));
    String b = c.add(doc("b", 0.6f, 0.8f));
    String bridge = c.add(doc("c", 0.8f, 0.6f));

    assertThat(a).isEqualTo("s1");
    assertThat(b).isEqualTo("s2");
    assertThat(bridge).isEqualTo("s1");
    assertThat(c.lastAbsorbed()).containsExactly("s2");
    assertThat(c.story(bridge)).isNotNull();
    assertThat(c.storyOf("b")).isEqualTo("s1");
    assertThat(c.size()).isEqualTo(1);
  }

  @Test
  void centringOnTheBaselineSeparatesStoriesThatShareOnlyTheModelsCommonDirection() {
    // every vector leans the same way, as a sentence encoder's do; the stories differ only in
    // what is left once that lean is taken away
    float[] common = {1, 0, 0};
    StoryClusterer.Options options = new StoryClusterer.Options(0.5, 0.9, 1.0, 0, 3);
    StoryClusterer raw = new StoryClusterer(options);
    StoryClusterer centred = new StoryClusterer(options, common);
    List<StoryClusterer.Document> docs =
        List.of(
            doc3("a1", 1, 0.35f, 0.02f),
            doc3("b1", 1, 0.02f, 0.35f),
            doc3("a2", 1, 0.33f, -0.03f),
            doc3("b2", 1, -0.02f, 0.36f));

    List<String> rawStories = docs.stream().map(raw::add).toList();
    List<String> centredStories = docs.stream().map(centred::add).toList();

    assertThat(raw.storyOf("a1")).isEqualTo(raw.storyOf("b1"));
    assertThat(centredStories.get(0)).isEqualTo(centredStories.get(2));
    assertThat(centredStories.get(1)).isEqualTo(centredStories.get(3));
    assertThat(centredStories.get(0)).isNotEqualTo(centredStories.get(1));
    assertThat(rawStories).isNotEqualTo(centredStories);
  }

  @Test
  void aStoryWhoseArticlesDriftApartSplitsAndItsFirstHalfKeepsTheId() {
    // the first two articles share a common thread (the third axis) and start one story; what
    // follows is about either of two things, and once the story has grown the two groups part
    StoryClusterer c = new StoryClusterer(new StoryClusterer.Options(0.4, 0.5, 1.0, 0, 3));
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      boolean first = i % 2 == 0;
      float shared = i < 4 ? 1 : 0.3f;
      ids.add(c.add(doc3((first ? "a" : "b") + i, first ? 1 : 0, first ? 0 : 1, shared)));
    }

    assertThat(ids.subList(0, 7)).containsOnly("s1");
    assertThat(c.lastSplits()).hasSize(1);
    StoryClusterer.Split split = c.lastSplits().get(0);
    assertThat(split.from().id()).isEqualTo("s1");
    assertThat(split.moved()).containsExactly("b1", "b3", "b5", "b7");
    assertThat(ids.get(7)).isEqualTo(split.to().id()).isNotEqualTo("s1");
    assertThat(c.storyOf("a0")).isEqualTo(c.storyOf("a6")).isEqualTo("s1");
    assertThat(c.storyOf("b1")).isEqualTo(split.to().id());
    assertThat(c.story("s1").size()).isEqualTo(4);
    assertThat(c.story("s1").label()).startsWith("a");
    assertThat(split.to().label()).startsWith("b");

    // the halves go on as two stories and do not merge back
    assertThat(c.add(doc3("a8", 1, 0, 0.3f))).isEqualTo("s1");
    assertThat(c.add(doc3("b9", 0, 1, 0.3f))).isEqualTo(split.to().id());
    assertThat(c.lastAbsorbed()).isEmpty();
    assertThat(c.size()).isEqualTo(2);
  }

  @Test
  void halvesMayNotPartAboveTheMergeThresholdNorDoTheDefaults() {
    assertThatThrownBy(() -> new StoryClusterer.Options(0.2, 0.35, 0.6, 0.15, 3, 0.4))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("merge straight back");
    // a join threshold above the merge threshold still gives halves that stay apart
    assertThat(new StoryClusterer.Options(0.5, 0.3, 0.6, 0.15, 3).splitThreshold())
        .isLessThanOrEqualTo(0.3);
    assertThat(StoryClusterer.Options.defaults().splitThreshold()).isBetween(0.2, 0.35);
  }

  @Test
  void theHalfASplitLeavesWithoutTheArticleMayJoinAnotherStory() {
    // join at 0.4, merge (and part) at 0.3: "t" is too far from the mixed story to join or merge
    // with it, but close to the half about the second thing once the story parts
    StoryClusterer c = new StoryClusterer(new StoryClusterer.Options(0.4, 0.3, 1.0, 0, 3));
    for (int i = 0; i < 7; i++) {
      boolean first = i % 2 == 0;
      float shared = i < 4 ? 1 : 0.3f;
      c.add(doc3((first ? "a" : "b") + i, first ? 1 : 0, first ? 0 : 1, shared));
    }
    String t = c.add(doc3("t", 0, 1, -0.2f));
    assertThat(t).isNotEqualTo(c.storyOf("a0"));

    String last = c.add(doc3("a7", 1, 0, 0.3f));

    assertThat(c.lastSplits()).hasSize(1);
    assertThat(last).isEqualTo(c.storyOf("a0"));
    assertThat(c.lastAbsorbed()).containsExactly(c.lastSplits().get(0).to().id());
    assertThat(c.storyOf("b1")).isEqualTo(c.storyOf("b5")).isEqualTo(t);
  }

  @Test
  void aStoryNoRecentArticleJoinedLetsGoOfItsVectorsAndNoLongerSplits() {
    StoryClusterer.Options options = new StoryClusterer.Options(0.4, 0.5, 1.0, 0, 3);
    StoryClusterer forgetful = StoryClusterer.withIdleHorizon(options, 10);
    StoryClusterer patient = new StoryClusterer(options);
    for (StoryClusterer c : List.of(forgetful, patient)) {
      for (int i = 0; i < 8; i++) {
        if (i == 4) {
          // a dozen articles about something else come in between
          for (int u = 0; u < 12; u++) {
            c.add(doc4("u" + u, 0, 0, 0.01f * u, 1));
          }
        }
        boolean first = i % 2 == 0;
        c.add(doc4((first ? "a" : "b") + i, first ? 1 : 0, first ? 0 : 1, i < 4 ? 1 : 0.3f, 0));
      }
    }

    assertThat(patient.storyOf("b7")).isNotEqualTo(patient.storyOf("a0"));
    assertThat(forgetful.storyOf("b7")).isEqualTo(forgetful.storyOf("a0"));
    assertThat(forgetful.lastSplits()).isEmpty();
  }

  @Test
  void aStoryThatHoldsTogetherDoesNotSplit() {
    StoryClusterer c = new StoryClusterer(new StoryClusterer.Options(0.4, 0.5, 1.0, 0, 3));
    for (int i = 0; i < 16; i++) {
      c.add(doc3("a" + i, 1, i % 2 == 0 ? 0.2f : 0, i % 3 == 0 ? 0.2f : 0));
      assertThat(c.lastSplits()).isEmpty();
    }
    assertThat(c.size()).isEqualTo(1);
  }

  @Test
  void aClustererReadFromASavedStatePlacesWhatFollowsAsTheOneThatSavedIt(@TempDir Path tmp)
      throws IOException {
    float[] baseline = new float[GeneratedStories.DIMENSIONS];
    baseline[0] = 0.5f;
    // halves part readily, so the saved stories' article vectors are put to use
    StoryClusterer.Options options = new StoryClusterer.Options(0.2, 0.35, 0.6, 0.15, 3, 0.34);

    assertSavedStatePlacesTheRestAlike(() -> new StoryClusterer(options, baseline), tmp);
  }

  @Test
  void aSavedStateKeepsWhichStoriesLetGoOfTheirVectors(@TempDir Path tmp) throws IOException {
    // uncentred, and stories idle for 200 articles drop their vectors before the save
    StoryClusterer.Options options = new StoryClusterer.Options(0.2, 0.35, 0.6, 0.15, 3, 0.34);

    assertSavedStatePlacesTheRestAlike(() -> StoryClusterer.withIdleHorizon(options, 200), tmp);
  }

  private static void assertSavedStatePlacesTheRestAlike(Supplier<StoryClusterer> make, Path tmp)
      throws IOException {
    List<StoryClusterer.Document> stream = GeneratedStories.stream(new Random(5), 3_000);
    StoryClusterer whole = make.get();
    Path file = tmp.resolve("state.bin");
    int cut = 1_200;
    for (StoryClusterer.Document d : stream.subList(0, cut)) {
      whole.add(d);
    }
    try (StateWriter out = StateWriter.create(file)) {
      whole.writeTo(out);
      out.commit();
    }
    StoryClusterer restored = make.get();
    try (StateReader in = StateReader.open(file)) {
      restored.readFrom(in);
      in.finish();
    }
    int merges = 0;
    int splits = 0;

    for (StoryClusterer.Document d : stream.subList(cut, stream.size())) {
      assertThat(restored.add(d)).as(d.id()).isEqualTo(whole.add(d));
      assertThat(restored.lastAbsorbed()).isEqualTo(whole.lastAbsorbed());
      assertThat(restored.lastSplits().stream().map(StoryClusterer.Split::moved).toList())
          .isEqualTo(whole.lastSplits().stream().map(StoryClusterer.Split::moved).toList());
      merges += whole.lastAbsorbed().size();
      splits += whole.lastSplits().size();
    }

    assertThat(merges).isPositive();
    assertThat(splits).isPositive();
    assertThat(whole.retired()).isPositive();
    for (StoryClusterer.Document d : stream) {
      assertThat(restored.storyOf(d.id())).isEqualTo(whole.storyOf(d.id()));
    }
    assertThat(restored.stories())
        .extracting(
            StoryClusterer.Story::id, StoryClusterer.Story::size, StoryClusterer.Story::label)
        .containsExactlyElementsOf(
            whole.stories().stream().map(s -> tuple(s.id(), s.size(), s.label())).toList());
  }

  @Test
  void aStateSavedWithAnotherEncodersBaselineIsRefused(@TempDir Path tmp) throws IOException {
    StoryClusterer c =
        new StoryClusterer(StoryClusterer.Options.defaults(), new float[] {0.5f, 0, 0});
    c.add(doc3("a", 1, 0, 0));
    Path file = tmp.resolve("state.bin");
    try (StateWriter out = StateWriter.create(file)) {
      c.writeTo(out);
      out.commit();
    }

    StoryClusterer other =
        new StoryClusterer(StoryClusterer.Options.defaults(), new float[] {0, 0.5f, 0});
    try (StateReader in = StateReader.open(file)) {
      assertThatThrownBy(() -> other.readFrom(in)).hasMessageContaining("another encoder");
    }
  }

  @Test
  void aStateSavedWithOtherSettingsIsRefused(@TempDir Path tmp) throws IOException {
    StoryClusterer c = new StoryClusterer(StoryClusterer.Options.defaults());
    c.add(doc("a", 1, 0));
    Path file = tmp.resolve("state.bin");
    try (StateWriter out = StateWriter.create(file)) {
      c.writeTo(out);
      out.commit();
    }

    StoryClusterer other = new StoryClusterer(new StoryClusterer.Options(0.3, 0.35, 0.6, 0.15, 3));
    try (StateReader in = StateReader.open(file)) {
      assertThatThrownBy(() -> other.readFrom(in))
          .isInstanceOf(IOException.class)
          .hasMessageContaining("other settings");
    }
  }

  private static StoryClusterer.Document doc4(String id, float x, float y, float z, float w) {
    float n = (float) Math.sqrt(x * x + y * y + z * z + w * w);
    return new StoryClusterer.Document(
        id,
        id,
        new float[] {x / n, y / n, z / n, w / n},
        org.newsgraph.link.vectors.SparseVector.EMPTY,
        Set.of(),
        T);
  }

  private static StoryClusterer.Document doc3(String id, float x, float y, float z) {
    float n = (float) Math.sqrt(x * x + y * y + z * z);
    return new StoryClusterer.Document(
        id,
        id,
        new float[] {x / n, y / n, z / n},
        org.newsgraph.link.vectors.SparseVector.EMPTY,
        Set.of(),
        T);
  }

  private static StoryClusterer.Document doc(String id, float x, float y) {
    return new StoryClusterer.Document(
        id, id, new float[] {x, y}, org.newsgraph.link.vectors.SparseVector.EMPTY, Set.of(), T);
  }
}

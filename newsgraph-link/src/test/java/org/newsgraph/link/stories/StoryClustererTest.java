package org.newsgraph.link.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
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

    List<String> later =
        place(
            linker,
            List.of(
                new Item(
                    "a4",
                    "Iran and US to resume nuclear talks in Muscat next week",
                    "A fourth round of indirect Iran-US nuclear talks will take place in Muscat, Oman's foreign ministry said.",
                    T.plus(3, ChronoUnit.DAYS))));

    assertThat(later.get(0)).isEqualTo(first.get(0));
    assertThat(linker.storyOf("a1")).isEqualTo(first.get(0));
  }

  @Test
  void theSameStreamGivesTheSameStories() {
    assertThat(place(linker(), STREAM)).isEqualTo(place(linker(), STREAM));
  }

  @Test
  void storiesFadeOverTime() {
    StoryLinker linker = linker();
    List<String> first = place(linker, STREAM.subList(1, 2));

    List<String> months =
        place(
            linker,
            List.of(
                new Item(
                    "b9",
                    "Strong earthquake kills dozens in southern Iran",
                    "A magnitude 6.1 earthquake struck Kerman province early on Sunday, killing at least 30 people and flattening villages.",
                    T.plus(120, ChronoUnit.DAYS))));

    assertThat(months.get(0)).isNotEqualTo(first.get(0));
  }

  @Test
  void labelIsAMembersHeadline() {
    StoryLinker linker = linker();
    place(linker, STREAM);

    assertThat(linker.clusterer().stories())
        .allSatisfy(
            s ->
                assertThat(s.members())
                    .extracting(StoryClusterer.Member::title)
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

  private static StoryClusterer.Document doc(String id, float x, float y) {
    return new StoryClusterer.Document(
        id, id, new float[] {x, y}, org.newsgraph.link.vectors.SparseVector.EMPTY, Set.of(), T);
  }
}

package org.newsgraph.link.stories;

import java.io.IOException;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.newsgraph.link.state.StateReader;
import org.newsgraph.link.state.StateWriter;
import org.newsgraph.link.vectors.TermVectors;
import org.newsgraph.link.vectors.TextEmbedder;

/**
 * The story step of the link stage: the costly part, embedding an article's headline and lead, runs
 * on any worker thread ({@link #embed}); placing it in a story runs on the one writer thread in
 * arrival order ({@link #place}), so a run gives the same stories whatever the thread timing.
 */
public final class StoryLinker {

  /** How many words of the body go with the headline into the embedding. */
  private static final int LEAD_WORDS = 60;

  /** An article as the story step sees it. */
  public record Input(
      String id, String title, String text, @Nullable Instant published, Set<String> entities) {
    public Input {
      Objects.requireNonNull(id, "id");
      title = title == null ? "" : title;
      text = text == null ? "" : text;
      // sorted: the entity overlap sums over them, and a replay must add in the same order
      entities = Collections.unmodifiableSortedSet(new TreeSet<>(entities));
    }
  }

  private final TextEmbedder embedder;
  private final TermVectors terms = new TermVectors();
  private final StoryClusterer clusterer;

  public StoryLinker(TextEmbedder embedder, StoryClusterer.Options options) {
    this.embedder = Objects.requireNonNull(embedder, "embedder");
    this.clusterer = new StoryClusterer(options, embedder.baseline());
  }

  /** The dense vector of an article's headline and lead; thread-safe. */
  public float[] embed(Input in) {
    String lead = lead(in.text());
    return embedder.embed(lead.isEmpty() ? in.title() : in.title() + "\n" + lead);
  }

  /**
   * Where an article was placed.
   *
   * @param storyId its story
   * @param label the story's label now
   * @param absorbed stories merged into it by this article, which no longer exist
   * @param splits stories this article split, in order: earlier articles that moved to a new story
   */
  public record Placement(
      String storyId,
      String label,
      @Nullable Instant firstSeen,
      @Nullable Instant lastSeen,
      List<String> absorbed,
      List<StoryClusterer.Split> splits) {}

  /** Places an article, with the vector {@link #embed} gave it. */
  public synchronized Placement place(Input in, float[] embedding) {
    String id =
        clusterer.add(
            new StoryClusterer.Document(
                in.id(),
                in.title(),
                embedding,
                terms.add(in.title(), in.text()),
                in.entities(),
                in.published()));
    StoryClusterer.Story story = clusterer.story(id);
    return new Placement(
        id,
        story.label(),
        story.first(),
        story.last(),
        clusterer.lastAbsorbed(),
        clusterer.lastSplits());
  }

  /**
   * Writes the word statistics and the stories, so that a linker that {@link #readFrom reads} them
   * places what follows as this one would.
   */
  public synchronized void writeTo(StateWriter out) throws IOException {
    terms.writeTo(out);
    clusterer.writeTo(out);
  }

  /** Takes the state {@link #writeTo} wrote; for a linker that has placed nothing yet. */
  public synchronized void readFrom(StateReader in) throws IOException {
    terms.readFrom(in);
    clusterer.readFrom(in);
  }

  /** The story article {@code id} is in now. */
  public synchronized @Nullable String storyOf(String id) {
    return clusterer.storyOf(id);
  }

  /** The clusterer, for reading its stories. */
  public StoryClusterer clusterer() {
    return clusterer;
  }

  private static String lead(String text) {
    int words = 0;
    int i = 0;
    int n = text.length();
    while (i < n && words < LEAD_WORDS) {
      while (i < n && Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      while (i < n && !Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      words++;
    }
    return text.substring(0, i).strip();
  }
}

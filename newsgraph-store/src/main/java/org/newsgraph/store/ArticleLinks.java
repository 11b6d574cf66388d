package org.newsgraph.store;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What the link stage decided for one article, to store with it.
 *
 * @param embedding the article's unit-length dense vector
 * @param minhash its MinHash signature
 * @param entities the entity keys the story clusterer used
 * @param nearCopyOf the earlier article whose text it nearly copies, if any (exact copies are found
 *     by fingerprint when the article is stored)
 * @param story the story it was placed in, as it stands after placing it
 */
public record ArticleLinks(
    float[] embedding,
    int[] minhash,
    List<String> entities,
    @Nullable String nearCopyOf,
    StoryState story) {

  public ArticleLinks {
    Objects.requireNonNull(embedding, "embedding");
    Objects.requireNonNull(minhash, "minhash");
    entities = List.copyOf(entities);
    Objects.requireNonNull(story, "story");
  }

  /**
   * A story after an article joined it.
   *
   * @param absorbed ids of stories merged into this one by the article, which cease to exist
   * @param splits stories the article split, applied before the merges
   */
  public record StoryState(
      String id,
      String label,
      @Nullable Instant firstSeen,
      @Nullable Instant lastSeen,
      List<String> absorbed,
      List<Split> splits) {
    public StoryState {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(label, "label");
      absorbed = List.copyOf(absorbed);
      splits = List.copyOf(splits);
    }

    /** A story state that split nothing. */
    public StoryState(
        String id,
        String label,
        @Nullable Instant firstSeen,
        @Nullable Instant lastSeen,
        List<String> absorbed) {
      this(id, label, firstSeen, lastSeen, absorbed, List.of());
    }
  }

  /** A story's headline label and time span, as the stories table holds them. */
  public record StoryRow(
      String id, String label, @Nullable Instant firstSeen, @Nullable Instant lastSeen) {
    public StoryRow {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(label, "label");
    }
  }

  /**
   * Earlier articles moved out of one story into a new one.
   *
   * @param from the story they left, as it stands after the split (its id is unchanged)
   * @param to the story the split started
   * @param moved the articles now in {@code to}
   */
  public record Split(StoryRow from, StoryRow to, List<String> moved) {
    public Split {
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
      moved = List.copyOf(moved);
    }
  }
}

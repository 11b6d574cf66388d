package org.newsgraph.link.stories;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.newsgraph.link.vectors.SparseVector;

/**
 * Groups a stream of articles into stories, one article at a time in arrival order: an article
 * joins the story it is most similar to when the similarity clears a threshold, else it starts a
 * story of its own; when a story grows close enough to another, the two merge under the older one's
 * id. Similarity mixes the meaning of the headline and lead (dense embeddings), the words (TF-IDF,
 * headline words counting double), the named entities when known, and time: stories fade over days,
 * so a new article about the same place a month later starts a new story.
 *
 * <p>Not thread-safe: one writer feeds it in order, which also makes the result reproducible.
 */
public final class StoryClusterer {

  /**
   * How the clusterer decides.
   *
   * @param threshold the similarity at or above which an article joins a story
   * @param mergeThreshold the similarity of two stories' centroids at which they merge
   * @param embeddingWeight share of the dense-vector similarity (the rest is words and entities)
   * @param entityWeight share of entity overlap when both sides have entities
   * @param halfLifeDays days after a story's last article at which its pull halves
   */
  public record Options(
      double threshold,
      double mergeThreshold,
      double embeddingWeight,
      double entityWeight,
      double halfLifeDays) {

    /** Defaults tuned on the development half of the headline benchmark (see BENCHMARKS.md). */
    public static Options defaults() {
      return new Options(0.46, 0.65, 0.7, 0.15, 3);
    }
  }

  /**
   * One article to place.
   *
   * @param embedding its unit-length dense vector
   * @param terms its TF-IDF vector, unit length
   * @param entities ids of the entities it names (may be empty)
   * @param published when it was published, if known
   */
  public record Document(
      String id,
      String title,
      float[] embedding,
      SparseVector terms,
      Set<String> entities,
      @Nullable Instant published) {}

  private final Options options;
  private final Map<String, Story> stories = new LinkedHashMap<>();
  private final Map<String, String> storyOf = new HashMap<>();
  private final Map<String, String> mergedInto = new HashMap<>();
  private int sequence;
  private final List<String> absorbed = new ArrayList<>();

  public StoryClusterer(Options options) {
    this.options = options;
  }

  /** Places {@code d} and returns the id of its story. */
  public String add(Document d) {
    absorbed.clear();
    Story best = null;
    double bestScore = -1;
    for (Story s : stories.values()) {
      double score = similarity(d, s);
      if (score > bestScore) {
        bestScore = score;
        best = s;
      }
    }
    if (best == null || bestScore < options.threshold()) {
      best = new Story("s" + (++sequence), d);
      stories.put(best.id, best);
    } else {
      best.add(d);
    }
    storyOf.put(d.id(), best.id);
    mergeAround(best);
    return storyOf(d.id()); // the story may have merged into an older one
  }

  /** The stories that ceased to exist during the last {@link #add}, merged into another. */
  public List<String> lastAbsorbed() {
    return List.copyOf(absorbed);
  }

  /** The story with id {@code id}, if it exists now. */
  public @Nullable Story story(String id) {
    return stories.get(id);
  }

  /** The story article {@code id} is in now (stories merge, so this can change). */
  public @Nullable String storyOf(String id) {
    String s = storyOf.get(id);
    while (s != null && mergedInto.containsKey(s)) {
      s = mergedInto.get(s);
    }
    return s;
  }

  /** The current stories. */
  public Collection<Story> stories() {
    return stories.values();
  }

  /** How many stories there are now. */
  public int size() {
    return stories.size();
  }

  private void mergeAround(Story grown) {
    Story target = grown;
    boolean merged = true;
    while (merged) {
      merged = false;
      for (Story other : List.copyOf(stories.values())) {
        if (other == target || !recent(other, target)) {
          continue;
        }
        if (centroidSimilarity(target, other) >= options.mergeThreshold()) {
          Story keep = other.sequence < target.sequence ? other : target;
          Story gone = keep == other ? target : other;
          keep.absorb(gone);
          stories.remove(gone.id);
          mergedInto.put(gone.id, keep.id);
          absorbed.add(gone.id);
          target = keep;
          merged = true;
          break;
        }
      }
    }
  }

  private boolean recent(Story a, Story b) {
    if (a.last == null || b.last == null) {
      return true;
    }
    return Math.abs(Duration.between(a.last, b.last).toHours()) < 24 * 30;
  }

  private double similarity(Document d, Story s) {
    double dense = cosine(d.embedding(), s.embeddingSum, s.embeddingNorm());
    double words = sparseCosine(d.terms(), s.terms, s.termsNorm());
    double score;
    if (!d.entities().isEmpty() && !s.entities.isEmpty()) {
      double entities = entityOverlap(d.entities(), s.entities, s.members.size());
      double rest = 1 - options.entityWeight();
      score =
          rest * (options.embeddingWeight() * dense + (1 - options.embeddingWeight()) * words)
              + options.entityWeight() * entities;
    } else {
      score = options.embeddingWeight() * dense + (1 - options.embeddingWeight()) * words;
    }
    return score * decay(d.published(), s.last);
  }

  private double centroidSimilarity(Story a, Story b) {
    double dense = cosine(a.embeddingSum, a.embeddingNorm(), b.embeddingSum, b.embeddingNorm());
    double words = sparseCentroidCosine(a, b);
    return options.embeddingWeight() * dense + (1 - options.embeddingWeight()) * words;
  }

  private double decay(@Nullable Instant published, @Nullable Instant last) {
    if (published == null || last == null) {
      return 1;
    }
    double days = Math.abs(Duration.between(last, published).toMinutes()) / (60.0 * 24);
    // a day's grace: coverage of one event spreads over a day or two without losing pull
    return Math.pow(0.5, Math.max(0, days - 1) / options.halfLifeDays());
  }

  private static double cosine(float[] unit, float[] sum, double sumNorm) {
    if (sumNorm == 0) {
      return 0;
    }
    double dot = 0;
    for (int i = 0; i < unit.length; i++) {
      dot += unit[i] * sum[i];
    }
    return dot / sumNorm;
  }

  private static double cosine(float[] a, double na, float[] b, double nb) {
    if (na == 0 || nb == 0) {
      return 0;
    }
    double dot = 0;
    for (int i = 0; i < a.length; i++) {
      dot += a[i] * b[i];
    }
    return dot / (na * nb);
  }

  private static double sparseCosine(SparseVector v, Map<Integer, Float> sum, double sumNorm) {
    if (sumNorm == 0) {
      return 0;
    }
    double dot = 0;
    int[] terms = v.terms();
    float[] weights = v.weights();
    for (int i = 0; i < terms.length; i++) {
      Float w = sum.get(terms[i]);
      if (w != null) {
        dot += weights[i] * w;
      }
    }
    return dot / sumNorm;
  }

  private static double sparseCentroidCosine(Story a, Story b) {
    Story small = a.terms.size() <= b.terms.size() ? a : b;
    Story large = small == a ? b : a;
    double na = small.termsNorm();
    double nb = large.termsNorm();
    if (na == 0 || nb == 0) {
      return 0;
    }
    double dot = 0;
    for (Map.Entry<Integer, Float> e : small.terms.entrySet()) {
      Float w = large.terms.get(e.getKey());
      if (w != null) {
        dot += e.getValue() * w;
      }
    }
    return dot / (na * nb);
  }

  /** Share of the article's entities the story's articles name, weighted by how often. */
  private static double entityOverlap(Set<String> mine, Map<String, Integer> theirs, int size) {
    double sum = 0;
    for (String e : mine) {
      Integer n = theirs.get(e);
      if (n != null) {
        sum += Math.min(1.0, 2.0 * n / size);
      }
    }
    return sum / mine.size();
  }

  /** A story being built: centroid sums, members in arrival order, times. */
  public static final class Story {
    private final String id;
    private final int sequence;
    private final float[] embeddingSum;
    private final Map<Integer, Float> terms = new HashMap<>();
    private final Map<String, Integer> entities = new HashMap<>();
    private final List<Member> members = new ArrayList<>();
    private String labelTitle = "";
    private float @Nullable [] labelEmbedding;
    private @Nullable Instant first;
    private @Nullable Instant last;
    private double embeddingNorm = -1;
    private double termsNorm = -1;

    Story(String id, Document d) {
      this.id = id;
      this.sequence = Integer.parseInt(id.substring(1));
      this.embeddingSum = new float[d.embedding().length];
      add(d);
    }

    /** The story's id: stable for as long as the story lives, kept by merges. */
    public String id() {
      return id;
    }

    /** Its articles, in arrival order. */
    public List<Member> members() {
      return List.copyOf(members);
    }

    public @Nullable Instant first() {
      return first;
    }

    public @Nullable Instant last() {
      return last;
    }

    /**
     * The headline of the member closest to the story's centroid, as it stood when that member or a
     * rival was last weighed: each new member is compared with the current label against the
     * updated centroid, so no member's vector needs to be kept.
     */
    public String label() {
      return labelTitle;
    }

    private void weighLabel(String title, float[] embedding) {
      double norm = embeddingNorm();
      if (labelEmbedding == null
          || cosine(embedding, embeddingSum, norm) > cosine(labelEmbedding, embeddingSum, norm)) {
        labelTitle = title;
        labelEmbedding = embedding;
      }
    }

    void add(Document d) {
      float[] v = d.embedding();
      for (int i = 0; i < v.length; i++) {
        embeddingSum[i] += v[i];
      }
      int[] t = d.terms().terms();
      float[] w = d.terms().weights();
      for (int i = 0; i < t.length; i++) {
        terms.merge(t[i], w[i], Float::sum);
      }
      for (String e : d.entities()) {
        entities.merge(e, 1, Integer::sum);
      }
      members.add(new Member(d.id(), d.title(), d.published()));
      embeddingNorm = -1;
      weighLabel(d.title(), d.embedding());
      if (d.published() != null) {
        first = first == null || d.published().isBefore(first) ? d.published() : first;
        last = last == null || d.published().isAfter(last) ? d.published() : last;
      }
      embeddingNorm = -1;
      termsNorm = -1;
    }

    void absorb(Story other) {
      for (int i = 0; i < embeddingSum.length; i++) {
        embeddingSum[i] += other.embeddingSum[i];
      }
      other.terms.forEach((k, v) -> terms.merge(k, v, Float::sum));
      other.entities.forEach((k, v) -> entities.merge(k, v, Integer::sum));
      members.addAll(other.members);
      members.sort(
          (a, b) ->
              a.published == null || b.published == null ? 0 : a.published.compareTo(b.published));
      if (other.first != null && (first == null || other.first.isBefore(first))) {
        first = other.first;
      }
      if (other.last != null && (last == null || other.last.isAfter(last))) {
        last = other.last;
      }
      embeddingNorm = -1;
      termsNorm = -1;
      if (other.labelEmbedding != null) {
        weighLabel(other.labelTitle, other.labelEmbedding);
      }
    }

    double embeddingNorm() {
      if (embeddingNorm < 0) {
        double s = 0;
        for (float x : embeddingSum) {
          s += (double) x * x;
        }
        embeddingNorm = Math.sqrt(s);
      }
      return embeddingNorm;
    }

    double termsNorm() {
      if (termsNorm < 0) {
        double s = 0;
        for (float x : terms.values()) {
          s += (double) x * x;
        }
        termsNorm = Math.sqrt(s);
      }
      return termsNorm;
    }
  }

  /** A story's article. */
  public record Member(String id, String title, @Nullable Instant published) {}
}

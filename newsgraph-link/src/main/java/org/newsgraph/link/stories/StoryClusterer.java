package org.newsgraph.link.stories;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.util.VectorUtil;
import org.jspecify.annotations.Nullable;
import org.newsgraph.link.state.StateReader;
import org.newsgraph.link.state.StateWriter;
import org.newsgraph.link.vectors.SparseVector;

/**
 * Groups a stream of articles into stories, one article at a time in arrival order: an article
 * joins the story it is most similar to when the similarity clears a threshold, else it starts a
 * story of its own; when a story grows close enough to another, the two merge under the older one's
 * id; when a grown story's articles fall into two groups less alike than stories that merge, the
 * group without the story's first article splits off as a new story. Similarity mixes the meaning
 * of the headline and lead (dense embeddings), the words (TF-IDF, headline words counting double),
 * the named entities when known, and time: stories fade over days, so a new article about the same
 * place a month later starts a new story.
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
   * @param splitThreshold the similarity of a story's two halves under which they part; below
   *     {@code mergeThreshold}, so parted halves do not merge straight back
   */
  public record Options(
      double threshold,
      double mergeThreshold,
      double embeddingWeight,
      double entityWeight,
      double halfLifeDays,
      double splitThreshold) {

    public Options {
      if (splitThreshold > mergeThreshold) {
        throw new IllegalArgumentException(
            "splitThreshold "
                + splitThreshold
                + " is above mergeThreshold "
                + mergeThreshold
                + ": parted halves would merge straight back");
      }
    }

    /**
     * Options whose halves part midway between {@code threshold} and {@code mergeThreshold}: less
     * alike than any two stories that merge, and with room on both sides so a story does not flip
     * between split and merged as articles trickle in.
     */
    public Options(
        double threshold,
        double mergeThreshold,
        double embeddingWeight,
        double entityWeight,
        double halfLifeDays) {
      this(
          threshold,
          mergeThreshold,
          embeddingWeight,
          entityWeight,
          halfLifeDays,
          (Math.min(threshold, mergeThreshold) + mergeThreshold) / 2);
    }

    /** Defaults tuned on the development half of the headline benchmark (see BENCHMARKS.md). */
    public static Options defaults() {
      return new Options(0.2, 0.35, 0.6, 0.15, 3);
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

  /**
   * Articles moved out of story {@code from} into story {@code to}, which the split started. The
   * stories are the live ones: a merge later in the same placement may have grown one or absorbed
   * it (then {@link #lastAbsorbed} names it).
   */
  public record Split(Story from, Story to, List<String> moved) {
    public Split {
      moved = List.copyOf(moved);
    }
  }

  /**
   * The size at which a story is first looked at for a split; it is looked at again each doubling.
   */
  private static final int SPLIT_FROM = 8;

  /**
   * Arrivals after which a story that drew none of them lets go of its articles' vectors, and with
   * them of splitting: dated stories are let go of whole long before, but undated ones never are,
   * and without this their vectors would grow with every article seen.
   */
  private static final long IDLE_ARRIVALS = 50_000;

  /** Rounds of two-means refinement when looking for a split; it settles in a few. */
  private static final int SPLIT_ROUNDS = 10;

  /** How many articles' worth the generic-text baseline counts for in the running mean. */
  private static final int PRIOR_WEIGHT = 50;

  /** The epoch second of an unknown time. */
  private static final long UNDATED = Long.MIN_VALUE;

  /** Rounding room for the bounds that skip stories: a bound must never cut a tie. */
  private static final double SLACK = 1e-6;

  private static final Comparator<Story> BY_LAST =
      Comparator.comparing((Story s) -> s.last).thenComparingInt(s -> s.sequence);

  private final Options options;
  private final Duration joinWindow;
  private final Map<String, Story> stories = new LinkedHashMap<>();
  // Dated stories by their last article, so a new article weighs only those whose decay still
  // lets it join: the cost per article follows the stories alive around its date, not all of them.
  private final NavigableSet<Story> dated = new TreeSet<>(BY_LAST);
  private final Set<Story> undated = new LinkedHashSet<>();
  private final Map<String, String> storyOf = new HashMap<>();
  private final Map<String, String> mergedInto = new HashMap<>();
  private int sequence;
  private int retired;
  private @Nullable Instant newest;
  private final List<String> absorbed = new ArrayList<>();
  private final List<Split> splits = new ArrayList<>();
  private long arrivals;
  private final long idleArrivals;
  private final StoryTermIndex termIndex = new StoryTermIndex();
  private int stamp;
  private int deadSinceSweep;
  // false only to check that the bounds the term index gives change no decision
  private final boolean bounded;

  /**
   * The dense vectors' mean, when the clusterer centres them: the mean of the articles seen so far,
   * started from a prior of generic text worth {@link #PRIOR_WEIGHT} articles.
   */
  private final double @Nullable [] meanSum;

  // the encoder's mean the running mean started from, to tell a saved state of another encoder
  private final float @Nullable [] baseline;

  private int seen;
  // the current mean, empty while nothing is centred
  private float[] meanFloats = new float[0];
  private double meanNorm2;
  private double articleMeanDot;
  private double articleNorm2;

  /** A clusterer that compares dense vectors as they are. */
  public StoryClusterer(Options options) {
    this(options, null);
  }

  /**
   * A clusterer that compares dense vectors after subtracting their mean. Sentence encoders put
   * every text in one narrow cone (unrelated headlines score a cosine near 0.5), so raw cosines say
   * little beyond "both are English"; measured from the mean of the stream, they spread out and the
   * stories separate better (see BENCHMARKS.md). The mean starts at {@code baseline}, the encoder's
   * mean over generic text, so the first few articles of a new store are not compared against a
   * mean of themselves.
   *
   * @param baseline the encoder's mean vector over generic text, or null not to centre
   */
  public StoryClusterer(Options options, float @Nullable [] baseline) {
    this(options, baseline, true, IDLE_ARRIVALS);
  }

  /**
   * A clusterer that weighs every story in an article's window in full, without the bounds of the
   * term index and of the article's own placement: slower, with the same decisions. For tests.
   */
  static StoryClusterer exhaustive(Options options, float @Nullable [] baseline) {
    return new StoryClusterer(options, baseline, false, IDLE_ARRIVALS);
  }

  /**
   * A clusterer that lets go of a story's article vectors after {@code idle} arrivals. For tests.
   */
  static StoryClusterer withIdleHorizon(Options options, long idle) {
    return new StoryClusterer(options, null, true, idle);
  }

  private StoryClusterer(
      Options options, float @Nullable [] baseline, boolean bounded, long idleArrivals) {
    this.bounded = bounded;
    this.idleArrivals = idleArrivals;
    this.options = options;
    this.joinWindow = joinWindow(options);
    this.baseline = baseline == null ? null : baseline.clone();
    if (baseline == null) {
      this.meanSum = null;
    } else {
      this.meanSum = new double[baseline.length];
      for (int i = 0; i < baseline.length; i++) {
        meanSum[i] = PRIOR_WEIGHT * baseline[i];
      }
    }
  }

  /**
   * How far apart in time an article and a story's last article can be while the decayed similarity
   * can still reach the threshold: past it the decay alone keeps the score below.
   */
  private static Duration joinWindow(Options o) {
    if (o.threshold() <= 0 || o.halfLifeDays() <= 0) {
      return o.threshold() <= 0 ? ChronoUnit.FOREVER.getDuration() : Duration.ofDays(1);
    }
    double days = 1 + o.halfLifeDays() * Math.log(1 / o.threshold()) / Math.log(2);
    return Duration.ofMinutes((long) Math.ceil(days * 24 * 60) + 1);
  }

  /**
   * Writes everything later placements depend on: the running mean, the id counter, which story
   * each article is in, which stories merged into which, and every live story whole (centroids,
   * entity counts, label, times, and its articles' vectors while it keeps them). A clusterer that
   * {@link #readFrom reads} it places the articles that follow exactly as this one would.
   */
  public void writeTo(StateWriter out) throws IOException {
    out.section("stories", 1);
    writeSettings(out);
    out.writeBoolean(meanSum != null);
    if (meanSum != null) {
      out.writeDoubles(meanSum);
    }
    out.writeInt(seen);
    out.writeInt(sequence);
    out.writeInt(retired);
    out.writeInstant(newest);
    out.writeLong(arrivals);
    writeMap(out, storyOf);
    writeMap(out, mergedInto);
    out.writeInt(stories.size());
    for (Story s : stories.values()) {
      s.writeTo(out);
    }
  }

  /**
   * Takes the state {@link #writeTo} wrote, in place of none: for a clusterer that has placed
   * nothing yet, made with the same options and baseline as the one that wrote it (otherwise the
   * saved stories would not be the ones this clusterer would have built, and this throws).
   */
  public void readFrom(StateReader in) throws IOException {
    if (arrivals != 0 || !stories.isEmpty() || seen != 0) {
      throw new IllegalStateException("the clusterer has placed articles already");
    }
    in.section("stories", 1);
    readSettings(in);
    if (in.readBoolean() != (meanSum != null)) {
      throw new IOException("saved stories were centred differently");
    }
    if (meanSum != null) {
      double[] saved = in.readDoubles();
      if (saved.length != meanSum.length) {
        throw new IOException("saved stories have vectors of another length");
      }
      System.arraycopy(saved, 0, meanSum, 0, saved.length);
    }
    seen = in.readInt();
    sequence = in.readInt();
    retired = in.readInt();
    newest = in.readInstant();
    arrivals = in.readLong();
    readMap(in, storyOf);
    readMap(in, mergedInto);
    int n = in.readCount();
    for (int i = 0; i < n; i++) {
      live(Story.readFrom(in));
    }
  }

  private void writeSettings(StateWriter out) throws IOException {
    out.writeDouble(options.threshold());
    out.writeDouble(options.mergeThreshold());
    out.writeDouble(options.embeddingWeight());
    out.writeDouble(options.entityWeight());
    out.writeDouble(options.halfLifeDays());
    out.writeDouble(options.splitThreshold());
    out.writeLong(idleArrivals);
    out.writeFloats(baseline);
  }

  private void readSettings(StateReader in) throws IOException {
    Options saved =
        new Options(
            in.readDouble(),
            in.readDouble(),
            in.readDouble(),
            in.readDouble(),
            in.readDouble(),
            in.readDouble());
    long idle = in.readLong();
    float[] savedBaseline = in.readFloats();
    if (!saved.equals(options) || idle != idleArrivals) {
      throw new IOException("saved stories were built with other settings: " + saved);
    }
    if (!Arrays.equals(savedBaseline, baseline)) {
      throw new IOException("saved stories were built with another encoder");
    }
  }

  private static void writeMap(StateWriter out, Map<String, String> map) throws IOException {
    out.writeInt(map.size());
    for (Map.Entry<String, String> e : map.entrySet()) {
      out.writeString(e.getKey());
      out.writeString(e.getValue());
    }
  }

  private static void readMap(StateReader in, Map<String, String> map) throws IOException {
    int n = in.readCount();
    for (int i = 0; i < n; i++) {
      map.put(in.readString(), in.readString());
    }
  }

  /** Places {@code d} and returns the id of its story. */
  public String add(Document d) {
    absorbed.clear();
    splits.clear();
    retireBefore(d.published());
    updateMean(d.embedding());
    Story best = null;
    double bestScore = -1;
    int query = ++stamp;
    SparseVector terms = d.terms();
    double common =
        bounded
            ? termIndex.accumulate(terms.terms(), terms.weights(), terms.norm(), query)
            : Double.POSITIVE_INFINITY;
    long at = d.published() == null ? UNDATED : d.published().getEpochSecond();
    for (Story s : candidates(d.published(), joinWindow)) {
      double score = similarity(d, at, s, Math.max(bestScore, options.threshold()), query, common);
      if (score > bestScore || (score == bestScore && best != null && s.sequence < best.sequence)) {
        bestScore = score;
        best = s;
      }
    }
    boolean started = best == null || bestScore < options.threshold();
    Member member = new Member(arrivals++, d);
    if (arrivals % Math.max(1, idleArrivals / 10) == 0) {
      releaseIdle();
    }
    if (started) {
      best = start("s" + (++sequence), List.of(member));
    } else {
      unindex(best);
      indexNewTerms(best, d.terms().terms());
      best.add(member);
      index(best);
    }
    storyOf.put(d.id(), best.id);
    if (!started && best.members != null && best.size >= best.nextSplitCheck) {
      best.nextSplitCheck = 2 * best.size;
      Story part = splitIfApart(best);
      if (part != null) {
        Story kept = stories.get(best.id);
        boolean moved = storyOf.get(d.id()).equals(part.id);
        best = moved ? part : kept;
        // the half without the article has a new centroid too: it may now belong with another
        mergeAround(moved ? kept : part, -1);
      }
    }
    mergeAround(best, started && bounded ? query : -1);
    return storyOf(d.id()); // the story may have merged into an older one
  }

  /** The stories that ceased to exist during the last {@link #add}, merged into another. */
  public List<String> lastAbsorbed() {
    return List.copyOf(absorbed);
  }

  /** Lets the stories no recent article joined go of their articles' vectors. */
  private void releaseIdle() {
    for (Story s : stories.values()) {
      if (s.members != null
          && !s.members.isEmpty()
          && s.members.get(s.members.size() - 1).arrival() < arrivals - idleArrivals) {
        s.members = null;
      }
    }
  }

  /** The splits the last {@link #add} caused, in order. */
  public List<Split> lastSplits() {
    return List.copyOf(splits);
  }

  /** A story of {@code members}, in arrival order, under {@code id}; not yet live. */
  private static Story story(String id, List<Member> members) {
    Story s = new Story(id, members.get(0));
    for (int i = 1; i < members.size(); i++) {
      s.add(members.get(i));
    }
    return s;
  }

  /** A new live story of {@code members}, indexed, under {@code id}. */
  private Story start(String id, List<Member> members) {
    return live(story(id, members));
  }

  /** Makes {@code s} live: listed, indexed by time and by its terms. */
  private Story live(Story s) {
    for (int t : s.terms.terms()) {
      termIndex.add(t, s);
    }
    stories.put(s.id, s);
    index(s);
    return s;
  }

  /**
   * Looks for two groups among {@code story}'s articles (two-means over the same mix of dense and
   * word similarity that places articles, seeded with its first article and the one least like it)
   * and, when the groups' centroids are less alike than {@link Options#splitThreshold}, splits the
   * story: the group with the first article keeps the id, the other becomes a new story.
   * Single-pass clustering chains (each article close enough to the centroid of the moment while
   * the centroid drifts), and this is where the chain is cut once the evidence shows it.
   *
   * @return the new story, or null when the story holds together
   */
  private @Nullable Story splitIfApart(Story story) {
    List<Member> members = story.members;
    int n = members.size();
    double w = options.embeddingWeight();
    float[][] dense = new float[n][];
    for (int i = 0; i < n; i++) {
      dense[i] = unitFromMean(members.get(i).document().embedding());
    }
    boolean[] second = new boolean[n];
    TermCentroid firstTerms = new TermCentroid();
    firstTerms.add(members.get(0).document().terms());
    int far = 0;
    double farthest = Double.POSITIVE_INFINITY;
    for (int i = 1; i < n; i++) {
      double sim =
          w * dot(dense[0], dense[i]) + (1 - w) * firstTerms.dot(members.get(i).document().terms());
      if (sim < farthest) {
        farthest = sim;
        far = i;
      }
    }
    second[far] = true;
    for (int round = 0; round < SPLIT_ROUNDS; round++) {
      float[] sumA = new float[dense[0].length];
      float[] sumB = new float[dense[0].length];
      TermCentroid termsA = new TermCentroid();
      TermCentroid termsB = new TermCentroid();
      for (int i = 0; i < n; i++) {
        float[] sum = second[i] ? sumB : sumA;
        for (int k = 0; k < sum.length; k++) {
          sum[k] += dense[i][k];
        }
        (second[i] ? termsB : termsA).add(members.get(i).document().terms());
      }
      double lengthA = TermCentroid.length(sumA);
      double lengthB = TermCentroid.length(sumB);
      boolean changed = false;
      for (int i = 0; i < n; i++) {
        SparseVector t = members.get(i).document().terms();
        double toA =
            w * cosine(dense[i], sumA, lengthA)
                + (1 - w) * (termsA.norm() == 0 ? 0 : termsA.dot(t) / termsA.norm());
        double toB =
            w * cosine(dense[i], sumB, lengthB)
                + (1 - w) * (termsB.norm() == 0 ? 0 : termsB.dot(t) / termsB.norm());
        boolean b = toB > toA;
        changed |= b != second[i];
        second[i] = b;
      }
      if (!changed) {
        break;
      }
    }
    List<Member> keep = new ArrayList<>();
    List<Member> part = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      (second[i] == second[0] ? keep : part).add(members.get(i));
    }
    if (Math.min(keep.size(), part.size()) < Math.max(2, n / 10)) {
      return null;
    }
    Story kept = story(story.id, keep);
    Story split = story("s" + (sequence + 1), part);
    if (centroidSimilarity(kept, split, Double.NEGATIVE_INFINITY, -1, Double.POSITIVE_INFINITY)
        >= options.splitThreshold()) {
      return null;
    }
    sequence++;
    unindex(story);
    stories.remove(story.id);
    die(story);
    kept.nextSplitCheck = Math.max(SPLIT_FROM, story.nextSplitCheck);
    split.nextSplitCheck = Math.max(SPLIT_FROM, 2 * split.size);
    live(kept);
    live(split);
    List<String> moved = new ArrayList<>(part.size());
    for (Member m : part) {
      storyOf.put(m.document().id(), split.id);
      moved.add(m.document().id());
    }
    splits.add(new Split(kept, split, moved));
    return split;
  }

  /** {@code v} less the running mean, unit length; {@code v} itself when nothing is centred. */
  private float[] unitFromMean(float[] v) {
    float[] out = v.clone();
    if (meanFloats.length == v.length) {
      for (int i = 0; i < out.length; i++) {
        out[i] -= meanFloats[i];
      }
    }
    double length = TermCentroid.length(out);
    if (length > 0) {
      for (int i = 0; i < out.length; i++) {
        out[i] /= (float) length;
      }
    }
    return out;
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

  /** The stories held in memory now (see {@link #retired}). */
  public Collection<Story> stories() {
    return stories.values();
  }

  StoryTermIndex termIndex() {
    return termIndex;
  }

  /** How many articles it has placed. */
  public long placed() {
    return arrivals;
  }

  /** How many stories are held in memory now. */
  public int size() {
    return stories.size();
  }

  /** How many stories have been let go of because no new article could reach them. */
  public int retired() {
    return retired;
  }

  /**
   * Lets go of the stories whose last article is more than two join windows older than the newest
   * article seen: an article in order cannot reach them, and keeping them would make the state grow
   * with every story ever seen instead of with the stories alive. The catalog still has them; only
   * an article dated far back (a backfill) misses them and starts a story of its own.
   */
  private void retireBefore(@Nullable Instant published) {
    if (published == null || joinWindow.compareTo(ChronoUnit.FOREVER.getDuration()) >= 0) {
      return;
    }
    if (newest != null && !published.isAfter(newest)) {
      return;
    }
    newest = published;
    NavigableSet<Story> old =
        dated.headSet(Story.probe(published.minus(joinWindow.multipliedBy(2)), 0), false);
    for (Story s : old) {
      stories.remove(s.id);
      die(s);
      retired++;
    }
    old.clear();
  }

  /**
   * Merges {@code grown} with the oldest story its centroid has come close enough to, and so on.
   *
   * @param placed the stamp of the placement that just started {@code grown} from one article, or
   *     -1: a story of one article is that article, so what its placement found bounds each story
   *     it can merge with, and most need no product of their own
   */
  private void mergeAround(Story grown, int placed) {
    Story target = grown;
    boolean merged = true;
    while (merged) {
      merged = false;
      Story partner = null;
      int query = ++stamp;
      TermCentroid terms = target.terms;
      double common =
          bounded
              ? termIndex.accumulate(terms.terms(), terms.weights(), terms.norm(), query)
                  / Math.max(terms.norm(), Double.MIN_NORMAL)
              : Double.POSITIVE_INFINITY;
      // stories further apart in time than an article can reach could not have drawn each
      // other's articles either, so they are not merged
      for (Story other : candidates(target.last, joinWindow)) {
        if (other.placedStamp == placed && other.placedCore < options.mergeThreshold() - SLACK) {
          continue;
        }
        if (other != target
            && centroidSimilarity(target, other, options.mergeThreshold(), query, common)
                >= options.mergeThreshold()
            && (partner == null || other.sequence < partner.sequence)) {
          partner = other;
        }
      }
      if (partner != null) {
        Story keep = partner.sequence < target.sequence ? partner : target;
        Story gone = keep == partner ? target : partner;
        unindex(keep);
        unindex(gone);
        indexNewTerms(keep, gone.terms.terms());
        keep.absorb(gone);
        die(gone);
        index(keep);
        stories.remove(gone.id);
        mergedInto.put(gone.id, keep.id);
        absorbed.add(gone.id);
        target = keep;
        placed = -1;
        merged = true;
      }
    }
  }

  /**
   * The stories whose last article lies within {@code window} of {@code at}, and the undated ones;
   * all stories when {@code at} is unknown. A view where it can be (callers change no index while
   * they walk it): at a million articles a year thousands of stories lie in an article's window,
   * and copying them cost as much as a tenth of the placement.
   */
  private Collection<Story> candidates(@Nullable Instant at, Duration window) {
    if (at == null || window.compareTo(ChronoUnit.FOREVER.getDuration()) >= 0) {
      return stories.values();
    }
    Story from = Story.probe(at.minus(window), Integer.MIN_VALUE);
    Story to = Story.probe(at.plus(window), Integer.MAX_VALUE);
    NavigableSet<Story> near = dated.subSet(from, true, to, true);
    if (undated.isEmpty()) {
      return near;
    }
    List<Story> out = new ArrayList<>(undated);
    out.addAll(near);
    return out;
  }

  /** Marks {@code s} merged away or let go of, and sweeps the term index now and then. */
  private void die(Story s) {
    s.alive = false;
    s.members = null;
    if (++deadSinceSweep > Math.max(1_000, stories.size())) {
      termIndex.dropDead();
      deadSinceSweep = 0;
    }
  }

  /** Records in the term index the terms of {@code terms} that {@code s} does not hold yet. */
  private void indexNewTerms(Story s, int[] terms) {
    for (int t : terms) {
      if (!s.terms.contains(t)) {
        termIndex.add(t, s);
      }
    }
  }

  private void index(Story s) {
    if (s.last == null) {
      undated.add(s);
    } else {
      dated.add(s);
    }
  }

  private void unindex(Story s) {
    if (s.last == null) {
      undated.remove(s);
    } else {
      dated.remove(s);
    }
  }

  /**
   * The decayed similarity of an article to a story, or negative infinity as soon as it is clear
   * that it cannot reach {@code floor}: the dense part and the term index's bound on the words
   * (entities count as at most 1) spare the sparse products for most stories.
   */
  private double similarity(Document d, long at, Story s, double floor, int query, double common) {
    double decay = decay(at, s.lastSecond);
    boolean withEntities = !d.entities().isEmpty() && !s.entities.isEmpty();
    double entityWeight = withEntities ? options.entityWeight() : 0;
    double w = options.embeddingWeight();
    double norm = s.terms.norm();
    // the words' share is bounded by the rarer terms' products, summed by the term index, plus
    // what the commoner ones could add at most
    double wordsBound =
        norm == 0 ? 0 : Math.min(1, (s.stamp == query ? s.partial / norm : 0) + common);
    s.placedStamp = query;
    // every story in the window gets its dense product even when the decay alone would rule it
    // out: the merge check that follows needs the product with the mean it carries forward
    double dense =
        meanFloats.length == 0
            ? cosine(d.embedding(), s.embeddingSum, s.embeddingNorm())
            : centredCosine(d.embedding(), s);
    s.placedCore = w * dense + (1 - w) * wordsBound;
    if (((1 - entityWeight) * s.placedCore + entityWeight) * decay < floor - SLACK) {
      return Double.NEGATIVE_INFINITY;
    }
    double words = norm == 0 ? 0 : s.terms.dot(d.terms()) / norm;
    s.placedCore = w * dense + (1 - w) * words;
    double score = (1 - entityWeight) * (w * dense + (1 - w) * words);
    if (withEntities) {
      score += entityWeight * entityOverlap(d.entities(), s.entities, s.size);
    }
    return score * decay;
  }

  /** Like {@link #similarity} for two stories' centroids, without decay. */
  private double centroidSimilarity(Story a, Story b, double floor, int query, double common) {
    double w = options.embeddingWeight();
    double dense =
        meanFloats.length == 0
            ? cosine(a.embeddingSum, a.embeddingNorm(), b.embeddingSum, b.embeddingNorm())
            : centredCosine(a, b);
    double na = a.terms.norm();
    double nb = b.terms.norm();
    double wordsBound =
        na == 0 || nb == 0
            ? 0
            : Math.min(1, (b.stamp == query ? b.partial / (na * nb) : 0) + common);
    if (w * dense + (1 - w) * wordsBound < floor - SLACK) {
      return Double.NEGATIVE_INFINITY;
    }
    double words = na == 0 || nb == 0 ? 0 : a.terms.dot(b.terms) / (na * nb);
    return w * dense + (1 - w) * words;
  }

  /** The pull of a story last seen at {@code last} on an article of {@code at} (epoch seconds). */
  private double decay(long at, long last) {
    if (at == UNDATED || last == UNDATED) {
      return 1;
    }
    // whole minutes, as before, without a Duration per story
    double days = Math.abs((at - last) / 60) / (60.0 * 24);
    // a day's grace: coverage of one event spreads over a day or two without losing pull
    return Math.pow(0.5, Math.max(0, days - 1) / options.halfLifeDays());
  }

  private void updateMean(float[] v) {
    if (meanSum == null || meanSum.length != v.length) {
      return;
    }
    seen++;
    if (meanFloats.length != v.length) {
      meanFloats = new float[v.length];
    }
    double n2 = 0;
    double xm = 0;
    for (int i = 0; i < v.length; i++) {
      meanSum[i] += v[i];
      double m = meanSum[i] / (PRIOR_WEIGHT + seen);
      meanFloats[i] = (float) m;
      n2 += m * m;
      xm += v[i] * m;
    }
    meanNorm2 = n2;
    articleMeanDot = xm;
    articleNorm2 = dot(v, v);
  }

  /**
   * Cosine of (x - mean) and (story centroid - mean), the centroid being the members' average; x is
   * the article being placed, whose products with itself and the mean {@link #updateMean} took.
   */
  private double centredCosine(float[] x, Story s) {
    double xs = dot(x, s.embeddingSum);
    double sm = sumDotMean(s, xs);
    double xm = articleMeanDot;
    double n = s.size;
    double ss = s.embeddingNorm() * s.embeddingNorm();
    double dot = xs / n - xm - sm / n + meanNorm2;
    double na = articleNorm2 - 2 * xm + meanNorm2;
    double nb = ss / (n * n) - 2 * sm / n + meanNorm2;
    return na <= 1e-12 || nb <= 1e-12 ? 0 : dot / Math.sqrt(na * nb);
  }

  /** Cosine of two stories' centroids, both taken from the mean. */
  private double centredCosine(Story a, Story b) {
    double ab = dot(a.embeddingSum, b.embeddingSum);
    double am = sumDotMean(a, Double.NaN);
    double bm = sumDotMean(b, Double.NaN);
    double na = a.size;
    double nb = b.size;
    double aa = a.embeddingNorm() * a.embeddingNorm();
    double bb = b.embeddingNorm() * b.embeddingNorm();
    double dot = ab / (na * nb) - am / na - bm / nb + meanNorm2;
    double la = aa / (na * na) - 2 * am / na + meanNorm2;
    double lb = bb / (nb * nb) - 2 * bm / nb + meanNorm2;
    return la <= 1e-12 || lb <= 1e-12 ? 0 : dot / Math.sqrt(la * lb);
  }

  /**
   * A story's sum times the running mean. The mean moves with every article, but by that article
   * only, so the product with the mean's sum is carried forward by adding {@code withArticle} (the
   * sum times the article, which placing it computes anyway) instead of being taken again over all
   * dimensions; it is taken afresh when the story changed or missed an article.
   */
  private double sumDotMean(Story s, double withArticle) {
    if (s.meanVersion == seen) {
      return s.sumDotMeanSum / (PRIOR_WEIGHT + seen);
    }
    if (s.meanVersion == seen - 1 && !Double.isNaN(withArticle)) {
      s.sumDotMeanSum += withArticle;
    } else {
      s.sumDotMeanSum = dot(s.embeddingSum, meanFloats) * (PRIOR_WEIGHT + seen);
    }
    s.meanVersion = seen;
    return s.sumDotMeanSum / (PRIOR_WEIGHT + seen);
  }

  private static double cosine(float[] unit, float[] sum, double sumNorm) {
    if (sumNorm == 0) {
      return 0;
    }
    return dot(unit, sum) / sumNorm;
  }

  private static double cosine(float[] a, double na, float[] b, double nb) {
    if (na == 0 || nb == 0) {
      return 0;
    }
    return dot(a, b) / (na * nb);
  }

  /**
   * Lucene's dot product: SIMD when the JVM runs with {@code --add-modules jdk.incubator.vector}
   * (as {@code ./newsgraph} does), an unrolled loop otherwise. This is most of the clusterer's time
   * at scale.
   */
  private static double dot(float[] a, float[] b) {
    return a.length == b.length ? VectorUtil.dotProduct(a, b) : 0;
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

  /** An article in a story, with when it arrived, so merged member lists keep arrival order. */
  private record Member(long arrival, Document document) {}

  /**
   * A story being built: centroid sums, size, times, and its articles' vectors while articles still
   * join it (a split needs them; stories no article can reach are let go of, and idle ones let go
   * of their vectors, so this grows with the stories alive, not with all articles seen).
   */
  public static final class Story {
    private final String id;
    private final int sequence;
    private final float[] embeddingSum;
    private final TermCentroid terms = new TermCentroid();
    private final Map<String, Integer> entities = new HashMap<>();
    // null once let go of (see IDLE_ARRIVALS): the story no longer splits
    private @Nullable List<Member> members;
    private int nextSplitCheck = SPLIT_FROM;
    private int size;
    private String labelTitle = "";
    private float @Nullable [] labelEmbedding;
    private @Nullable Instant first;
    private @Nullable Instant last;
    // last as an epoch second, read for every story near an article without touching the Instant
    private long lastSecond = UNDATED;
    private double embeddingNorm = -1;
    private boolean alive = true;
    // what the placement with stamp placedStamp found at most for the dense and word similarity
    private int placedStamp;
    private double placedCore;
    // the sum times the mean's running sum, as of the article count in meanVersion
    private double sumDotMeanSum;
    private int meanVersion = -1;
    // the term index's running sum for the query with this stamp
    private double partial;
    private int stamp;

    /** A story of one article; for tests. */
    Story(String id, Document d) {
      this(id, new Member(0, d));
    }

    Story(String id, Member first) {
      this.id = id;
      this.members = new ArrayList<>();
      this.sequence = Integer.parseInt(id.substring(1));
      this.embeddingSum = new float[first.document().embedding().length];
      add(first);
    }

    private Story(String id, float[] embeddingSum) {
      this.id = id;
      this.sequence = Integer.parseInt(id.substring(1));
      this.embeddingSum = embeddingSum;
    }

    void writeTo(StateWriter out) throws IOException {
      out.writeString(id);
      out.writeFloats(embeddingSum);
      out.writeInts(terms.terms());
      out.writeFloats(terms.weights());
      out.writeInt(entities.size());
      for (Map.Entry<String, Integer> e : entities.entrySet()) {
        out.writeString(e.getKey());
        out.writeInt(e.getValue());
      }
      out.writeInt(members == null ? -1 : members.size());
      if (members != null) {
        for (Member m : members) {
          out.writeLong(m.arrival());
          writeDocument(out, m.document());
        }
      }
      out.writeInt(nextSplitCheck);
      out.writeInt(size);
      out.writeString(labelTitle);
      out.writeFloats(labelEmbedding);
      out.writeInstant(first);
      out.writeInstant(last);
      out.writeDouble(sumDotMeanSum);
      out.writeInt(meanVersion);
    }

    static Story readFrom(StateReader in) throws IOException {
      String id = in.readString();
      if (!id.matches("s[0-9]+")) {
        throw new IOException("damaged state file: a story id " + id);
      }
      Story s = new Story(id, vector(in.readFloats()));
      int[] termIds = in.readInts();
      float[] weights = vector(in.readFloats());
      if (weights.length != termIds.length) {
        throw new IOException("damaged state file: terms and weights differ in length");
      }
      s.terms.add(termIds, weights);
      int entities = in.readCount();
      for (int i = 0; i < entities; i++) {
        s.entities.put(in.readString(), in.readInt());
      }
      int members = in.readInt();
      if (members >= 0) {
        List<Member> list = new ArrayList<>(members);
        for (int i = 0; i < members; i++) {
          long arrival = in.readLong();
          list.add(new Member(arrival, readDocument(in)));
        }
        s.members = list;
      }
      s.nextSplitCheck = in.readInt();
      s.size = in.readInt();
      s.labelTitle = in.readString();
      s.labelEmbedding = in.readFloats();
      s.first = in.readInstant();
      s.setLast(in.readInstant());
      s.sumDotMeanSum = in.readDouble();
      s.meanVersion = in.readInt();
      return s;
    }

    private static void writeDocument(StateWriter out, Document d) throws IOException {
      out.writeString(d.id());
      out.writeString(d.title());
      out.writeFloats(d.embedding());
      out.writeInts(d.terms().terms());
      out.writeFloats(d.terms().weights());
      out.writeInt(d.entities().size());
      for (String e : d.entities()) {
        out.writeString(e);
      }
      out.writeInstant(d.published());
    }

    private static Document readDocument(StateReader in) throws IOException {
      String id = in.readString();
      String title = in.readString();
      float[] embedding = vector(in.readFloats());
      SparseVector terms = new SparseVector(in.readInts(), vector(in.readFloats()));
      int n = in.readCount();
      Set<String> entities = new LinkedHashSet<>();
      for (int i = 0; i < n; i++) {
        entities.add(in.readString());
      }
      return new Document(
          id, title, embedding, terms, Collections.unmodifiableSet(entities), in.readInstant());
    }

    private static float[] vector(float @Nullable [] v) throws IOException {
      if (v == null) {
        throw new IOException("damaged state file: a vector missing");
      }
      return v;
    }

    private Story(@Nullable Instant last, int sequence) {
      this.id = "";
      this.sequence = sequence;
      this.embeddingSum = new float[0];
      setLast(last);
    }

    private void setLast(@Nullable Instant t) {
      last = t;
      lastSecond = t == null ? UNDATED : t.getEpochSecond();
    }

    /** Whether the story still stands: not merged into another nor let go of. */
    boolean alive() {
      return alive;
    }

    int stamp() {
      return stamp;
    }

    double partial() {
      return partial;
    }

    void accumulate(int query, double product) {
      if (stamp != query) {
        stamp = query;
        partial = 0;
      }
      partial += product;
    }

    float termWeight(int term) {
      return terms.weight(term);
    }

    /** A bound for range queries over stories ordered by last article. */
    static Story probe(Instant last, int sequence) {
      return new Story(last, sequence);
    }

    /** The story's id: stable for as long as the story lives, kept by merges. */
    public String id() {
      return id;
    }

    /** How many articles it has. */
    public int size() {
      return size;
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
     * updated centroid, so it costs one comparison per member rather than a pass over all of them.
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

    void add(Member m) {
      if (members != null) {
        members.add(m);
      }
      Document d = m.document();
      float[] v = d.embedding();
      for (int i = 0; i < v.length; i++) {
        embeddingSum[i] += v[i];
      }
      terms.add(d.terms());
      for (String e : d.entities()) {
        entities.merge(e, 1, Integer::sum);
      }
      size++;
      embeddingNorm = -1;
      meanVersion = -1;
      weighLabel(d.title(), d.embedding());
      if (d.published() != null) {
        first = first == null || d.published().isBefore(first) ? d.published() : first;
        setLast(last == null || d.published().isAfter(last) ? d.published() : last);
      }
    }

    void absorb(Story other) {
      members = members == null || other.members == null ? null : merged(members, other.members);
      other.members = null;
      for (int i = 0; i < embeddingSum.length; i++) {
        embeddingSum[i] += other.embeddingSum[i];
      }
      terms.add(other.terms);
      other.entities.forEach((k, v) -> entities.merge(k, v, Integer::sum));
      size += other.size;
      if (other.first != null && (first == null || other.first.isBefore(first))) {
        first = other.first;
      }
      if (other.last != null && (last == null || other.last.isAfter(last))) {
        setLast(other.last);
      }
      embeddingNorm = -1;
      meanVersion = -1;
      if (other.labelEmbedding != null) {
        weighLabel(other.labelTitle, other.labelEmbedding);
      }
    }

    /** Two member lists as one, in arrival order. */
    private static List<Member> merged(List<Member> a, List<Member> b) {
      List<Member> all = new ArrayList<>(a.size() + b.size());
      int i = 0;
      int j = 0;
      while (i < a.size() || j < b.size()) {
        if (j == b.size() || (i < a.size() && a.get(i).arrival() < b.get(j).arrival())) {
          all.add(a.get(i++));
        } else {
          all.add(b.get(j++));
        }
      }
      return all;
    }

    double embeddingNorm() {
      if (embeddingNorm < 0) {
        embeddingNorm = TermCentroid.length(embeddingSum);
      }
      return embeddingNorm;
    }
  }
}

package org.newsgraph.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.newsgraph.link.copies.MinHash;
import org.newsgraph.link.copies.NearDuplicateIndex;
import org.newsgraph.link.state.StateReader;
import org.newsgraph.link.state.StateWriter;
import org.newsgraph.link.stories.StoryClusterer;
import org.newsgraph.link.stories.StoryLinker;
import org.newsgraph.link.vectors.TextEmbedder;

/**
 * The link stage's in-memory state at scale: N generated articles (default one million) spread over
 * a span of days (default 365) arrive in time order and go through the near-copy index and the
 * story step exactly as the pipeline's writer runs them, with vectors given (no model in the loop).
 * Reports the decisions per second, as the state grows, the heap the state holds at the end, and
 * the time to save that state to a file and read it back, which is what the next run pays instead
 * of a replay.
 *
 * <p>Stories are generated: each has a start time, a few days of coverage, a size drawn from a
 * skewed distribution (many single articles, a few large stories), a topic vector and a handful of
 * its own words; an article's vector is its story's topic plus noise, its headline and body mix the
 * story's words into running text from a shared vocabulary.
 *
 * <pre>java ... org.newsgraph.bench.LinkState [N] [days]</pre>
 */
public final class LinkState {

  private static final int DIMENSIONS = 384;

  private LinkState() {}

  public static void main(String[] args) throws IOException {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    long spanSeconds = (args.length > 1 ? Long.parseLong(args[1]) : 365) * 24 * 3600;
    Random random = new Random(3);
    String[] vocabulary = LinkScale.vocabulary(20_000, random);
    Instant t0 = Instant.parse("2025-01-01T00:00:00Z");

    // story sizes (1 + a Pareto-like tail) until n articles are planned
    int[] sizeOf = new int[n];
    int stories = 0;
    for (int planned = 0; planned < n; stories++) {
      int size =
          Math.min(
              n - planned,
              Math.min(2000, 1 + (int) Math.floor(0.6 / Math.pow(random.nextDouble(), 0.7))));
      sizeOf[stories] = size;
      planned += size;
    }
    // arrival: (time << 24 | story) per article, sorted by time
    long[] arrivals = new long[n];
    int k = 0;
    for (int s = 0; s < stories; s++) {
      long start = (long) (random.nextDouble() * spanSeconds);
      for (int j = 0; j < sizeOf[s]; j++) {
        long at = start + (long) (Math.abs(random.nextGaussian()) * 2 * 24 * 3600);
        arrivals[k++] = (at << 24) | s;
      }
    }
    Arrays.sort(arrivals);

    NearDuplicateIndex copies = new NearDuplicateIndex(0.8);
    StoryLinker linker = new StoryLinker(new NoEmbedder(), StoryClusterer.Options.defaults());
    Runtime rt = Runtime.getRuntime();
    System.gc();
    long before = rt.totalMemory() - rt.freeMemory();
    long start = System.nanoTime();
    long window = System.nanoTime();
    for (int i = 0; i < n; i++) {
      int story = (int) (arrivals[i] & 0xFFFFFF);
      Instant published = t0.plusSeconds(arrivals[i] >>> 24);
      Random r = new Random(story * 7919L);
      float[] topic = LinkScale.randomVector(r);
      String[] own = new String[8];
      for (int w = 0; w < own.length; w++) {
        own[w] = vocabulary[r.nextInt(vocabulary.length)] + "x" + story % 97;
      }
      String title = mix(own, vocabulary, random, 10);
      String body = mix(own, vocabulary, random, 250);
      float[] v = LinkScale.randomVector(random);
      for (int d = 0; d < DIMENSIONS; d++) {
        v[d] = 0.8f * v[d] + topic[d];
      }
      LinkScale.unit(v);
      String id = "a" + i;
      int[] signature = MinHash.of(body);
      copies.find(signature);
      copies.add(id, signature);
      linker.place(new StoryLinker.Input(id, title, body, published, Set.of()), v);
      if ((i + 1) % 100_000 == 0) {
        System.out.printf(
            Locale.ROOT,
            "%,d articles, %,d stories held: %.0f articles/s over the last 100,000%n",
            i + 1,
            linker.clusterer().size(),
            100_000 / ((System.nanoTime() - window) / 1e9));
        window = System.nanoTime();
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    System.gc();
    long after = rt.totalMemory() - rt.freeMemory();
    System.out.printf(
        Locale.ROOT,
        "link state: %,d articles (%,d generated stories, %,d found, %,d of them held) in %.0f s,"
            + " %.0f articles/s (MinHash, TF-IDF and placement; vectors given); heap held %.0f MB%n",
        n,
        stories,
        linker.clusterer().size() + linker.clusterer().retired(),
        linker.clusterer().size(),
        seconds,
        n / seconds,
        (after - before) / 1e6);
    saveAndRead(copies, linker, seconds);
  }

  /**
   * What the next run pays instead of replaying every decision: the state written to a file, as the
   * pipeline saves it at the end of a run, and read back into an empty stage.
   */
  private static void saveAndRead(NearDuplicateIndex copies, StoryLinker linker, double replay)
      throws IOException {
    Path file = Files.createTempFile("link-state", ".bin");
    try {
      long t = System.nanoTime();
      try (StateWriter out = StateWriter.create(file)) {
        copies.writeTo(out);
        linker.writeTo(out);
        out.commit();
      }
      double written = (System.nanoTime() - t) / 1e9;
      NearDuplicateIndex readCopies = new NearDuplicateIndex(0.8);
      StoryLinker readLinker = new StoryLinker(new NoEmbedder(), StoryClusterer.Options.defaults());
      t = System.nanoTime();
      try (StateReader in = StateReader.open(file)) {
        readCopies.readFrom(in);
        readLinker.readFrom(in);
        in.finish();
      }
      double read = (System.nanoTime() - t) / 1e9;
      if (readCopies.size() != copies.size()
          || readLinker.clusterer().size() != linker.clusterer().size()
          || readLinker.clusterer().placed() != linker.clusterer().placed()) {
        throw new IllegalStateException("the state read back differs from the one written");
      }
      System.out.printf(
          Locale.ROOT,
          "saved state: %.0f MB, written in %.1f s, read back in %.1f s (replaying the same"
              + " decisions took %.0f s)%n",
          Files.size(file) / 1e6,
          written,
          read,
          replay);
    } finally {
      Files.deleteIfExists(file);
    }
  }

  private static String mix(String[] own, String[] vocabulary, Random random, int words) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < words; i++) {
      if (random.nextInt(4) == 0) {
        b.append(own[random.nextInt(own.length)]);
      } else {
        b.append(vocabulary[(int) (vocabulary.length * Math.pow(random.nextDouble(), 3))]);
      }
      b.append(i % 15 == 14 ? ". " : " ");
    }
    return b.toString();
  }

  /** The vectors are given, so nothing is embedded. */
  private static final class NoEmbedder implements TextEmbedder {
    @Override
    public float[] embed(String text) {
      throw new UnsupportedOperationException("vectors are given");
    }

    @Override
    public int dimensions() {
      return DIMENSIONS;
    }

    /** Some fixed direction, so the run pays for centring as a real model's would. */
    @Override
    public float[] baseline() {
      float[] b = LinkScale.unit(LinkScale.randomVector(new Random(9)));
      for (int i = 0; i < b.length; i++) {
        b[i] *= 0.5f;
      }
      return b;
    }
  }
}

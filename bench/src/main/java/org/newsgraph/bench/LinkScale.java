package org.newsgraph.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.newsgraph.link.copies.MinHash;
import org.newsgraph.link.copies.NearDuplicateIndex;
import org.newsgraph.model.Article;
import org.newsgraph.model.Capture;
import org.newsgraph.model.MediaType;
import org.newsgraph.store.ArticleLinks;
import org.newsgraph.store.Corpus;
import org.newsgraph.store.DataDir;
import org.newsgraph.store.LanguageChoice;
import org.newsgraph.store.StoredArticle;

/**
 * The link stage at scale, on generated text: (1) near-copy lookups in an index of N articles
 * (default one million): time per lookup and heap the index takes; (2) related-article queries on a
 * corpus of M articles (default 100,000) with 384-dimension vectors in Lucene's HNSW graph: latency
 * percentiles. Texts are sentences drawn from a fixed vocabulary with a Zipf-like skew, vectors
 * random unit vectors mixed from a few hundred topics, so both indexes see realistic collisions
 * without a model in the loop.
 *
 * <pre>java ... org.newsgraph.bench.LinkScale [N] [M] [queries]</pre>
 */
public final class LinkScale {

  private static final int DIMENSIONS = 384;

  private LinkScale() {}

  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    int m = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
    int queries = args.length > 2 ? Integer.parseInt(args[2]) : 1000;
    nearCopies(n, queries);
    related(m, queries);
  }

  private static void nearCopies(int n, int queries) {
    Random random = new Random(1);
    String[] vocabulary = vocabulary(20_000, random);
    NearDuplicateIndex index = new NearDuplicateIndex(0.8);
    Runtime rt = Runtime.getRuntime();
    System.gc();
    long before = rt.totalMemory() - rt.freeMemory();
    long start = System.nanoTime();
    for (int i = 0; i < n; i++) {
      index.add("a" + i, MinHash.of(text(vocabulary, random, 120)));
    }
    double addSeconds = (System.nanoTime() - start) / 1e9;
    System.gc();
    long after = rt.totalMemory() - rt.freeMemory();
    List<int[]> probes = new ArrayList<>();
    for (int q = 0; q < queries; q++) {
      probes.add(MinHash.of(text(vocabulary, random, 120)));
    }
    long[] nanos = new long[queries];
    int found = 0;
    for (int q = 0; q < queries; q++) {
      long t = System.nanoTime();
      found += index.find(probes.get(q)) == null ? 0 : 1;
      nanos[q] = System.nanoTime() - t;
    }
    Arrays.sort(nanos);
    System.out.printf(
        Locale.ROOT,
        "near-copy index: %,d texts added in %.1f s (signature included), heap %.0f MB;"
            + " lookup p50 %.3f ms, p99 %.3f ms, max %.3f ms (%d false matches)%n",
        n,
        addSeconds,
        (after - before) / 1e6,
        nanos[queries / 2] / 1e6,
        nanos[queries * 99 / 100] / 1e6,
        nanos[queries - 1] / 1e6,
        found);
  }

  private static void related(int m, int queries) throws Exception {
    Random random = new Random(2);
    String[] vocabulary = vocabulary(20_000, random);
    float[][] topics = new float[300][];
    for (int t = 0; t < topics.length; t++) {
      topics[t] = unit(randomVector(random));
    }
    Path dir = Files.createTempDirectory("newsgraph-linkscale");
    List<String> ids = new ArrayList<>();
    Instant t0 = Instant.parse("2025-01-01T00:00:00Z");
    try (Corpus corpus = Corpus.open(new DataDir(dir), Corpus.Access.READ_WRITE)) {
      long start = System.nanoTime();
      for (int i = 0; i < m; i++) {
        String body = text(vocabulary, random, 250);
        Capture c = Capture.ofText("gen/" + i, MediaType.TEXT_PLAIN, t0, "gen " + i + body);
        float[] v = randomVector(random);
        float[] topic = topics[random.nextInt(topics.length)];
        for (int k = 0; k < DIMENSIONS; k++) {
          v[k] = 0.3f * v[k] + topic[k];
        }
        unit(v);
        Instant published = t0.plusSeconds(600L * i);
        StoredArticle a =
            corpus
                .catalog()
                .putArticle(
                    c,
                    new Article(
                        null,
                        text(vocabulary, random, 10),
                        false,
                        body,
                        published,
                        "en",
                        "site" + (i % 50),
                        List.of()),
                    LanguageChoice.of("en"),
                    "fp" + i,
                    published,
                    null,
                    new ArticleLinks(
                        v,
                        new int[MinHash.SIZE],
                        List.of(),
                        null,
                        new ArticleLinks.StoryState(
                            "s" + (i / 20), "story", published, published, List.of())));
        ids.add(a.id());
        if (i % 5000 == 4999) {
          corpus.indexPending();
        }
      }
      corpus.indexPending();
      System.out.printf(
          Locale.ROOT,
          "related: %,d articles stored and indexed in %.0f s%n",
          m,
          (System.nanoTime() - start) / 1e9);
      for (int w = 0; w < 100; w++) {
        corpus.related(ids.get(random.nextInt(m)), 8, 0); // warm-up
      }
      long[] nanos = new long[queries];
      for (int q = 0; q < queries; q++) {
        String id = ids.get(random.nextInt(m));
        long t = System.nanoTime();
        corpus.related(id, 8, 0);
        nanos[q] = System.nanoTime() - t;
      }
      Arrays.sort(nanos);
      System.out.printf(
          Locale.ROOT,
          "related query over %,d articles: p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
          m,
          nanos[queries / 2] / 1e6,
          nanos[queries * 99 / 100] / 1e6,
          nanos[queries - 1] / 1e6);
    }
  }

  static String[] vocabulary(int size, Random random) {
    String[] words = new String[size];
    for (int i = 0; i < size; i++) {
      StringBuilder w = new StringBuilder();
      int len = 3 + random.nextInt(7);
      for (int k = 0; k < len; k++) {
        w.append((char) ('a' + random.nextInt(26)));
      }
      words[i] = w.toString();
    }
    return words;
  }

  private static String text(String[] vocabulary, Random random, int words) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < words; i++) {
      // skewed towards frequent words, as running text is
      int r = (int) (vocabulary.length * Math.pow(random.nextDouble(), 3));
      b.append(vocabulary[r]).append(i % 15 == 14 ? ". " : " ");
    }
    return b.toString();
  }

  static float[] randomVector(Random random) {
    float[] v = new float[DIMENSIONS];
    for (int k = 0; k < DIMENSIONS; k++) {
      v[k] = (float) random.nextGaussian();
    }
    return v;
  }

  static float[] unit(float[] v) {
    double n = 0;
    for (float x : v) {
      n += x * x;
    }
    n = Math.sqrt(n);
    for (int k = 0; k < v.length; k++) {
      v[k] /= (float) n;
    }
    return v;
  }
}

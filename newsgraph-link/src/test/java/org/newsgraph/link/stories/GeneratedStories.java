package org.newsgraph.link.stories;

import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.newsgraph.link.vectors.SparseVector;

/** A generated stream of articles for tests that compare two ways of placing the same stream. */
final class GeneratedStories {

  static final int DIMENSIONS = 24;

  private GeneratedStories() {}

  /**
   * Stories of one to forty articles over a month, mostly in time order with some late arrivals and
   * undated ones; each story has a direction and words of its own, and every article shares common
   * words with the rest.
   */
  static List<StoryClusterer.Document> stream(Random r, int n) {
    TreeMap<Long, StoryClusterer.Document> byTime = new TreeMap<>();
    Instant t0 = Instant.parse("2025-03-01T00:00:00Z");
    int made = 0;
    for (int story = 0; made < n; story++) {
      Random sr = new Random(story * 31L + 5);
      float[] topic = new float[DIMENSIONS];
      for (int i = 0; i < DIMENSIONS; i++) {
        topic[i] = (float) sr.nextGaussian();
      }
      int size = Math.min(n - made, 1 + (int) (40 * Math.pow(sr.nextDouble(), 4)));
      long start = (long) (sr.nextDouble() * 30 * 86_400);
      for (int j = 0; j < size; j++, made++) {
        float[] v = new float[DIMENSIONS];
        double norm = 0;
        for (int i = 0; i < DIMENSIONS; i++) {
          v[i] = 0.5f + topic[i] + (float) r.nextGaussian() * 0.9f;
          norm += v[i] * v[i];
        }
        for (int i = 0; i < DIMENSIONS; i++) {
          v[i] /= (float) Math.sqrt(norm);
        }
        TreeMap<Integer, Float> words = new TreeMap<>();
        for (int w = 0; w < 6; w++) {
          words.merge(r.nextInt(30), 0.3f, Float::sum); // common to all
          words.merge(1_000 + story * 10 + sr.nextInt(10), 1f, Float::sum); // the story's own
          words.merge(100 + r.nextInt(800), 0.6f, Float::sum); // anything
        }
        // some coverage comes back days later, when the decay alone no longer lets it join
        long back = r.nextInt(8) == 0 ? (5 + r.nextInt(3)) * 86_400L : 0;
        long at = start + back + (long) (Math.abs(r.nextGaussian()) * 2 * 86_400);
        boolean undated = r.nextInt(50) == 0;
        String id = "a" + made;
        StoryClusterer.Document d =
            new StoryClusterer.Document(
                id, id, v, unit(words), Set.of(), undated ? null : t0.plusSeconds(at));
        // a late arrival is filed a week after its date
        long filed = at + (r.nextInt(40) == 0 ? 7 * 86_400 : 0);
        byTime.put(filed * 10_000 + made, d);
      }
    }
    return List.copyOf(byTime.values());
  }

  private static SparseVector unit(TreeMap<Integer, Float> words) {
    int[] terms = new int[words.size()];
    float[] weights = new float[words.size()];
    double norm = Math.sqrt(words.values().stream().mapToDouble(w -> w * w).sum());
    int i = 0;
    for (var e : words.entrySet()) {
      terms[i] = e.getKey();
      weights[i++] = (float) (e.getValue() / norm);
    }
    return new SparseVector(terms, weights);
  }
}

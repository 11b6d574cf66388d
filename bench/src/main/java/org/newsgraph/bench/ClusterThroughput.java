package org.newsgraph.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.eval.cluster.ClusterStream;
import org.newsgraph.eval.cluster.LabelledItem;
import org.newsgraph.link.stories.StoryClusterer;
import org.newsgraph.link.vectors.BgeSmallEmbedder;
import org.newsgraph.link.vectors.SparseVector;
import org.newsgraph.link.vectors.TermVectors;

/**
 * Speed of the story clustering step alone: the stream's embeddings and TF-IDF vectors are made
 * first, then the clusterer places every document in file order, several times over after a warm-up
 * pass. Also reports embeddings per second on one thread, the other half of the cost.
 *
 * <pre>java ... org.newsgraph.bench.ClusterThroughput FILE.jsonl [timed passes]</pre>
 */
public final class ClusterThroughput {

  private ClusterThroughput() {}

  public static void main(String[] args) throws Exception {
    List<LabelledItem> items = ClusterStream.read(Path.of(args[0]));
    int passes = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    BgeSmallEmbedder embedder = new BgeSmallEmbedder();
    embedder.embed("warm up");
    long t0 = System.nanoTime();
    List<float[]> vectors = new ArrayList<>();
    for (LabelledItem i : items) {
      vectors.add(embedder.embed(i.title()));
    }
    double embedSeconds = (System.nanoTime() - t0) / 1e9;
    TermVectors tv = new TermVectors();
    List<SparseVector> terms = new ArrayList<>();
    for (LabelledItem i : items) {
      terms.add(tv.add(i.title(), i.text()));
    }
    float[] baseline = embedder.baseline();
    run(items, vectors, terms, baseline); // warm-up
    long start = System.nanoTime();
    int stories = 0;
    for (int p = 0; p < passes; p++) {
      stories = run(items, vectors, terms, baseline);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf(
        Locale.ROOT,
        "%d documents, %d stories; clustering %.0f documents/s (%d passes); embedding %.1f"
            + " documents/s on one thread%n",
        items.size(),
        stories,
        items.size() * (double) passes / seconds,
        passes,
        items.size() / embedSeconds);
  }

  private static int run(
      List<LabelledItem> items, List<float[]> vectors, List<SparseVector> terms, float[] baseline) {
    return cluster(items, vectors, terms, StoryClusterer.Options.defaults(), baseline).size();
  }

  /** Places every item in file order with the given vectors; shared with {@link ClusterGrid}. */
  static StoryClusterer cluster(
      List<LabelledItem> items,
      List<float[]> vectors,
      List<SparseVector> terms,
      StoryClusterer.Options options,
      float[] baseline) {
    StoryClusterer c = new StoryClusterer(options, baseline);
    for (int i = 0; i < items.size(); i++) {
      LabelledItem it = items.get(i);
      c.add(
          new StoryClusterer.Document(
              it.id(), it.title(), vectors.get(i), terms.get(i), Set.of(), it.published()));
    }
    return c;
  }
}

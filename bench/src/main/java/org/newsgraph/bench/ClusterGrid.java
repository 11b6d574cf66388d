package org.newsgraph.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newsgraph.eval.cluster.ClusterScores;
import org.newsgraph.eval.cluster.ClusterStream;
import org.newsgraph.eval.cluster.LabelledItem;
import org.newsgraph.link.stories.StoryClusterer;
import org.newsgraph.link.vectors.BgeSmallEmbedder;
import org.newsgraph.link.vectors.SparseVector;
import org.newsgraph.link.vectors.TermVectors;

/**
 * Tunes the story clusterer on a labelled stream: embeds it once, then clusters it in file order
 * for every combination of the given join thresholds, merge thresholds and embedding weights, and
 * prints pairwise and BCubed F1 for each, best last. For the development half of a benchmark only.
 *
 * <pre>java ... org.newsgraph.bench.ClusterGrid FILE.jsonl JOIN,... MERGE,... WEIGHT,...</pre>
 */
public final class ClusterGrid {

  private ClusterGrid() {}

  public static void main(String[] args) throws Exception {
    List<LabelledItem> items = ClusterStream.read(Path.of(args[0]));
    BgeSmallEmbedder embedder = new BgeSmallEmbedder();
    float[] baseline = embedder.baseline();
    List<float[]> vectors = new ArrayList<>();
    List<SparseVector> terms = new ArrayList<>();
    TermVectors tv = new TermVectors();
    for (LabelledItem i : items) {
      vectors.add(embedder.embed(i.title()));
      terms.add(tv.add(i.title(), i.text()));
    }
    List<String> gold = items.stream().map(LabelledItem::cluster).toList();
    List<String> lines = new ArrayList<>();
    List<Double> sums = new ArrayList<>();
    for (double join : values(args[1])) {
      for (double merge : values(args[2])) {
        for (double weight : values(args[3])) {
          StoryClusterer c =
              ClusterThroughput.cluster(
                  items,
                  vectors,
                  terms,
                  new StoryClusterer.Options(join, merge, weight, 0.15, 3),
                  baseline);
          List<String> predicted = items.stream().map(it -> c.storyOf(it.id())).toList();
          ClusterScores s = ClusterScores.of(predicted, gold);
          sums.add(s.pairwiseF1() + s.bcubedF1());
          lines.add(
              String.format(
                  Locale.ROOT,
                  "join %.3f merge %.3f weight %.2f: pairwise F1 %.4f, BCubed F1 %.4f, %d stories",
                  join,
                  merge,
                  weight,
                  s.pairwiseF1(),
                  s.bcubedF1(),
                  c.size()));
        }
      }
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      order.add(i);
    }
    order.sort((a, b) -> Double.compare(sums.get(a), sums.get(b)));
    for (int i : order) {
      System.out.println(lines.get(i));
    }
  }

  private static double[] values(String list) {
    String[] parts = list.split(",");
    double[] out = new double[parts.length];
    for (int i = 0; i < parts.length; i++) {
      out[i] = Double.parseDouble(parts[i]);
    }
    return out;
  }
}

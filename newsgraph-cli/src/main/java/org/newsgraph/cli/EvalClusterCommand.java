package org.newsgraph.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jspecify.annotations.Nullable;
import org.newsgraph.eval.cluster.ClusterScores;
import org.newsgraph.eval.cluster.ClusterStream;
import org.newsgraph.eval.cluster.LabelledItem;
import org.newsgraph.link.stories.StoryClusterer;
import org.newsgraph.link.stories.StoryLinker;
import org.newsgraph.link.vectors.BgeSmallEmbedder;
import org.newsgraph.server.api.ApiJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code newsgraph eval cluster FILE.jsonl}: story clustering against a labelled stream. */
@Command(
    name = "cluster",
    description = {
      "Cluster a labelled stream of articles into stories, in file order and without looking at"
          + " the labels, then score the result against them.",
      "FILE.jsonl has one object per line: id, title, optional text, published (ISO-8601) and"
          + " source, and the gold cluster.",
      "Prints pairwise (standard) and BCubed precision, recall and F1 over all documents, and"
          + " documents per second end to end (embeddings included)."
    })
final class EvalClusterCommand implements Callable<Integer> {

  @ParentCommand EvalCommand eval;

  @Parameters(paramLabel = "FILE.jsonl", description = "The labelled stream.")
  Path file;

  @Option(
      names = "--out",
      paramLabel = "PRED.jsonl",
      description = "Write the predicted story of each document: {id, cluster} per line.")
  @Nullable Path out;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Threads computing embeddings (default: one per core).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--json", description = "Print the scores as JSON.")
  boolean json;

  @Override
  public Integer call() throws IOException, InterruptedException {
    NewsgraphCommand root = eval.root;
    List<LabelledItem> items;
    try {
      items = ClusterStream.read(file);
    } catch (NoSuchFileException e) {
      root.err().println("newsgraph: no such file: " + file);
      return ExitCode.USAGE;
    } catch (IllegalArgumentException e) {
      root.err().println("newsgraph: " + e.getMessage());
      return ExitCode.USAGE;
    }
    long start = System.nanoTime();
    StoryLinker linker = new StoryLinker(new BgeSmallEmbedder(), StoryClusterer.Options.defaults());
    List<String> predicted = cluster(linker, items);
    double seconds = (System.nanoTime() - start) / 1e9;
    List<String> gold = items.stream().map(LabelledItem::cluster).toList();
    ClusterScores scores = ClusterScores.of(predicted, gold);
    if (out != null) {
      try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
        for (int i = 0; i < items.size(); i++) {
          ObjectNode node = ApiJson.mapper().createObjectNode();
          node.put("id", items.get(i).id());
          node.put("cluster", predicted.get(i));
          w.write(ApiJson.mapper().writeValueAsString(node));
          w.newLine();
        }
      }
    }
    double perSecond = items.size() / Math.max(1e-9, seconds);
    if (json) {
      ObjectNode node = ApiJson.mapper().valueToTree(scores);
      node.put("documentsPerSecond", perSecond);
      root.printJson(node);
    } else {
      PrintWriter w = root.out();
      w.printf(
          "eval cluster: %d documents, %d gold stories, %d predicted, from %s%n",
          scores.documents(), scores.goldClusters(), scores.predictedClusters(), file);
      w.printf("%-9s %9s %9s %9s%n", "score", "precision", "recall", "F1");
      w.printf(
          "%-9s %9.4f %9.4f %9.4f%n",
          "pairwise", scores.pairwisePrecision(), scores.pairwiseRecall(), scores.pairwiseF1());
      w.printf(
          "%-9s %9.4f %9.4f %9.4f%n",
          "bcubed", scores.bcubedPrecision(), scores.bcubedRecall(), scores.bcubedF1());
      w.printf("%.1f documents/s%n", perSecond);
      w.flush();
    }
    return ExitCode.OK;
  }

  /** Embeds on {@code threads} workers, places in file order on this thread. */
  private List<String> cluster(StoryLinker linker, List<LabelledItem> items)
      throws InterruptedException {
    ExecutorService workers = Executors.newFixedThreadPool(Math.max(1, threads));
    try {
      List<Future<float[]>> vectors = new ArrayList<>();
      List<StoryLinker.Input> inputs = new ArrayList<>();
      for (LabelledItem item : items) {
        StoryLinker.Input in =
            new StoryLinker.Input(item.id(), item.title(), item.text(), item.published(), Set.of());
        inputs.add(in);
        vectors.add(workers.submit(() -> linker.embed(in)));
      }
      for (int i = 0; i < inputs.size(); i++) {
        linker.place(inputs.get(i), vectors.get(i).get());
      }
    } catch (ExecutionException e) {
      throw new IllegalStateException("embedding failed", e.getCause());
    } finally {
      workers.shutdownNow();
    }
    List<String> out = new ArrayList<>(items.size());
    for (LabelledItem item : items) {
      out.add(linker.storyOf(item.id()));
    }
    return out;
  }
}

package org.newsgraph.cli;

import java.io.IOException;
import java.util.concurrent.Callable;
import org.newsgraph.cli.pipeline.LinkStage;
import org.newsgraph.link.vectors.BgeSmallEmbedder;
import org.newsgraph.store.Corpus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code newsgraph reprocess}: runs the link stage again over the whole catalog. */
@Command(
    name = "reprocess",
    description = {
      "Run the link stage again over every stored article, oldest first: near-copies and"
          + " stories are decided from scratch, in the order the articles were ingested, so the"
          + " same articles give the same stories."
    })
final class ReprocessCommand implements Callable<Integer> {

  @ParentCommand NewsgraphCommand root;

  @Spec CommandSpec spec;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Threads computing article vectors (default: one per core).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(
      names = "--near-copy-threshold",
      paramLabel = "J",
      description =
          "Estimated Jaccard similarity of word shingles at which a text counts as a near-copy"
              + " of an earlier one (default: 0.8).")
  double nearCopyThreshold = LinkStage.NEAR_COPY_THRESHOLD;

  @Override
  public Integer call() throws IOException, InterruptedException {
    Options.requireRange(spec.commandLine(), "--threads", threads, 1, 256);
    Options.requireShare(spec.commandLine(), "--near-copy-threshold", nearCopyThreshold);
    int placed;
    long stories;
    try (Corpus corpus = root.openCorpus(Corpus.Access.READ_WRITE)) {
      LinkStage link = new LinkStage(new BgeSmallEmbedder(), nearCopyThreshold);
      placed = link.relink(corpus.catalog(), threads, corpus.dir().linkState());
      link.save(corpus.catalog(), corpus.dir().linkState());
      stories = corpus.catalog().countStories();
    }
    root.out().printf("reprocess: %d articles in %d stories%n", placed, stories);
    root.out().flush();
    return ExitCode.OK;
  }
}

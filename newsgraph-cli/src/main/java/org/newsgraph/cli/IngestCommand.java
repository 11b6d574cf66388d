package org.newsgraph.cli;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.cli.console.IngestProgress;
import org.newsgraph.cli.pipeline.IngestPipeline;
import org.newsgraph.cli.pipeline.IngestReport;
import org.newsgraph.cli.pipeline.LinkStage;
import org.newsgraph.enrich.ArticleAnalyzer;
import org.newsgraph.enrich.LanguageIdentifier;
import org.newsgraph.enrich.TextAnalyzer;
import org.newsgraph.extract.ArticleExtractors;
import org.newsgraph.ingest.FileSource;
import org.newsgraph.ingest.IngestLimits;
import org.newsgraph.link.vectors.BgeSmallEmbedder;
import org.newsgraph.store.Corpus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code newsgraph ingest PATH...}: adds files and folders to the corpus. */
@Command(
    name = "ingest",
    description = {
      "Ingest files and folders (recursively): .txt, .html/.htm, and .jsonl with one article per"
          + " line (url, title, text, optional published, source).",
      "Each rejected input is reported as 'rejected: PATH: reason' on standard error; the rest"
          + " goes on. Ingesting the same bytes again changes nothing."
    },
    footer = {
      "",
      "Exit status: 0 all inputs taken; 1 some rejected; 2 usage error; 3 storage failure."
    })
final class IngestCommand implements Callable<Integer> {

  @ParentCommand NewsgraphCommand root;

  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to ingest.")
  List<String> paths;

  @Option(
      names = "--max-input-size",
      paramLabel = "SIZE",
      converter = ByteSizeConverter.class,
      description = "Reject documents larger than this (default: 10M). Units: k, M, G (binary).")
  long maxInputSize = IngestLimits.DEFAULT_MAX_DOCUMENT_BYTES;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Worker threads for extraction (default: one per core).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(
      names = "--no-analysis",
      description =
          "Skip entity, attribution and summary analysis (much faster; articles can be analysed"
              + " later by ingesting them again without this option).")
  boolean noAnalysis;

  @Option(
      names = "--near-copy-threshold",
      paramLabel = "J",
      description =
          "Estimated Jaccard similarity of word shingles at which a text counts as a near-copy"
              + " of an earlier one (default: 0.8).")
  double nearCopyThreshold = LinkStage.NEAR_COPY_THRESHOLD;

  @Option(names = "--json", description = "Print the run's summary as JSON.")
  boolean json;

  @Option(
      names = {"-v", "--verbose"},
      description = "Also list files skipped for their type.")
  boolean verbose;

  @Override
  public Integer call() throws IOException {
    Options.requireRange(spec.commandLine(), "--threads", threads, 1, 256);
    Options.requireRange(
        spec.commandLine(), "--max-input-size", maxInputSize, 1, Integer.MAX_VALUE - 8);
    Options.requireShare(spec.commandLine(), "--near-copy-threshold", nearCopyThreshold);
    IngestLimits limits = new IngestLimits(maxInputSize);
    IngestReport report =
        ingest(root, paths, limits, threads, !noAnalysis, nearCopyThreshold, json, verbose);
    return report.allTaken() ? ExitCode.OK : ExitCode.REJECTED;
  }

  /** Runs an ingest and prints its summary; shared with {@code demo}. */
  static IngestReport ingest(
      NewsgraphCommand root,
      List<String> paths,
      IngestLimits limits,
      int threads,
      boolean analyse,
      double nearCopyThreshold,
      boolean json,
      boolean verbose)
      throws IOException {
    Environment env = root.environment();
    FileSource source = new FileSource(limits, env.clock());
    long totalBytes = paths.stream().mapToLong(source::totalBytes).sum();
    IngestProgress progress =
        new IngestProgress(root.err(), env.terminal(), verbose, totalBytes, env.clock());
    IngestReport report;
    try (Corpus corpus = root.openCorpus(Corpus.Access.READ_WRITE)) {
      IngestPipeline pipeline =
          new IngestPipeline(
              corpus,
              source,
              ArticleExtractors.standard(limits.maxDocumentBytes()),
              analyse ? new ArticleAnalyzer(new TextAnalyzer()) : new LanguageIdentifier(),
              env.clock(),
              threads,
              analyse,
              new LinkStage(new BgeSmallEmbedder(), nearCopyThreshold));
      try {
        report = pipeline.run(paths, progress);
      } finally {
        progress.done();
      }
    }
    if (json) {
      root.printJson(report);
    } else {
      root.out()
          .printf(
              "ingest: %d new, %d unchanged, %d rejected, %d skipped (%.2f s) into %s%n",
              report.added().size(),
              report.unchanged(),
              report.rejected().size(),
              report.skipped().size(),
              report.seconds(),
              root.dataDir().root());
      root.out().flush();
    }
    return report;
  }
}

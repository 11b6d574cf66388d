package org.newsgraph.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.newsgraph.cli.pipeline.LinkStage;
import org.newsgraph.ingest.IngestLimits;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code newsgraph demo}: ingests the bundled samples and serves them. */
@Command(
    name = "demo",
    description = "Ingest the bundled sample articles, then serve the reader (Ctrl-C stops).")
final class DemoCommand implements Callable<Integer> {

  @ParentCommand NewsgraphCommand root;

  @Spec CommandSpec spec;

  @Mixin ListenOptions listen;

  @Option(
      names = "--samples",
      paramLabel = "DIR",
      description = "Folder to ingest (default: the samples/ folder of the installation).")
  @Nullable Path samples;

  @Override
  public Integer call() throws IOException, InterruptedException {
    Options.requireRange(spec.commandLine(), "--port", listen.port, 0, 65_535);
    Path folder = samplesFolder();
    IngestCommand.ingest(
        root,
        List.of(folder.toString()),
        IngestLimits.defaults(),
        Runtime.getRuntime().availableProcessors(),
        true,
        LinkStage.NEAR_COPY_THRESHOLD,
        false,
        false);
    ServeCommand.serve(root, listen.host, listen.port);
    return ExitCode.OK;
  }

  private Path samplesFolder() {
    if (samples != null) {
      return samples;
    }
    Path home = root.environment().home();
    Path folder = home != null ? home.resolve("samples") : Path.of("samples");
    if (!Files.isDirectory(folder)) {
      throw new ParameterException(
          spec.commandLine(),
          "no samples folder at " + folder.toAbsolutePath() + "; name one with --samples DIR");
    }
    return folder;
  }
}

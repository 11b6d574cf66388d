package org.newsgraph.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the packaged command ({@code target/newsgraph.jar}) in its own JVM, as users run it, for the
 * end-to-end tests: real process, real exit codes, real signals.
 */
final class NewsgraphProcess {

  /** A finished run. */
  record Finished(int exit, String out, String err) {}

  private static final Path JAR =
      Path.of(System.getProperty("basedir", ".")).resolve("target/newsgraph.jar");

  private NewsgraphProcess() {}

  static ProcessBuilder builder(Path data, String... args) {
    if (!Files.isRegularFile(JAR)) {
      throw new AssertionError("missing " + JAR + ": the end-to-end tests run after 'package'");
    }
    String java = ProcessHandle.current().info().command().orElse("java");
    List<String> command =
        new ArrayList<>(
            List.of(
                java,
                "--enable-native-access=ALL-UNNAMED",
                "-jar",
                JAR.toString(),
                "--data",
                data.toString()));
    command.addAll(List.of(args));
    return new ProcessBuilder(command);
  }

  /** Runs to completion (at most two minutes). */
  static Finished run(Path data, Path logs, String... args)
      throws IOException, InterruptedException {
    Files.createDirectories(logs);
    Path out = Files.createTempFile(logs, "out", ".txt");
    Path err = Files.createTempFile(logs, "err", ".txt");
    Process p =
        builder(data, args).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    if (!p.waitFor(2, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new AssertionError(
          "newsgraph " + String.join(" ", args) + " did not finish in 2 minutes");
    }
    return new Finished(
        p.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }
}

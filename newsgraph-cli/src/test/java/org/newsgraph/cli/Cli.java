package org.newsgraph.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Runs the command line in-process against one data directory, capturing what it prints. */
final class Cli {

  /** What one run printed and returned. */
  record Result(int exit, String out, String err) {
    List<String> errLines() {
      return err.lines().toList();
    }
  }

  private final Path data;
  private final Map<String, String> variables;

  Cli(Path data) {
    this(data, Map.of());
  }

  Cli(Path data, Map<String, String> variables) {
    this.data = data;
    this.variables = variables;
  }

  Result run(String... args) {
    List<String> all = new ArrayList<>();
    if (data != null) {
      all.add("--data");
      all.add(data.toString());
    }
    all.addAll(List.of(args));
    return runRaw(all.toArray(String[]::new));
  }

  Result runRaw(String... args) {
    return runWithInput(new byte[0], args);
  }

  /** Runs {@code args} as given, with {@code stdin} as standard input. */
  Result runWithInput(byte[] stdin, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Environment env =
        new Environment(variables, false, null, Clock.systemUTC(), new ByteArrayInputStream(stdin));
    int exit = Main.run(env, new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Result(exit, out.toString(), err.toString());
  }
}

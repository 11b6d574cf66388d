package org.newsgraph.cli;

import picocli.CommandLine;
import picocli.CommandLine.Option;

/** {@code --limit} and {@code --offset} for the commands that list a page of the catalog. */
final class PageOptions {

  @Option(names = "--limit", paramLabel = "N", description = "At most N (default: 50).")
  int limit = 50;

  @Option(names = "--offset", paramLabel = "N", description = "Skip the first N (default: 0).")
  int offset;

  /** Rejects values out of range as usage errors of {@code command}. */
  void check(CommandLine command) {
    Options.requireRange(command, "--limit", limit, 1, 100_000);
    Options.requireRange(command, "--offset", offset, 0, Integer.MAX_VALUE);
  }
}

package org.newsgraph.cli.pipeline;

import java.time.Duration;
import java.util.List;

/**
 * The summary of an ingest run. Its JSON form is the output of {@code newsgraph ingest --json}.
 *
 * @param added ids of the articles stored by this run, in input order
 * @param unchanged how many inputs had been ingested before
 * @param rejected inputs that hold no usable article, with why
 * @param skipped files of types we do not read, found in folders
 * @param indexed how many articles were added to the search index
 * @param seconds how long the run took
 */
public record IngestReport(
    List<String> added,
    long unchanged,
    List<Problem> rejected,
    List<Problem> skipped,
    long indexed,
    double seconds) {

  /** One input and what was wrong with it. */
  public record Problem(String location, String reason) {}

  public IngestReport {
    added = List.copyOf(added);
    rejected = List.copyOf(rejected);
    skipped = List.copyOf(skipped);
  }

  /** Whether every input was taken (added or unchanged), skipped files aside. */
  public boolean allTaken() {
    return rejected.isEmpty();
  }

  static double seconds(Duration d) {
    return Math.round(d.toMillis() / 10.0) / 100.0;
  }
}

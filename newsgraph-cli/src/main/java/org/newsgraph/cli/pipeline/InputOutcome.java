package org.newsgraph.cli.pipeline;

import java.util.Objects;

/** What became of one input of an ingest run. */
public sealed interface InputOutcome {

  /** Where the input was, as the user will recognise it. */
  String location();

  /** How many input bytes it accounts for (for progress). */
  long size();

  /** A new article was stored. */
  record Added(String location, long size, String articleId, String title)
      implements InputOutcome {}

  /** The same bytes were ingested before: nothing changed. */
  record Unchanged(String location, long size, String articleId) implements InputOutcome {}

  /** The input holds no usable article, or could not be read. */
  record Rejected(String location, long size, String reason) implements InputOutcome {
    public Rejected {
      Objects.requireNonNull(reason, "reason");
    }
  }

  /** A file of a type we do not read, found while walking a folder. */
  record Skipped(String location, long size, String reason) implements InputOutcome {}
}

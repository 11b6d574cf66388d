package org.newsgraph.ingest;

import java.util.Objects;
import org.newsgraph.model.Capture;

/** What a {@link DocumentSource} found at one place: a capture, or why there is none. */
public sealed interface SourceRecord {

  /** Where the record came from, in the form the user will recognise (e.g. {@code a/b.jsonl:3}). */
  String location();

  /** How many input bytes this record accounts for, for progress reporting (0 if unknown). */
  long size();

  /** A document that was read: its bytes are in the capture. */
  record Captured(String location, Capture capture) implements SourceRecord {
    public Captured {
      Objects.requireNonNull(location, "location");
      Objects.requireNonNull(capture, "capture");
    }

    @Override
    public long size() {
      return capture.content().length;
    }
  }

  /** A document that was named or found but could not be read (missing, empty, too large...). */
  record Refused(String location, String reason, long size) implements SourceRecord {
    public Refused(String location, String reason) {
      this(location, reason, 0);
    }

    public Refused {
      Objects.requireNonNull(location, "location");
      Objects.requireNonNull(reason, "reason");
    }
  }

  /**
   * A file found while walking a folder that is not a kind of document we read (an image, a
   * README). Named explicitly, the same file is {@link Refused} instead.
   */
  record Skipped(String location, String reason, long size) implements SourceRecord {
    public Skipped {
      Objects.requireNonNull(location, "location");
      Objects.requireNonNull(reason, "reason");
    }
  }
}

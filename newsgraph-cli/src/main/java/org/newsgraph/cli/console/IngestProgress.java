package org.newsgraph.cli.console;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.newsgraph.cli.pipeline.IngestListener;
import org.newsgraph.cli.pipeline.InputOutcome;

/**
 * Shows how an ingest run is going, on the error stream. On a terminal it redraws one line (a bar
 * over the input bytes, counts and rate) a few times a second, and prints each rejection above it
 * as {@code rejected: PATH: reason}. Anywhere else it prints each rejection the same way and a
 * plain status line every few seconds, so logs stay readable.
 */
public final class IngestProgress implements IngestListener {

  private static final Duration TERMINAL_EVERY = Duration.ofMillis(200);
  private static final Duration PLAIN_EVERY = Duration.ofSeconds(10);
  private static final int BAR_WIDTH = 24;

  private final PrintWriter err;
  private final boolean terminal;
  private final boolean verbose;
  private final long totalBytes;
  private final Clock clock;
  private final Instant start;
  private Instant lastDrawn;
  private long bytes;
  private long added;
  private long unchanged;
  private long rejected;
  private long skipped;
  private boolean lineShown;

  /**
   * @param terminal whether {@code err} is a terminal that can redraw a line
   * @param verbose whether to print skipped files too
   * @param totalBytes the size of all inputs, for the bar; 0 if unknown
   */
  public IngestProgress(
      PrintWriter err, boolean terminal, boolean verbose, long totalBytes, Clock clock) {
    this.err = err;
    this.terminal = terminal;
    this.verbose = verbose;
    this.totalBytes = totalBytes;
    this.clock = clock;
    this.start = clock.instant();
    this.lastDrawn = start;
  }

  @Override
  public void decided(InputOutcome outcome) {
    bytes += outcome.size();
    switch (outcome) {
      case InputOutcome.Added a -> added++;
      case InputOutcome.Unchanged u -> unchanged++;
      case InputOutcome.Rejected r -> {
        rejected++;
        println("rejected: " + r.location() + ": " + r.reason());
      }
      case InputOutcome.Skipped s -> {
        skipped++;
        if (verbose) {
          println("skipped: " + s.location() + ": " + s.reason());
        }
      }
    }
    Instant now = clock.instant();
    Duration every = terminal ? TERMINAL_EVERY : PLAIN_EVERY;
    if (Duration.between(lastDrawn, now).compareTo(every) >= 0) {
      lastDrawn = now;
      if (terminal) {
        err.print("\r\u001b[K" + status(now));
        lineShown = true;
      } else {
        err.println("ingest: " + status(now));
      }
      err.flush();
    }
  }

  /** Clears the progress line; call once the run is over, before printing anything else. */
  public void done() {
    if (lineShown) {
      err.print("\r\u001b[K");
      err.flush();
      lineShown = false;
    }
  }

  private void println(String line) {
    if (lineShown) {
      err.print("\r\u001b[K");
      lineShown = false;
    }
    err.println(line);
    err.flush();
  }

  String status(Instant now) {
    double seconds = Math.max(0.001, Duration.between(start, now).toMillis() / 1000.0);
    long inputs = added + unchanged + rejected + skipped;
    StringBuilder sb = new StringBuilder();
    if (totalBytes > 0) {
      double share = Math.min(1, bytes / (double) totalBytes);
      int filled = (int) Math.round(share * BAR_WIDTH);
      sb.append('[')
          .append("=".repeat(filled))
          .append(" ".repeat(BAR_WIDTH - filled))
          .append("] ")
          .append(String.format(Locale.ROOT, "%3.0f%% ", share * 100));
    }
    sb.append(ByteCount.format(bytes));
    if (totalBytes > 0) {
      sb.append('/').append(ByteCount.format(totalBytes));
    }
    sb.append(
        String.format(
            Locale.ROOT,
            " | %,d inputs: %,d new, %,d unchanged, %,d rejected | %.0f inputs/s",
            inputs,
            added,
            unchanged,
            rejected,
            inputs / seconds));
    return sb.toString();
  }
}

package org.newsgraph.cli.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.newsgraph.cli.pipeline.InputOutcome;

class IngestProgressTest {

  /** A clock that moves only when told to. */
  private static final class StepClock extends Clock {
    private Instant now = Instant.parse("2025-01-01T00:00:00Z");

    void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  private final StringWriter err = new StringWriter();
  private final StepClock clock = new StepClock();

  private IngestProgress progress(boolean terminal) {
    return new IngestProgress(new PrintWriter(err, true), terminal, false, 1000, clock);
  }

  @Test
  void onATerminalRedrawsOneLineWithABarAndPrintsRejectionsAboveIt() {
    IngestProgress p = progress(true);
    clock.advance(Duration.ofMillis(250));
    p.decided(new InputOutcome.Added("a.txt", 500, "id", "Title"));
    clock.advance(Duration.ofMillis(250));
    p.decided(new InputOutcome.Rejected("b.png", 250, "binary content"));
    p.done();

    String out = err.toString();
    assertThat(out).contains("\r\u001b[K[============            ]  50% 500 B/1.0 kB");
    assertThat(out).contains("1 inputs: 1 new, 0 unchanged, 0 rejected");
    assertThat(out).contains("\r\u001b[Krejected: b.png: binary content\n");
    assertThat(out).endsWith("\r\u001b[K");
  }

  @Test
  void elsewherePrintsPlainLinesOnlyEveryFewSeconds() {
    IngestProgress p = progress(false);
    p.decided(new InputOutcome.Added("a.txt", 100, "id", "Title"));
    p.decided(new InputOutcome.Rejected("b.txt", 100, "empty file"));
    clock.advance(Duration.ofSeconds(11));
    p.decided(new InputOutcome.Unchanged("c.txt", 100, "id2"));
    p.done();

    assertThat(err.toString())
        .doesNotContain("\u001b")
        .doesNotContain("\r")
        .isEqualTo(
            "rejected: b.txt: empty file\n"
                + "ingest: [=======                 ]  30% 300 B/1.0 kB | 3 inputs: 1 new,"
                + " 1 unchanged, 1 rejected | 0 inputs/s\n");
  }

  @Test
  void skippedFilesAreListedOnlyWhenVerbose() {
    new IngestProgress(new PrintWriter(err, true), false, true, 0, clock)
        .decided(new InputOutcome.Skipped("x.png", 10, "unsupported file type"));
    assertThat(err.toString()).isEqualTo("skipped: x.png: unsupported file type\n");
  }
}

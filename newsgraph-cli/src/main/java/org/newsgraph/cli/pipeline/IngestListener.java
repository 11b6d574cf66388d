package org.newsgraph.cli.pipeline;

/**
 * Hears about each input of an ingest run as soon as it is decided, in input order, on the
 * pipeline's calling thread.
 */
@FunctionalInterface
public interface IngestListener {

  /** Called once per input. */
  void decided(InputOutcome outcome);

  /** Listens to nothing. */
  static IngestListener none() {
    return outcome -> {};
  }
}

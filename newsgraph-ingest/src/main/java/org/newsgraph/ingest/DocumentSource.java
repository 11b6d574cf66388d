package org.newsgraph.ingest;

import java.util.stream.Stream;

/**
 * Reads the documents found at one location and hands each one over as a capture, or says why it
 * could not.
 *
 * <p>The returned stream is lazy and holds files open: callers must close it (try-with-resources).
 * Problems with single documents never end the stream; they come out as {@link
 * SourceRecord.Refused} records. Implementations are stateless and may be shared between threads.
 */
@FunctionalInterface
public interface DocumentSource {

  /**
   * Reads the documents at {@code location}.
   *
   * @param location what the user named: a path, or later a URL
   * @return one record per document found, in a stable order
   */
  Stream<SourceRecord> read(String location);
}

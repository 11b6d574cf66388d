package org.newsgraph.ingest;

/**
 * Limits that protect a run from inputs too big to process.
 *
 * @param maxDocumentBytes the largest single document (a file, or one JSON line) that is read;
 *     larger ones are refused with a reason
 */
public record IngestLimits(long maxDocumentBytes) {

  /** 10 MiB: larger than any real news page, small enough to extract comfortably in memory. */
  public static final long DEFAULT_MAX_DOCUMENT_BYTES = 10L * 1024 * 1024;

  public IngestLimits {
    if (maxDocumentBytes < 1 || maxDocumentBytes > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException(
          "maxDocumentBytes must be between 1 and "
              + (Integer.MAX_VALUE - 8)
              + ", got "
              + maxDocumentBytes);
    }
  }

  /** The default limits. */
  public static IngestLimits defaults() {
    return new IngestLimits(DEFAULT_MAX_DOCUMENT_BYTES);
  }
}

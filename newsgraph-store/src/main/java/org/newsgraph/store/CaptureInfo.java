package org.newsgraph.store;

import java.time.Instant;
import java.util.Objects;
import org.newsgraph.model.MediaType;

/** Where an article's capture came from: its id (SHA-256), source, media type, size and time. */
public record CaptureInfo(
    String id, String source, MediaType mediaType, long size, Instant capturedAt) {
  public CaptureInfo {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(mediaType, "mediaType");
    Objects.requireNonNull(capturedAt, "capturedAt");
  }
}

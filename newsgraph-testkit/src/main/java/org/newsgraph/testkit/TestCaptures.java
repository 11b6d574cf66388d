package org.newsgraph.testkit;

import java.time.Instant;
import org.newsgraph.model.Capture;
import org.newsgraph.model.MediaType;

/** Captures for tests, all taken at the same fixed instant so results are reproducible. */
public final class TestCaptures {

  /** The instant every test capture is taken at. */
  public static final Instant CAPTURED_AT = Instant.parse("2025-06-01T12:00:00Z");

  private TestCaptures() {}

  /** A capture of {@code bytes} as {@code type}, from {@code source}. */
  public static Capture of(String source, MediaType type, byte[] bytes) {
    return Capture.of(source, type, CAPTURED_AT, bytes);
  }

  /** A plain-text capture. */
  public static Capture text(String text) {
    return Capture.ofText("test.txt", MediaType.TEXT_PLAIN, CAPTURED_AT, text);
  }

  /** An HTML capture. */
  public static Capture html(String html) {
    return Capture.ofText("test.html", MediaType.TEXT_HTML, CAPTURED_AT, html);
  }

  /** A JSON article record capture. */
  public static Capture json(String json) {
    return Capture.ofText("test.jsonl:1", MediaType.ARTICLE_JSON, CAPTURED_AT, json);
  }
}

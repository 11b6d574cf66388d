package org.newsgraph.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The exact bytes of one input document and where and when they came from: the source of truth from
 * which every derived fact is computed. Its id is the SHA-256 of the bytes, so the same bytes
 * always get the same id wherever they come from.
 *
 * <p>The {@code content} array is owned by the capture and must never be modified; it is not copied
 * because pages can be megabytes long and pass through several stages.
 *
 * @param id lowercase hex SHA-256 of {@code content}
 * @param source where the bytes came from, as the user gave it (a path, {@code path:line} or URL)
 * @param mediaType what kind of document the bytes are
 * @param capturedAt when the bytes were read
 * @param content the bytes
 */
public record Capture(
    String id, String source, MediaType mediaType, Instant capturedAt, byte[] content) {

  private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

  /** Length of an article id: a prefix of its capture's id. */
  public static final int ARTICLE_ID_LENGTH = 16;

  public Capture {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(mediaType, "mediaType");
    Objects.requireNonNull(capturedAt, "capturedAt");
    Objects.requireNonNull(content, "content");
    if (!SHA256_HEX.matcher(id).matches()) {
      throw new IllegalArgumentException("id must be a lowercase hex SHA-256, got " + id);
    }
  }

  /** Captures {@code content}, computing its id. */
  public static Capture of(String source, MediaType mediaType, Instant capturedAt, byte[] content) {
    return new Capture(sha256(content), source, mediaType, capturedAt, content);
  }

  /** Captures a text, encoded as UTF-8. */
  public static Capture ofText(
      String source, MediaType mediaType, Instant capturedAt, String text) {
    return of(source, mediaType, capturedAt, text.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The id of the article extracted from this capture: a stable prefix of the capture id, short
   * enough to type and unique in any realistic corpus (64 bits).
   */
  public String articleId() {
    return id.substring(0, ARTICLE_ID_LENGTH);
  }

  /** Lowercase hex SHA-256 of {@code bytes}. */
  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK must provide SHA-256", e);
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Capture c
        && id.equals(c.id)
        && source.equals(c.source)
        && mediaType == c.mediaType
        && capturedAt.equals(c.capturedAt);
  }

  @Override
  public int hashCode() {
    return id.hashCode();
  }

  @Override
  public String toString() {
    return "Capture[id=%s, source=%s, mediaType=%s, capturedAt=%s, %d bytes]"
        .formatted(id, source, mediaType.mime(), capturedAt, content.length);
  }
}

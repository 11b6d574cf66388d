package org.newsgraph.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * What kind of document a capture holds. It decides which extractor reads the capture, and it is
 * stored with the capture so the choice can be repeated when derived data is rebuilt.
 */
public enum MediaType {
  /** A plain-text page, possibly with page chrome around the article. */
  TEXT_PLAIN("text/plain"),
  /** An HTML page. */
  TEXT_HTML("text/html"),
  /** One JSON object describing an article: {@code url}, {@code title}, {@code text}, ... */
  ARTICLE_JSON("application/vnd.newsgraph.article+json");

  private final String mime;

  MediaType(String mime) {
    this.mime = mime;
  }

  /** The MIME type string stored in the catalog and shown to users. */
  public String mime() {
    return mime;
  }

  /** The media type with the given MIME string, if it is one we know. */
  public static Optional<MediaType> ofMime(String mime) {
    return Arrays.stream(values()).filter(t -> t.mime.equalsIgnoreCase(mime)).findFirst();
  }
}

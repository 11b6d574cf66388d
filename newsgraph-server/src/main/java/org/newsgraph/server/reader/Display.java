package org.newsgraph.server.reader;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** How the reader writes values for people: dates in UTC, long and unambiguous. */
public final class Display {

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH).withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
          .withZone(ZoneOffset.UTC);

  private Display() {}

  /** "22 November 2026", or an empty string when there is no date. */
  public static String date(@Nullable Instant instant) {
    return instant == null ? "" : DATE.format(instant);
  }

  /** "22 November 2026, 19:16 UTC". */
  public static String dateTime(Instant instant) {
    return DATE_TIME.format(instant);
  }

  /**
   * {@code url} if it is safe to link to (an absolute http or https address), else null: a source's
   * {@code javascript:} or {@code data:} "URL" must never become a clickable link.
   */
  public static @Nullable String webLink(@Nullable String url) {
    if (url == null) {
      return null;
    }
    try {
      URI uri = new URI(url.strip());
      String scheme = uri.getScheme();
      boolean web = "http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme);
      return web && uri.getHost() != null ? uri.toString() : null;
    } catch (URISyntaxException e) {
      return null;
    }
  }

  /** The ISO-8601 form, for {@code <time datetime>}. */
  public static String iso(@Nullable Instant instant) {
    return instant == null ? "" : instant.toString();
  }
}

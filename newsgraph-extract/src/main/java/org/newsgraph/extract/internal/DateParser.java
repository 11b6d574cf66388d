package org.newsgraph.extract.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the publication dates that sources write: ISO-8601 instants, date-times with or without an
 * offset, plain dates, and RFC 1123 (feeds, HTTP). A time without a zone is taken as UTC; a plain
 * date as midnight UTC.
 */
public final class DateParser {

  private static final List<Function<String, Instant>> FORMATS =
      List.of(
          Instant::parse,
          s -> OffsetDateTime.parse(s).toInstant(),
          s -> ZonedDateTime.parse(s).toInstant(),
          s -> LocalDateTime.parse(s).toInstant(ZoneOffset.UTC),
          s -> LocalDate.parse(s).atStartOfDay(ZoneOffset.UTC).toInstant(),
          s -> ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant(),
          s -> OffsetDateTime.parse(s.replace(' ', 'T')).toInstant(),
          s -> LocalDateTime.parse(s.replace(' ', 'T')).toInstant(ZoneOffset.UTC));

  private static final String MONTHS =
      "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
          + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";

  /** "November 18, 2019", "Nov. 18 2019, 4:52 PM ET". */
  private static final Pattern MONTH_DAY_YEAR =
      Pattern.compile(
          "(?i)\\b"
              + MONTHS
              + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})"
              + "(?:[,\\s]+(?:at\\s+)?(\\d{1,2}):(\\d{2})\\s*([ap]\\.?m\\.?)?\\s*([a-z]{2,4})?)?");

  /** "18 November 2019", "Monday 18 Nov 2019 10:31 GMT". */
  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile(
          "(?i)\\b(\\d{1,2})(?:st|nd|rd|th)?\\.?\\s+"
              + MONTHS
              + ",?\\s+(\\d{4})"
              + "(?:[,\\s]+(\\d{1,2}):(\\d{2})\\s*([ap]\\.?m\\.?)?\\s*([a-z]{2,4})?)?");

  /** A date in a URL path: /2019/11/18/, /2019-11-18/, /20191118/. */
  private static final Pattern URL_DATE =
      Pattern.compile(
          "/((?:19|20)\\d{2})[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\\d|3[01])(?:[/-]|$)"
              + "|/((?:19|20)\\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])/");

  private static final Map<String, Integer> ZONE_HOURS =
      Map.ofEntries(
          Map.entry("utc", 0),
          Map.entry("gmt", 0),
          Map.entry("bst", 1),
          Map.entry("cet", 1),
          Map.entry("cest", 2),
          Map.entry("eet", 2),
          Map.entry("est", -5),
          Map.entry("edt", -4),
          Map.entry("et", -5),
          Map.entry("cst", -6),
          Map.entry("cdt", -5),
          Map.entry("ct", -6),
          Map.entry("mst", -7),
          Map.entry("mdt", -6),
          Map.entry("pst", -8),
          Map.entry("pdt", -7),
          Map.entry("pt", -8),
          Map.entry("ist", 5));

  private DateParser() {}

  /**
   * The first date written out in English in {@code text} ("November 18, 2019, 4:52 PM ET", "18 Nov
   * 2019"). A time without a known zone is taken as UTC; a date without a time as midnight UTC.
   */
  public static Optional<Instant> parseProse(String text) {
    Matcher m = MONTH_DAY_YEAR.matcher(text);
    if (m.find()) {
      return instant(
          m.group(3), m.group(1), m.group(2), m.group(4), m.group(5), m.group(6), m.group(7));
    }
    m = DAY_MONTH_YEAR.matcher(text);
    if (m.find()) {
      return instant(
          m.group(3), m.group(2), m.group(1), m.group(4), m.group(5), m.group(6), m.group(7));
    }
    return Optional.empty();
  }

  /** The date in a URL's path, as midnight UTC. */
  public static Optional<Instant> parseUrl(String url) {
    Matcher m = URL_DATE.matcher(url);
    if (!m.find()) {
      return Optional.empty();
    }
    int base = m.group(1) != null ? 1 : 4;
    try {
      return Optional.of(
          LocalDate.of(
                  Integer.parseInt(m.group(base)),
                  Integer.parseInt(m.group(base + 1)),
                  Integer.parseInt(m.group(base + 2)))
              .atStartOfDay(ZoneOffset.UTC)
              .toInstant());
    } catch (java.time.DateTimeException e) {
      return Optional.empty();
    }
  }

  private static Optional<Instant> instant(
      String year, String month, String day, String hour, String minute, String ampm, String zone) {
    try {
      int m = monthNumber(month);
      LocalDate date = LocalDate.of(Integer.parseInt(year), m, Integer.parseInt(day));
      if (hour == null) {
        return Optional.of(date.atStartOfDay(ZoneOffset.UTC).toInstant());
      }
      int h = Integer.parseInt(hour);
      if (ampm != null) {
        boolean pm = Character.toLowerCase(ampm.charAt(0)) == 'p';
        h = h % 12 + (pm ? 12 : 0);
      }
      int offset = zone == null ? 0 : ZONE_HOURS.getOrDefault(zone.toLowerCase(Locale.ROOT), 0);
      return Optional.of(
          date.atTime(h, Integer.parseInt(minute)).toInstant(ZoneOffset.ofHours(offset)));
    } catch (java.time.DateTimeException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static int monthNumber(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    String[] prefixes = {
      "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"
    };
    for (int i = 0; i < prefixes.length; i++) {
      if (n.startsWith(prefixes[i])) {
        return i + 1;
      }
    }
    throw new java.time.DateTimeException("not a month: " + name);
  }

  /** The instant {@code text} names, if it is in one of the known formats. */
  public static Optional<Instant> parse(String text) {
    String s = text.strip();
    if (s.isEmpty()) {
      return Optional.empty();
    }
    for (Function<String, Instant> format : FORMATS) {
      try {
        return Optional.of(format.apply(s));
      } catch (DateTimeParseException e) {
        // try the next format
      }
    }
    return Optional.empty();
  }
}

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
import java.util.Optional;
import java.util.function.Function;

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

  private DateParser() {}

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

package org.newsgraph.enrich.dates;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.newsgraph.model.analysis.Span;
import org.newsgraph.model.analysis.TemporalExpression;

/**
 * Finds mentions of time in running text and says which day they mean. Absolute dates ("October 7,
 * 2023", "7 October 2023", "2023-10-07", "March 2024", "in 2023") need nothing else; a date without
 * a year ("since October 7th") takes the year the text gives the same day with elsewhere; else it,
 * weekdays ("on Tuesday"), "yesterday", "last week", "the weekend" and the like are read relative
 * to the publication date, and keep a null date when it is unknown. A weekday in news copy means
 * the most recent such day up to the publication date; "the weekend" the most recent Saturday and
 * Sunday.
 */
public final class DateFinder {

  private static final Map<String, Integer> MONTHS =
      Map.ofEntries(
          Map.entry("january", 1),
          Map.entry("jan", 1),
          Map.entry("february", 2),
          Map.entry("feb", 2),
          Map.entry("march", 3),
          Map.entry("mar", 3),
          Map.entry("april", 4),
          Map.entry("apr", 4),
          Map.entry("may", 5),
          Map.entry("june", 6),
          Map.entry("jun", 6),
          Map.entry("july", 7),
          Map.entry("jul", 7),
          Map.entry("august", 8),
          Map.entry("aug", 8),
          Map.entry("september", 9),
          Map.entry("sep", 9),
          Map.entry("sept", 9),
          Map.entry("october", 10),
          Map.entry("oct", 10),
          Map.entry("november", 11),
          Map.entry("nov", 11),
          Map.entry("december", 12),
          Map.entry("dec", 12));
  private static final String MONTH =
      "(January|February|March|April|May|June|July|August|September|October|November|December"
          + "|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?"
          + "|Dec\\.?)";
  private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
  private static final String YEAR = "((?:19|20)\\d{2})";
  private static final String WEEKDAY =
      "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";

  /** Alternatives, tried in order at each position; the first (longest) match wins. */
  private static final Pattern PATTERN =
      Pattern.compile(
          "\\b(?:"
              + "(?<mdy>"
              + MONTH
              + "\\s+"
              + DAY
              + ",?\\s+"
              + YEAR
              + ")"
              + "|(?<dmy>"
              + DAY
              + "\\s+(?:of\\s+)?"
              + MONTH
              + ",?\\s+"
              + YEAR
              + ")"
              + "|(?<iso>"
              + YEAR
              + "-(\\d{2})-(\\d{2}))"
              + "|(?<md>"
              + MONTH
              + "\\s+"
              + DAY
              + "(?!\\d))"
              + "|(?<dm>"
              + DAY
              + "\\s+(?:of\\s+)?"
              + MONTH
              + ")"
              + "|(?<my>"
              + MONTH
              + ",?\\s+"
              + YEAR
              + ")"
              + "|(?<rel>(?i:yesterday|today|tomorrow|tonight))"
              + "|(?<wkend>(?i:(?:this|last|next|the)\\s+weekend))"
              + "|(?<unit>(?i:(?:this|last|next|past)\\s+(?:week|month|year)))"
              + "|(?<wd>(?:(?i:last|next|this)\\s+)?"
              + WEEKDAY
              + ")"
              + "|(?<year>(?<=(?i:in|since|by|until|of|from|during|before|after)\\s)"
              + YEAR
              + "(?![\\d-]))"
              + ")\\b");

  /**
   * Temporal expressions in {@code text}; relative ones read against {@code published}. A day
   * without a year that the text also gives with one ("October 7, 2023" ... "since October 7th")
   * takes that year, the nearest such mention before it first: the story has named the day. Only a
   * day in the week around publication keeps the publication's year ("two years since October 7,
   * 2023 ... On October 7, crowds gathered" in a story of October 8): news tells of the last days.
   */
  public List<TemporalExpression> find(String text, @Nullable LocalDate published) {
    List<Found> found = new ArrayList<>();
    Matcher m = PATTERN.matcher(text);
    while (m.find()) {
      Found f = read(m, published);
      if (f != null) {
        found.add(f);
      }
    }
    List<TemporalExpression> out = new ArrayList<>(found.size());
    for (int i = 0; i < found.size(); i++) {
      out.add(withNamedYear(found, i, published));
    }
    return out;
  }

  /**
   * One expression as read, with what naming its year needs: the month and day of a day given
   * without a year (else 0), and whether the text gave the year.
   */
  private record Found(TemporalExpression expression, int month, int day, boolean yearGiven) {
    Found(TemporalExpression expression, boolean yearGiven) {
      this(expression, 0, 0, yearGiven);
    }
  }

  /**
   * {@code found[i]}, a day without a year given the year of the dated mention of the same day
   * nearest before it, else after it.
   */
  private static TemporalExpression withNamedYear(
      List<Found> found, int i, @Nullable LocalDate published) {
    Found f = found.get(i);
    TemporalExpression t = f.expression();
    boolean recent =
        published != null
            && t.date() != null
            && Math.abs(t.date().toEpochDay() - published.toEpochDay()) <= 7;
    if (f.month() == 0 || recent) {
      return t;
    }
    for (int step : new int[] {-1, 1}) {
      for (int j = i + step; j >= 0 && j < found.size(); j += step) {
        LocalDate d = found.get(j).expression().date();
        if (found.get(j).yearGiven()
            && d != null
            && d.getMonthValue() == f.month()
            && d.getDayOfMonth() == f.day()) {
          return new TemporalExpression(t.span(), t.text(), d, "DAY");
        }
      }
    }
    return t;
  }

  private static @Nullable Found read(Matcher m, @Nullable LocalDate published) {
    Span span = new Span(m.start(), m.end());
    String text = m.group();
    try {
      if (m.group("mdy") != null) {
        return new Found(day(span, text, date(m.group("mdy"), true)), true);
      }
      if (m.group("dmy") != null) {
        return new Found(day(span, text, date(m.group("dmy"), false)), true);
      }
      if (m.group("iso") != null) {
        return new Found(day(span, text, LocalDate.parse(m.group("iso"))), true);
      }
      if (m.group("md") != null || m.group("dm") != null) {
        boolean monthFirst = m.group("md") != null;
        String[] parts =
            (monthFirst ? m.group("md") : m.group("dm")).replace(" of ", " ").trim().split("\\s+");
        int month = month(monthFirst ? parts[0] : parts[1]);
        int day = dayNumber(monthFirst ? parts[1] : parts[0]);
        LocalDate d = published == null ? null : nearestYear(month, day, published);
        return new Found(new TemporalExpression(span, text, d, "DAY"), month, day, false);
      }
      if (m.group("my") != null) {
        String[] parts = m.group("my").replace(",", " ").trim().split("\\s+");
        int month = month(parts[0]);
        return new Found(
            new TemporalExpression(
                span,
                text,
                LocalDate.of(Integer.parseInt(parts[parts.length - 1]), month, 1),
                "MONTH"),
            false);
      }
      if (m.group("year") != null) {
        return new Found(
            new TemporalExpression(
                span, text, LocalDate.of(Integer.parseInt(m.group("year")), 1, 1), "YEAR"),
            false);
      }
      if (m.group("rel") != null) {
        int shift =
            switch (text.toLowerCase(Locale.ROOT)) {
              case "yesterday" -> -1;
              case "tomorrow" -> 1;
              default -> 0;
            };
        return new Found(
            day(span, text, published == null ? null : published.plusDays(shift)), false);
      }
      if (m.group("wkend") != null) {
        return new Found(
            new TemporalExpression(span, text, weekend(text, published), "WEEKEND"), false);
      }
      if (m.group("unit") != null) {
        return new Found(unit(span, text, published), false);
      }
      if (m.group("wd") != null) {
        return new Found(weekday(span, text, published), false);
      }
    } catch (DateTimeException | NumberFormatException e) {
      return null; // "February 30, 2024" is not a date
    }
    return null;
  }

  private static TemporalExpression day(Span span, String text, @Nullable LocalDate date) {
    return new TemporalExpression(span, text, date, "DAY");
  }

  private static LocalDate date(String phrase, boolean monthFirst) {
    String[] parts = phrase.replace(",", " ").replace(" of ", " ").trim().split("\\s+");
    int month = month(monthFirst ? parts[0] : parts[1]);
    int day = dayNumber(monthFirst ? parts[1] : parts[0]);
    return LocalDate.of(Integer.parseInt(parts[2]), month, day);
  }

  /**
   * A day and month without a year: news looks back, so the latest occurrence up to a month after
   * the publication date ("October 7" in a June story is last October, not next).
   */
  private static LocalDate nearestYear(int month, int day, LocalDate published) {
    LocalDate d = LocalDate.of(published.getYear(), month, day);
    return d.isAfter(published.plusDays(31)) ? d.minusYears(1) : d;
  }

  private static int month(String word) {
    Integer m = MONTHS.get(word.replace(".", "").toLowerCase(Locale.ROOT));
    if (m == null) {
      throw new DateTimeException("not a month: " + word);
    }
    return m;
  }

  private static int dayNumber(String word) {
    return Integer.parseInt(word.replaceAll("\\D", ""));
  }

  private static @Nullable LocalDate weekend(String text, @Nullable LocalDate published) {
    if (published == null) {
      return null;
    }
    String which = text.toLowerCase(Locale.ROOT).split("\\s+")[0];
    LocalDate saturday =
        published.getDayOfWeek() == DayOfWeek.SUNDAY
            ? published.minusDays(1)
            : published.with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
    return switch (which) {
      case "next" -> published.with(TemporalAdjusters.next(DayOfWeek.SATURDAY));
      case "this" ->
          published.getDayOfWeek() == DayOfWeek.SUNDAY
                  || published.getDayOfWeek() == DayOfWeek.SATURDAY
              ? saturday
              : published.with(TemporalAdjusters.next(DayOfWeek.SATURDAY));
      default -> saturday; // "the weekend", "last weekend": the one just past
    };
  }

  private static TemporalExpression unit(Span span, String text, @Nullable LocalDate published) {
    String[] words = text.toLowerCase(Locale.ROOT).split("\\s+");
    String granularity = words[1].toUpperCase(Locale.ROOT);
    if (published == null) {
      return new TemporalExpression(span, text, null, granularity);
    }
    int shift =
        switch (words[0]) {
          case "last", "past" -> -1;
          case "next" -> 1;
          default -> 0;
        };
    LocalDate d =
        switch (words[1]) {
          case "week" -> published.plusWeeks(shift).with(DayOfWeek.MONDAY);
          case "month" -> published.plusMonths(shift).withDayOfMonth(1);
          default -> published.plusYears(shift).withDayOfYear(1);
        };
    return new TemporalExpression(span, text, d, granularity);
  }

  private static TemporalExpression weekday(Span span, String text, @Nullable LocalDate published) {
    if (published == null) {
      return new TemporalExpression(span, text, null, "DAY");
    }
    String[] words = text.split("\\s+");
    DayOfWeek day = DayOfWeek.valueOf(words[words.length - 1].toUpperCase(Locale.ROOT));
    String which = words.length > 1 ? words[0].toLowerCase(Locale.ROOT) : "";
    LocalDate d =
        switch (which) {
          case "next" -> published.with(TemporalAdjusters.next(day));
          case "last" -> published.with(TemporalAdjusters.previous(day));
          default -> published.with(TemporalAdjusters.previousOrSame(day));
        };
    return new TemporalExpression(span, text, d, "DAY");
  }
}

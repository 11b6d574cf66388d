package org.newsgraph.model.analysis;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A mention of a time ("October 7, 2023", "the weekend", "last year"), normalised to a date where
 * possible.
 *
 * @param date the day meant (for a week, year or weekend: its first day), when it can be known
 * @param granularity DAY, WEEK, WEEKEND, MONTH or YEAR
 */
public record TemporalExpression(
    Span span, String text, @Nullable LocalDate date, String granularity) {
  public TemporalExpression {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(granularity, "granularity");
  }
}

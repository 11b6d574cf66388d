package org.newsgraph.store;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The language an article is filed under, and where it came from.
 *
 * @param code ISO 639-1 code ({@code "en"}), or {@code "und"} when undetermined
 * @param source "detected", or the declaration it was read from (e.g. "html[lang]"); null when
 *     undetermined
 */
public record LanguageChoice(String code, @Nullable String source) {
  public LanguageChoice {
    Objects.requireNonNull(code, "code");
  }

  /** A language whose origin is not recorded (tests, imports). */
  public static LanguageChoice of(String code) {
    return new LanguageChoice(code, null);
  }
}

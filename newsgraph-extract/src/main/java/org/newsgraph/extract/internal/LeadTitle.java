package org.newsgraph.extract.internal;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Derives a headline for an article that has none, from its lead sentence: the sentence itself when
 * it is short, otherwise its beginning cut at a word boundary and marked with an ellipsis.
 */
public final class LeadTitle {

  /** Longest derived title, ellipsis included. */
  public static final int MAX_CHARS = 100;

  private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"'\u201d\u2019)]*\\s+");

  /** Words that end with a period without ending the sentence. */
  private static final Set<String> ABBREVIATIONS =
      Set.of(
          "mr", "mrs", "ms", "dr", "st", "gen", "lt", "col", "sgt", "capt", "sen", "rep", "gov",
          "prof", "jr", "sr", "inc", "co", "corp", "ltd", "no", "vs", "etc", "jan", "feb", "mar",
          "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.k", "u.n",
          "e.u", "a.m", "p.m", "d.c");

  private LeadTitle() {}

  /** A title for a text that starts with {@code lead} (its first paragraph). */
  public static String derive(String lead) {
    String sentence = firstSentence(lead.strip()).strip();
    String trimmed = sentence.replaceAll("[.!;:,\\s]+$", "");
    if (trimmed.length() <= MAX_CHARS) {
      return trimmed;
    }
    int cut = trimmed.lastIndexOf(' ', MAX_CHARS - 1);
    if (cut < MAX_CHARS / 2) {
      cut = MAX_CHARS - 1; // one enormous word: cut inside it rather than return nothing
    }
    return trimmed.substring(0, cut).replaceAll("[\\s,;:\u2014\u2013-]+$", "") + "\u2026";
  }

  public static String firstSentence(String text) {
    Matcher m = SENTENCE_END.matcher(text);
    while (m.find()) {
      int end = m.start();
      if (text.charAt(end) == '.' && isAbbreviation(text, end)) {
        continue;
      }
      int next = m.end();
      if (next < text.length() && Character.isLowerCase(text.charAt(next))) {
        continue;
      }
      return text.substring(0, m.start() + 1);
    }
    return text;
  }

  private static boolean isAbbreviation(String text, int dot) {
    int start = dot;
    while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
      start--;
    }
    String word = text.substring(start, dot).toLowerCase(Locale.ROOT);
    return word.length() == 1 || ABBREVIATIONS.contains(word.replaceAll("^[\"'(\u201c]+", ""));
  }
}

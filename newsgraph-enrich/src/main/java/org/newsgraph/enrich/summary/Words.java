package org.newsgraph.enrich.summary;

import java.util.Locale;
import java.util.Set;
import org.newsgraph.enrich.nlp.Token;

/**
 * Which words carry a text's subject, for both the summary and the keyphrases: nouns, names, verbs
 * and adjectives, less the handful that appear in any news story whatever it is about.
 */
final class Words {

  private static final Set<String> GENERIC =
      Set.of(
          "say",
          "says",
          "said",
          "year",
          "years",
          "time",
          "times",
          "way",
          "ways",
          "thing",
          "things",
          "day",
          "days",
          "week",
          "weeks",
          "month",
          "months",
          "people",
          "part",
          "lot",
          "kind",
          "number",
          "be",
          "is",
          "are",
          "was",
          "were",
          "been",
          "have",
          "has",
          "had",
          "do",
          "does",
          "did",
          "make",
          "made",
          "get",
          "got",
          "go",
          "went",
          "take",
          "took",
          "other",
          "such",
          "many",
          "much",
          "more",
          "most",
          "new",
          "same",
          "own",
          "first",
          "last",
          "next",
          "several",
          "various",
          "certain",
          "recent",
          "further",
          "also",
          "well",
          "including",
          "according",
          "percent",
          "today",
          "yesterday",
          "monday",
          "tuesday",
          "wednesday",
          "thursday",
          "friday",
          "saturday",
          "sunday",
          "mr",
          "mrs",
          "ms",
          "dr");

  private Words() {}

  /** Whether {@code t} says something about the subject. */
  static boolean isContent(Token t) {
    if (!(t.is("NOUN") || t.is("PROPN") || t.is("VERB") || t.is("ADJ"))) {
      return false;
    }
    String k = key(t);
    return k.length() > 1 && !GENERIC.contains(k) && Character.isLetter(k.charAt(0));
  }

  /** Whether {@code t} may be part of a keyphrase. */
  static boolean isPhraseWord(Token t) {
    return (t.is("NOUN") || t.is("PROPN") || t.is("ADJ"))
        && !GENERIC.contains(key(t))
        && Character.isLetter(t.text().charAt(0));
  }

  /** Whether {@code t} may end a keyphrase: a noun or a name. */
  static boolean isPhraseHead(Token t) {
    return (t.is("NOUN") || t.is("PROPN")) && isPhraseWord(t);
  }

  /** The word, lowercased, without possessive or trailing full stop. */
  static String key(Token t) {
    String w = t.text().toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    if (w.endsWith("'s")) {
      w = w.substring(0, w.length() - 2);
    }
    if (w.length() > 1 && w.endsWith(".")) {
      w = w.substring(0, w.length() - 1);
    }
    return w;
  }
}

package org.newsgraph.enrich.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsgraph.enrich.nlp.Sentence;
import org.newsgraph.enrich.nlp.Token;
import org.newsgraph.model.analysis.Span;

/**
 * Trims what the attribution finder's clause shapes leave around a source or a content: the
 * circumstances of the report are not what was reported. "said on Tuesday that X" reports "that X";
 * "X, another example of ..." ends before the apposition; "However," and "And" open the sentence,
 * not the content; "on Thursday" or "in a statement" closes the report, not the content; "David
 * Axelrod on Wednesday" is David Axelrod. Quotations are left whole.
 */
final class SpanTrimmer {

  private static final Set<String> WEEKDAYS =
      Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");
  private static final Set<String> TIME_WORDS =
      Set.of(
          "today",
          "yesterday",
          "tonight",
          "week",
          "weekend",
          "month",
          "year",
          "morning",
          "afternoon",
          "evening",
          "night");
  private static final Set<String> MONTHS =
      Set.of(
          "january",
          "february",
          "march",
          "april",
          "may",
          "june",
          "july",
          "august",
          "september",
          "october",
          "november",
          "december");

  static final Set<String> MEDIUM_NOUNS =
      Set.of(
          "statement",
          "interview",
          "email",
          "e-mail",
          "letter",
          "speech",
          "tweet",
          "post",
          "memo",
          "report",
          "op-ed",
          "essay",
          "appearance",
          "address",
          "briefing",
          "release");
  private static final Set<String> CIRCUMSTANCE_OPENERS =
      Set.of("during", "since", "amid", "because", "while", "when", "after", "before");
  private static final Set<String> COMPLEMENTISERS =
      Set.of("that", "how", "why", "whether", "if", "what", "when");
  private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "another");

  private SpanTrimmer() {}

  static List<AttributionFinder.Found> trim(
      String text,
      List<Sentence> sentences,
      QuoteRegions quotes,
      List<AttributionFinder.Found> found) {
    List<AttributionFinder.Found> out = new ArrayList<>(found.size());
    for (AttributionFinder.Found f : found) {
      List<Span> source = new ArrayList<>();
      for (Span s : f.source()) {
        source.add(trimSource(Sentence.tokensIn(sentences, s), s));
      }
      List<Span> content = new ArrayList<>();
      for (Span c : f.content()) {
        content.add(
            isQuotation(text, quotes, c) ? c : trimContent(Sentence.tokensIn(sentences, c), c, f));
      }
      out.add(new AttributionFinder.Found(source, f.cue(), content, f.kind()));
    }
    return out;
  }

  private static boolean isQuotation(String text, QuoteRegions quotes, Span c) {
    Span q = quotes.at(c.start());
    return q != null && q.start() == c.start();
  }

  private static Span trimSource(List<Token> t, Span s) {
    if (t.isEmpty()) {
      return s;
    }
    // "said Rep. Elijah Cummings, the top Democrat on the committee, in a statement"
    // ("the Cook Political Report" is a name, not a medium)
    int medium = t.get(t.size() - 1).capitalized() ? t.size() - 1 : trailingMedium(t, t.size() - 1);
    while (medium > 0 && medium < t.size() - 1 && t.get(medium).text().equals(",")) {
      medium--;
    }
    if (medium < t.size() - 1 && medium >= 0) {
      return new Span(s.start(), t.get(medium).end());
    }
    int last = trailingTime(t, t.size() - 1);
    if (last < t.size() - 1 && last > 0 && t.get(last).is("ADV")) {
      last--; // "Wells Fargo just [this month]"
    }
    // "a poll released last week": the time says which poll, it is part of the source
    if (last < t.size() - 1 && last >= 0 && !t.get(last).lower().endsWith("ed")) {
      return new Span(s.start(), t.get(last).end());
    }
    return s;
  }

  private static Span trimContent(List<Token> t, Span c, AttributionFinder.Found f) {
    if (t.size() < 3) {
      return c;
    }
    int first = 0;
    int last = t.size() - 1;
    boolean after = c.start() > f.cue().start();
    if (!after) {
      // "However, X, the minister said": the opening adverb is the writer's
      if (t.get(first).is("CCONJ") && !t.get(first).lower().equals("but")) {
        first++;
      } else if (t.get(first).is("ADV") && t.get(first + 1).text().equals(",")) {
        first += 2;
      }
    } else {
      first = complementStart(t);
    }
    last = trailingApposition(t, first, last);
    if (after) {
      last = trailingCircumstance(t, first, last);
    }
    last = trailingMedium(t, last);
    while (last > first && t.get(last).text().equals(",")) {
      last--;
    }
    if (last < first) {
      return c;
    }
    return new Span(t.get(first).start(), t.get(last).end());
  }

  /**
   * "on Tuesday that X", "in an email that X", "repeatedly that X", "Saturday how X": the content
   * is "that X"; "on Friday the arrest of ...": the content starts after the day.
   */
  private static int complementStart(List<Token> t) {
    int day = leadingDay(t);
    if (day > 0 && day < t.size() - 1) {
      return day;
    }
    int that = addresseeBeforeThat(t);
    if (that > 0) {
      return that;
    }
    if (!(t.get(0).is("ADP") || t.get(0).is("ADV"))) {
      return 0;
    }
    for (int i = 1; i < Math.min(t.size() - 1, 8); i++) {
      Token w = t.get(i);
      if (COMPLEMENTISERS.contains(w.lower())) {
        return i;
      }
      if (w.is("VERB") || w.is("AUX") || w.is("PUNCT") && !w.text().equals(",")) {
        return 0;
      }
    }
    return 0;
  }

  /**
   * "continues to insist, most recently in an interview with ABC News, that X", "says at a stop in
   * Toledo, Ohio, that X": the index of a "that" opening the reported clause after a circumstance,
   * else 0. A noun right before "that" may be what the clause is about or have the clause as its
   * relative ("the leader that Mr. Trump admires") and stays.
   */
  private static int addresseeBeforeThat(List<Token> t) {
    Token first = t.get(0);
    if (!first.is("PUNCT")
        && !first.is("ADV")
        && !(first.is("ADP") && !first.lower().equals("with"))) {
      return 0; // "echoed statements by Trump that X", "agreed with Ivana Trump that X"
    }
    for (int i = 1; i < Math.min(t.size() - 1, 16); i++) {
      Token w = t.get(i);
      if (w.is("VERB") || w.is("AUX")) {
        return 0;
      }
      if (w.lower().equals("that") && w.is("SCONJ")) {
        Token before = t.get(i - 1);
        boolean closed = before.is("PROPN") || before.is("PUNCT") || isTimeWord(before.lower());
        return closed ? i : 0;
      }
    }
    return 0;
  }

  private static final java.util.regex.Pattern YEAR =
      java.util.regex.Pattern.compile("(19|20)\\d\\d");

  /** Whether {@code word} is a year of the last two centuries: "2008". */
  private static boolean isYear(String word) {
    return word.length() == 4 && YEAR.matcher(word).matches();
  }

  /** Whether {@code word} (lower case) names a day or a time: "friday", "week", "tonight". */
  static boolean isTimeWord(String word) {
    return WEEKDAYS.contains(word) || TIME_WORDS.contains(word);
  }

  /** The index just past an opening "on Friday", "Saturday" or "last week", else 0. */
  private static int leadingDay(List<Token> t) {
    int i = t.get(0).lower().equals("on") ? 1 : 0;
    if (i < t.size()
        && WEEKDAYS.contains(t.get(i).lower())
        && !(i + 1 < t.size() && t.get(i + 1).text().matches("['\u2019]s?"))) {
      return i + 1; // but "Friday's decision" is what was reported
    }
    if (t.size() > 2
        && (t.get(0).lower().equals("last") || t.get(0).lower().equals("this"))
        && TIME_WORDS.contains(t.get(1).lower())) {
      return 2;
    }
    return 0;
  }

  /** "..., the existing alliance that includes ...": an apposition after the content's end. */
  private static int trailingApposition(List<Token> t, int first, int last) {
    for (int i = first + 2; i < last; i++) {
      if (t.get(i).text().equals(",") && DETERMINERS.contains(t.get(i + 1).lower())) {
        boolean clause = false;
        for (int j = i + 2; j <= Math.min(last, i + 4); j++) {
          if (t.get(j).is("AUX") || t.get(j).is("VERB") && !t.get(j).lower().endsWith("ing")) {
            clause = true; // ", the minister said" or ", the talks failed": not an apposition
          }
        }
        if (!clause) {
          return i - 1;
        }
      }
    }
    return last;
  }

  /**
   * "criticized [the health law] during a campaign stop", "attacked [Machado] in early-morning
   * tweets": after a reported thing with no verb of its own, a phrase of time, place or occasion
   * says when the report was made, not what it was about. A reported clause keeps its circumstances
   * ("said [the talks failed during the summit]").
   */
  private static int trailingCircumstance(List<Token> t, int first, int last) {
    if (COMPLEMENTISERS.contains(t.get(first).lower()) || t.get(first).is("SCONJ")) {
      return last; // "that [the talks failed] during the summit": a clause
    }
    for (int i = first + 1; i < last; i++) {
      Token w = t.get(i);
      // a verb of its own; a participle opening the thing ("recommending charges") is not looked at
      if (w.is("AUX") || w.is("VERB")) {
        return last;
      }
      String x = w.lower();
      boolean occasion =
          CIRCUMSTANCE_OPENERS.contains(x) && (w.is("ADP") || w.is("SCONJ"))
              || (x.equals("in") || x.equals("on") || x.equals("at"))
                  && startsTimeOrOccasion(t, i + 1, last);
      if (occasion && !(w.is("ADP") && resumesAfterOccasion(t, i + 1, last))) {
        int end = i - 1;
        while (end > first && t.get(end).text().equals(",")) {
          end--;
        }
        return end;
      }
    }
    return last;
  }

  /**
   * Whether the reported thing goes on after the occasion starting before {@code from}: an
   * infinitive ("encouraging [his supporters at a rally to ask why]") or a quoted second object
   * ("called [his remarks on Saturday \"a wake-up call\"]"). A relative clause belongs to the
   * occasion ("in tweets that called her ...").
   */
  private static boolean resumesAfterOccasion(List<Token> t, int from, int last) {
    for (int j = from; j <= last; j++) {
      Token w = t.get(j);
      String x = w.lower();
      if (w.is("SCONJ") || x.equals("that") || x.equals("which") || x.equals("who")) {
        return false;
      }
      if (x.equals("to") && w.is("PART") && j + 1 <= last && t.get(j + 1).is("VERB")) {
        return true;
      }
      if (w.is("PUNCT") && AttributionFinder.isQuoteMark(w)) {
        return true;
      }
    }
    return false;
  }

  /** "July", "early-morning tweets", "a statement", "last week's forum", "2008": when or how. */
  private static boolean startsTimeOrOccasion(List<Token> t, int i, int last) {
    for (int j = i; j <= Math.min(last, i + 3); j++) {
      String x = t.get(j).lower();
      if (isTimeWord(x) || MONTHS.contains(x) || isYear(x)) {
        return true;
      }
      if (MEDIUM_NOUNS.contains(x) || x.equals("tweets") || x.equals("website")) {
        return true;
      }
      if (!t.get(j).is("DET")
          && !t.get(j).is("ADJ")
          && !t.get(j).is("NOUN")
          && !t.get(j).text().equals("-")) {
        return false;
      }
    }
    return false;
  }

  /** "... on Thursday", "... last week": a time closing the phrase. */
  private static int trailingTime(List<Token> t, int last) {
    if (last < 2) {
      return last;
    }
    String w = t.get(last).lower();
    String before = t.get(last - 1).lower();
    if (WEEKDAYS.contains(w) && before.equals("on")) {
      return last - 2;
    }
    if (TIME_WORDS.contains(w)
        && (before.equals("last") || before.equals("this") || before.equals("next"))) {
      return last - 2;
    }
    // "USA Today" is a name: a capitalised "Today" after a name is part of it
    boolean named = t.get(last).capitalized() && t.get(last - 1).is("PROPN");
    if ((w.equals("yesterday") || w.equals("today")) && !named) {
      return last - 1;
    }
    if (before.equals("in") && (isYear(w) || MONTHS.contains(w))) {
      return last - 2; // "an arbitration panel in 2001", "federal prosecutors in April"
    }
    return last;
  }

  /** "... in a statement", "... in an interview": the medium closing the report. */
  private static int trailingMedium(List<Token> t, int last) {
    if (last < 3 || !MEDIUM_NOUNS.contains(t.get(last).lower())) {
      return last;
    }
    int i = last - 1;
    while (i > 0 && (t.get(i).is("ADJ") || t.get(i).is("DET") || t.get(i).is("PROPN"))) {
      i--;
    }
    return t.get(i).is("ADP") && i > 0 ? i - 1 : last;
  }
}

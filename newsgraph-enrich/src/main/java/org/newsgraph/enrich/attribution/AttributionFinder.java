package org.newsgraph.enrich.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.newsgraph.enrich.nlp.Sentence;
import org.newsgraph.enrich.nlp.Token;
import org.newsgraph.model.analysis.AttributionKind;
import org.newsgraph.model.analysis.Span;

/**
 * Finds attributions in tagged sentences, cue first: an attributing verb ("said", "warned",
 * "believes") or "according to" is a cue; its source is the noun phrase before it (or after it, in
 * "..., said the minister"), and its content the clause after it, or the quotation or clause before
 * it when the report comes last ("“...,” she said"). A quotation split by its cue ("“A,” he said,
 * “B.”") and one continued in the next sentence are one attribution with several content spans.
 *
 * <p>Stateless and thread-safe.
 */
public final class AttributionFinder {

  /** An attribution as found: spans, before its source is classified. */
  public record Found(List<Span> source, Span cue, List<Span> content, AttributionKind kind) {}

  private static final Set<String> NP_TAGS = Set.of("PROPN", "NOUN", "PRON", "NUM", "ADJ", "DET");
  private static final Set<String> RELATIVE = Set.of("who", "which", "that");
  private static final Set<String> SUBORDINATORS =
      Set.of(
          "since",
          "because",
          "although",
          "though",
          "if",
          "when",
          "while",
          "unless",
          "whereas",
          "after",
          "before",
          "once",
          "until",
          "as");
  private static final Set<String> RELATIVE_OPENERS = Set.of("which", "what", "who");
  private static final Set<String> RELATIVE_WORDS = Set.of("which", "what", "who", "whom", "that");
  private static final Set<String> GOVERNED =
      Set.of("of", "for", "by", "as", "against", "with", "about");
  private static final Set<String> SUBJECT_PRONOUNS = Set.of("i", "we", "you", "he", "she", "they");
  private static final Set<String> OBJECT_PRONOUNS = Set.of("me", "us", "him", "her", "them");
  private static final Set<String> CIRCUMSTANCE =
      Set.of("in", "on", "at", "during", "after", "before", "with", "to", "when", "while");
  private static final Set<String> APPOSITION_OPENERS =
      Set.of("who", "whose", "her", "his", "their", "its", "now", "of", "an", "a");
  private static final Set<String> QUANTIFIERS =
      Set.of("many", "some", "most", "all", "each", "one", "none", "several", "few", "both", "any");

  /**
   * Prepositions that take a speech verb as a gerund sharing the clause's subject: "by saying",
   * "after claiming" (other cues after them are mostly actions: "for refusing", "by adding").
   */
  private static final Set<String> GERUND_PREPOSITIONS =
      Set.of("by", "for", "after", "before", "from", "while", "upon");

  private static final Set<String> SPEECH_VERBS =
      Set.of("say", "tell", "claim", "argue", "insist", "declare", "write", "suggest", "note");

  private static final Set<String> POSSESSIVES = Set.of("his", "her", "their", "its", "our", "my");

  private static final Set<String> SPEAK_PARTICLES = Set.of("of", "about", "out");

  /**
   * Verbs whose "with" or "by" brings the means or the charge, not a part of the cue: "responded
   * with attacks", "replied by citing", "was charged with manslaughter".
   */
  private static final Set<String> MEANS_TAKERS =
      Set.of("respond", "reply", "react", "answer", "retort", "charge");

  /** Cognition verbs that report only with a clause after them ("knows that ..."). */
  private static final Set<String> CLAUSE_TAKERS =
      Set.of(
          "know",
          "feel",
          "learn",
          "assume",
          "discover",
          "realize",
          "realise",
          "recognize",
          "recognise",
          "suspect",
          "wonder",
          "speculate");

  private static final Set<String> WH_WORDS =
      Set.of("what", "when", "where", "why", "how", "whether", "if", "who", "which");

  /** Verbs that hand their subject on to a following "to" and verb, in all their forms. */
  private static final Set<String> CATENATIVES =
      Set.of(
          "continue",
          "continues",
          "continued",
          "continuing",
          "seem",
          "seems",
          "seemed",
          "appear",
          "appears",
          "appeared",
          "try",
          "tries",
          "tried",
          "trying",
          "need",
          "needs",
          "needed",
          "begin",
          "begins",
          "began",
          "begun",
          "start",
          "starts",
          "started",
          "go",
          "goes",
          "went",
          "going");

  private static final Set<String> TEMPORAL_PREPOSITIONS = Set.of("after", "before", "until");

  private static final Set<String> INDEFINITE_PRONOUNS =
      Set.of(
          "everything",
          "anything",
          "something",
          "nothing",
          "everyone",
          "anyone",
          "someone",
          "everybody",
          "anybody",
          "somebody");

  private static final Set<String> DISCOURSE_ADVERBS =
      Set.of("then", "also", "now", "still", "only", "even", "just", "meanwhile", "however", "so");

  /** "and" or "but", after any commas: what joins a second predicate to a first. */
  private static final Pattern JOINED_PREDICATE =
      Pattern.compile("[\\s,]*(and|but)\\b", Pattern.CASE_INSENSITIVE);

  /** Nouns that report a clause: "his claim that ...". */
  private static final Set<String> CLAIM_NOUNS =
      Set.of(
          "claim",
          "claims",
          "assertion",
          "contention",
          "conclusion",
          "warning",
          "argument",
          "insistence",
          "admission",
          "belief",
          "view",
          "assessment",
          "suggestion",
          "prediction",
          "allegation",
          "accusation",
          "estimate",
          "report",
          "fear",
          "fears",
          "hope",
          "concern",
          "message",
          "promise",
          "pledge",
          "statement",
          "announcement",
          "position");

  /** Nouns after "on" that say where or when a report was made: "on his blog", "on the eve". */
  private static final Set<String> ON_OCCASIONS =
      Set.of("blog", "website", "site", "eve", "air", "show", "program", "twitter", "facebook");

  private static final Set<String> INDIRECT_OBJECT_VERBS =
      Set.of("tell", "ask", "urge", "warn", "assure", "remind", "inform", "advise", "accuse");

  /** Verbs whose only object is always the addressee: "he told reporters." reports nothing. */
  private static final Set<String> ADDRESSEE_VERBS =
      Set.of("tell", "ask", "assure", "remind", "inform", "advise");

  /** Attributions in the tagged {@code sentences} of {@code text}, in text order. */
  public List<Found> find(String text, List<Sentence> sentences) {
    QuoteRegions quotes = QuoteRegions.of(text);
    List<Found> out = new ArrayList<>();
    for (int s = 0; s < sentences.size(); s++) {
      Sentence sentence = sentences.get(s);
      List<Token> tokens = sentence.tokens();
      Found previous = null;
      boolean headline = isHeadlineCased(tokens);
      for (int k = 0; k < tokens.size(); k++) {
        Token t = tokens.get(k);
        Found f = null;
        if (t.lower().equals("according")
            && k + 1 < tokens.size()
            && tokens.get(k + 1).lower().equals("to")) {
          f = accordingTo(text, sentence, k);
        } else if ((isCueVerb(tokens, k, headline) || introducesQuotation(text, tokens, k, quotes))
            && quotes.at(t.start()) == null) {
          f = verbCue(text, sentences, s, k, quotes);
        } else if (t.is("NOUN")
            && CLAIM_NOUNS.contains(t.lower())
            && quotes.at(t.start()) == null) {
          f = nominalCue(text, tokens, k, quotes);
        }
        if (f != null && !f.content().isEmpty()) {
          if (previous != null
              && k > 0
              && sharesSubject(tokens, k - 1)
              && t.lower().endsWith("ing")
              && !t.lower().equals("according") // "according to X" names its own source
              && !previous.source().isEmpty()) {
            // "Experts highlight that X, pointing to Y": the participle shares the reporter
            f = new Found(previous.source(), f.cue(), f.content(), f.kind());
          } else if (previous != null && sourceInsideReport(text, f, previous)) {
            // "Trump said [he would order a review] and warned against ...": "he" is the subject
            // of what Trump said; the second verb is Trump's
            f = new Found(previous.source(), f.cue(), f.content(), f.kind());
          }
          out.add(f);
          previous = f;
        }
      }
      Found label = speakerLabel(text, sentence);
      if (label != null) {
        out.add(label);
      }
    }
    out.addAll(signedQuotes(text, quotes));
    out.sort((a, b) -> Integer.compare(a.cue().start(), b.cue().start()));
    return SpanTrimmer.trim(text, sentences, quotes, out);
  }

  /**
   * Whether {@code f}'s source lies in what {@code previous} reported while {@code f}'s cue is a
   * second predicate joined to that report by "and" or "but". A cue inside that content is a report
   * within the report ("said [Clinton claimed X]"), and one after it without a coordinator has a
   * subject of its own ("said [protest is patriotic, as Eric Garner], said before he died").
   */
  private static boolean sourceInsideReport(String text, Found f, Found previous) {
    if (f.source().isEmpty() || previous.source().isEmpty()) {
      return false;
    }
    Span source = f.source().get(0);
    for (Span c : previous.content()) {
      if (c.start() <= source.start()
          && source.end() <= c.end()
          && c.end() <= f.cue().start()
          && previous.cue().end() <= c.start()
          && JOINED_PREDICATE.matcher(text.substring(c.end(), f.cue().start())).lookingAt()) {
        return true;
      }
    }
    return false;
  }

  /**
   * "PENCE: Well, look..." and "Poll: Voters abandon ...": a line that opens with a name (one to
   * four capitalised words) and a colon gives the rest of the line to that name.
   */
  private static @Nullable Found speakerLabel(String text, Sentence sentence) {
    if (sentence.start() > 0 && text.charAt(sentence.start() - 1) != '\n') {
      return null;
    }
    List<Token> tokens = sentence.tokens();
    int first = 0;
    while (first < tokens.size() && isQuoteMark(tokens.get(first))) {
      first++;
    }
    int colon = first;
    while (colon < tokens.size() && colon - first <= 4 && !tokens.get(colon).text().equals(":")) {
      Token t = tokens.get(colon);
      boolean name =
          t.capitalized() && (t.is("PROPN") || isAllCapitals(t.text()) || t.is("NOUN"))
              || t.text().equals(".") && colon > first;
      if (!name) {
        return null;
      }
      colon++;
    }
    if (colon == first || colon >= tokens.size() - 1 || colon - first > 4) {
      return null;
    }
    if (!tokens.get(colon).text().equals(":")) {
      return null;
    }
    int lineEnd = text.indexOf('\n', sentence.start());
    Span content =
        trimmed(text, tokens.get(colon + 1).start(), lineEnd < 0 ? text.length() : lineEnd);
    if (content == null) {
      return null;
    }
    Span source = span(tokens, first, colon - 1);
    Span cue = new Span(tokens.get(colon).start(), tokens.get(colon).end());
    return new Found(List.of(source), cue, List.of(content), kindOf(text, List.of(content)));
  }

  private static boolean isAllCapitals(String word) {
    return word.length() > 1 && word.chars().allMatch(c -> !Character.isLowerCase(c));
  }

  /** "“...” ― Sonya Herridge": a quotation signed with a dash and a name on the same line. */
  private static List<Found> signedQuotes(String text, QuoteRegions quotes) {
    List<Found> out = new ArrayList<>();
    for (Span q : quotes.all()) {
      int i = q.end();
      while (i < text.length() && (isBlank(text.charAt(i)) || isClosingQuote(text.charAt(i)))) {
        i++;
      }
      if (i >= text.length() || "\u2015\u2014\u2013-".indexOf(text.charAt(i)) < 0) {
        continue;
      }
      int dash = i++;
      while (i < text.length() && isBlank(text.charAt(i))) {
        i++;
      }
      int lineEnd = text.indexOf('\n', i);
      int end = lineEnd < 0 ? text.length() : lineEnd;
      // "“A.” ― Sonya Herridge “B.” ― Jacklyn Ashley": the next quotation ends the signature
      for (int j = i; j < end; j++) {
        if (text.charAt(j) == '\u201c' || text.charAt(j) == '"') {
          end = j;
          break;
        }
      }
      String name = text.substring(i, end).strip();
      if (name.isEmpty()
          || !Character.isUpperCase(name.charAt(0))
          || name.split("\\s+").length > 6) {
        continue;
      }
      Span source = trimmed(text, i, end);
      if (source == null) {
        continue;
      }
      if (text.charAt(source.end() - 1) == '.') {
        source = new Span(source.start(), source.end() - 1);
      }
      out.add(
          new Found(List.of(source), new Span(dash, dash + 1), List.of(q), AttributionKind.DIRECT));
    }
    return out;
  }

  private static boolean isClosingQuote(char c) {
    return c == '"' || c == '\u201d' || c == '\u2019' || c == '\'';
  }

  private static boolean isCueVerb(List<Token> tokens, int k, boolean headline) {
    Token t = tokens.get(k);
    if (!isCueVerb(t, headline) && !mistaggedCueVerb(tokens, k)) {
      return false;
    }
    String base = CueLexicon.base(t.text()); // in the lexicon, as both tests above require
    if (k >= 2 && (isModifiedNoun(tokens, k) || isInsideReport(tokens, k))) {
      return false;
    }
    if (t.treebank().equals("VBN")
        && k >= 1
        && k + 1 < tokens.size()
        && tokens.get(k - 1).is("NOUN")
        && tokens.get(k + 1).is("ADP")
        && !tokens.get(k + 1).lower().equals("by")
        && isObjectBeforeParticiple(tokens, k - 1)) {
      return false; // "credited to the laws proposed during Nixon's term": it describes the noun
    }
    if ("call".equals(base)) {
      // "called for", "calls on"; and "Cruz called Trump a liar", but not "a group called X",
      // "was called", "called to service", "so-called"
      if (k + 1 >= tokens.size()) {
        return false;
      }
      Token next = tokens.get(k + 1);
      if (next.lower().equals("for") || next.lower().equals("on")) {
        return true;
      }
      Token before = k > 0 ? tokens.get(k - 1) : null;
      boolean naming = // "a charity called Hope for Kids"
          k > 1 && before.is("NOUN") && tokens.get(k - 2).lower().matches("an?");
      // "has called X a hoax" reports, "was called" does not; "Moore, an adviser, called X Y"
      // does, "what he called X" is the writer's wording
      boolean perfect = before != null && before.is("AUX") && before.lower().startsWith("ha");
      boolean what = k > 1 && tokens.get(k - 2).lower().equals("what");
      return t.is("VERB")
          && !naming
          && !what
          && !t.lower().endsWith("ing")
          && before != null
          && (!before.is("AUX") || perfect)
          && !before.lower().endsWith("-")
          && (before.is("NOUN")
              || before.is("PROPN")
              || before.is("PRON")
              || before.is("ADV")
              || before.text().equals(",")
              || perfect)
          && !next.is("ADP")
          && !next.is("PART")
          && !next.is("PUNCT");
    }
    if (k + 1 < tokens.size() && isIdiom(base, tokens.get(k + 1).lower())) {
      return false;
    }
    if ("know".equals(base) && k + 1 < tokens.size() && tokens.get(k + 1).lower().equals("as")) {
      return false; // "a group known as Fancy Bear" names, it reports nothing
    }
    if (CLAUSE_TAKERS.contains(base) && !takesClause(tokens, k + 1)) {
      // "she knows nothing", "citizens feel stung", "would assume the obligations"; but "she
      // knows that ..."
      return false;
    }
    if ("speak".equals(base)) {
      // "spoke of the legacy", "speaks out against"; "spoke at a rally" reports nothing
      return speakParticle(tokens, k) > 0;
    }
    if ("continue".equals(base)) {
      // "“...,” she continued." and "She continued: “...”" report; "continued to stay away" no
      if (k + 1 >= tokens.size()) {
        return true;
      }
      String next = tokens.get(k + 1).text();
      return next.equals(",")
          || next.equals(":")
          || next.equals(".")
          || isQuoteMark(tokens.get(k + 1));
    }
    if (t.lower().endsWith("ing")) {
      // "lawsuits seeking records" is no report; "is arguing", ", saying", "by saying" are
      int b = k - 1;
      while (b > 0 && b >= k - 3 && (tokens.get(b).is("ADV") || tokens.get(b).isNegation())) {
        b--; // "is once again questioning", "isn't saying"
      }
      return k > 0
          && (tokens.get(b).is("AUX")
              || isCommaBefore(tokens, b) // ", even suggesting"
              || GERUND_PREPOSITIONS.contains(tokens.get(k - 1).lower())
                  && SPEECH_VERBS.contains(base));
    }
    return true;
  }

  /**
   * "On Tuesday's episode of “The Steve Harvey Morning Show,” she said ...": a quotation inside a
   * phrase, after a preposition or determiner, names something; nobody said it.
   */
  private static boolean isTitleInPhrase(List<Token> tokens, Span quote) {
    int open = indexAt(tokens, quote.start());
    if (open <= 0) {
      return false;
    }
    Token before = tokens.get(open - 1);
    return before.is("ADP") || before.is("DET") || isPossessiveMark(before);
  }

  /**
   * Whether the noun phrase ending at {@code end} comes after a verb of its sentence and not
   * straight after a relative word, so it cannot be the subject of a verb that follows it:
   * "credited to the laws" but not "In July, the association" or "what analysts".
   */
  private static boolean isObjectBeforeParticiple(List<Token> tokens, int end) {
    int first = npStart(tokens, end);
    return first > 0
        && !RELATIVE_WORDS.contains(tokens.get(first - 1).lower())
        && hasVerb(tokens, 0, first);
  }

  /** Whether a clause starts at {@code i}: "that ...", "when ...", or a subject and its verb. */
  private static boolean takesClause(List<Token> tokens, int i) {
    if (i >= tokens.size()) {
      return false;
    }
    String w = tokens.get(i).lower();
    if (w.equals("that")) {
      return !(i + 1 < tokens.size() && tokens.get(i + 1).lower().equals("way"));
    }
    if (WH_WORDS.contains(w)) {
      return true;
    }
    Token first = tokens.get(i);
    if (!(first.is("PRON") || first.is("DET") || first.is("PROPN") || first.is("NOUN"))) {
      return false;
    }
    for (int j = i + 1; j < tokens.size() && j <= i + 5; j++) {
      Token t = tokens.get(j);
      if (t.is("VERB") || t.is("AUX")) {
        return true;
      }
      if (!NP_TAGS.contains(t.tag()) && !isPossessiveMark(t)) {
        return false; // "assume office in January": the object ends before any verb
      }
    }
    return false;
  }

  /** "showed up at the debate", "find themselves in", "add up to": the verb reports nothing. */
  private static boolean isIdiom(@Nullable String base, String next) {
    return "show".equals(base) && next.equals("up")
        || "add".equals(base) && next.equals("up")
        || "find".equals(base) && next.startsWith("them")
        || "find".equals(base) && (next.equals("himself") || next.equals("herself"));
  }

  /**
   * "Clinton said she thinks ...", "He said that he plans ...", "said parents still want ...": a
   * cue whose subject opens the complement of another cue is part of what that one reports, not a
   * report of its own.
   */
  private static boolean isInsideReport(List<Token> tokens, int k) {
    int s = k - 1;
    while (s > 0
        && s >= k - 3
        && (tokens.get(s).is("AUX") || tokens.get(s).is("ADV") || tokens.get(s).is("PART"))) {
      s--; // "said he finally believes", "said she was asked"
    }
    Token subject = tokens.get(s);
    int first = s;
    if (!SUBJECT_PRONOUNS.contains(subject.lower()) && !subject.lower().equals("it")) {
      // "said parents still want ...": a subject of a few words straight after the report
      first = npStart(tokens, s);
      if (first < 0 || s - first > 5 || !subject.is("NOUN") && !subject.is("PROPN")) {
        return false;
      }
    }
    if (first < 1) {
      return false;
    }
    int v = first - 1;
    if (!tokens.get(v).lower().equals("that")) {
      return CueLexicon.base(tokens.get(v).text()) != null;
    }
    // "said that ...", "said Friday that ...", "said this week that ..."
    for (int j = v - 1; j >= 0 && j >= v - 4; j--) {
      Token t = tokens.get(j);
      if (CueLexicon.base(t.text()) != null && (t.is("VERB") || t.is("NOUN"))) {
        return true;
      }
      if (!(SpanTrimmer.isTimeWord(t.lower()) || t.is("DET") || t.is("ADV") || t.is("ADJ"))) {
        return false;
      }
    }
    return false;
  }

  /**
   * "his early-morning tweets", "a flurry of late-night tweets": a modifier after a determiner,
   * possessive or "of" makes the word a noun, whatever the tagger says.
   */
  private static boolean isModifiedNoun(List<Token> tokens, int k) {
    Token modifier = tokens.get(k - 1);
    Token before = tokens.get(k - 2);
    if (before.text().endsWith("-") && !modifier.capitalized()) {
      return true; // "early-morning tweets", split by the tokenizer
    }
    if (!modifier.is("ADJ") || modifier.capitalized()) {
      return false;
    }
    return before.is("DET")
        || isPossessiveMark(before)
        || before.lower().equals("of")
        || POSSESSIVES.contains(before.lower());
  }

  /**
   * "environmentalists worry that ...": the tagger's odds on a plural subject before a bare verb
   * are poor, but a lexicon verb between a word that is no determiner and "that" is a cue; "the
   * claim that" is not.
   */
  private static boolean mistaggedCueVerb(List<Token> tokens, int k) {
    if (k == 0 || k + 1 >= tokens.size() || CueLexicon.base(tokens.get(k).text()) == null) {
      return false;
    }
    Token before = tokens.get(k - 1);
    Token t = tokens.get(k);
    Token next = tokens.get(k + 1);
    if (t.capitalized()
        || !(before.is("NOUN") || before.is("PROPN") || before.is("PRON") || before.is("VERB"))) {
      return false;
    }
    if (next.lower().equals("that")) {
      // "a raft of new emissions rules that promise": "that" right before a verb is the subject of
      // a relative clause on the noun, where a clause that was said would have a subject of its own
      return !(t.is("NOUN")
          && k + 2 < tokens.size()
          && (tokens.get(k + 2).is("VERB") || tokens.get(k + 2).is("AUX")));
    }
    // "Hillary Clinton plans to call on", "Johnson tells MSNBC": a present-tense verb after a name,
    // taken for a plural noun
    return t.is("NOUN")
        && t.lower().endsWith("s")
        && before.is("PROPN")
        && (next.lower().equals("to") && k + 2 < tokens.size() && tokens.get(k + 2).is("VERB")
            || next.is("PROPN")
            || next.is("DET")
            || next.is("PRON"));
  }

  private static boolean isCueVerb(Token t, boolean headline) {
    boolean verb = t.is("VERB") || t.is("AUX");
    // headlines capitalise every word: "..., Lindsey Graham Says"; in running text a capitalised
    // "Post", "Plan" or "Show" is part of a name ("The Washington Post", "Clean Power Plan")
    boolean titleCase = headline && (t.is("PROPN") || t.is("NOUN")) && t.capitalized();
    if (!verb && !titleCase && !(t.is("NOUN") && t.lower().equals("says"))) {
      return false;
    }
    return CueLexicon.base(t.text()) != null;
  }

  /**
   * Whether most words of the sentence are capitalised, as in a headline ("Trump Slams Clinton,
   * Lindsey Graham Says"), where a capitalised noun can still be the cue verb.
   */
  private static boolean isHeadlineCased(List<Token> tokens) {
    int words = 0;
    int capitalised = 0;
    for (Token t : tokens) {
      if (t.text().length() > 3 && Character.isLetter(t.text().charAt(0))) {
        words++;
        if (t.capitalized()) {
          capitalised++;
        }
      }
    }
    return words > 0 && capitalised * 10 >= words * 7;
  }

  /**
   * The quotation opening {@code next}, or else the paragraph {@code next} opens, when it begins on
   * a line of its own.
   */
  private static @Nullable Span nextParagraph(String text, Sentence next, QuoteRegions quotes) {
    if (next.start() == 0 || text.charAt(next.start() - 1) != '\n') {
      return null;
    }
    Span quote = quotes.startingNear(next.start(), 0);
    if (quote != null) {
      return quote;
    }
    int end = text.indexOf("\n\n", next.start());
    return trimmed(text, next.start(), end < 0 ? text.length() : end);
  }

  /** "According to X, Y." and "Y, according to X." */
  private static @Nullable Found accordingTo(String text, Sentence sentence, int k) {
    List<Token> tokens = sentence.tokens();
    int srcStart = k + 2;
    int srcEnd = srcStart;
    while (srcEnd < tokens.size() && !isClauseBreak(tokens.get(srcEnd))) {
      srcEnd++;
    }
    if (srcEnd == srcStart) {
      return null;
    }
    Span cue = new Span(tokens.get(k).start(), tokens.get(k + 1).end());
    Span source = span(tokens, srcStart, srcEnd - 1);
    Span content;
    int before = k - 1;
    if (before >= 0 && tokens.get(before).text().equals(",")) {
      content = trimmed(text, sentence.start(), tokens.get(before).start());
    } else if (srcEnd < tokens.size()) {
      content = trimmed(text, tokens.get(srcEnd).end(), lastWordEnd(tokens));
    } else {
      return null;
    }
    if (content == null) {
      return null;
    }
    return new Found(List.of(source), cue, List.of(content), kindOf(text, List.of(content)));
  }

  /**
   * "Trump's claim that X", "the judge's conclusion that X", "his message that X": a reporting noun
   * ({@link #CLAIM_NOUNS}, at {@code k}) owned by a possessive, with the clause it introduces. The
   * owner is the source and modifiers between it and the noun belong to the cue ("earlier claim").
   * Without an owner the noun is left alone: "the claim that X" names nobody. Nouns of intention
   * ("his plan to X", "her decision to X") are left alone too: the annotations seldom count them.
   */
  private static @Nullable Found nominalCue(
      String text, List<Token> tokens, int k, QuoteRegions quotes) {
    Token noun = tokens.get(k);
    if (k + 2 >= tokens.size()) {
      return null;
    }
    Token next = tokens.get(k + 1);
    if (!next.lower().equals("that") || !next.is("SCONJ") || !startsSubject(tokens, k + 2)) {
      return null;
    }
    int first = k;
    while (first - 1 >= 0 && tokens.get(first - 1).is("ADJ")) {
      first--; // "earlier claim", "own assessment"
    }
    int owner = first - 1;
    if (owner < 0) {
      return null;
    }
    Span source;
    Token o = tokens.get(owner);
    if (POSSESSIVES.contains(o.lower()) && o.is("PRON")) {
      source = new Span(o.start(), o.end()); // "his claim"
    } else if (isPossessiveMark(o) && owner > 0) {
      int start = npStart(tokens, owner - 1); // "the judge's conclusion"
      if (start < 0) {
        return null;
      }
      source = new Span(tokens.get(start).start(), o.end());
    } else {
      return null;
    }
    Span cue = new Span(tokens.get(first).start(), noun.end());
    Span content = trimmed(text, next.start(), clauseEnd(tokens, k + 1, quotes));
    if (content == null) {
      return null;
    }
    List<Span> contents = List.of(content);
    return new Found(List.of(source), cue, contents, kindOf(text, contents));
  }

  private static @Nullable Found verbCue(
      String text, List<Sentence> sentences, int s, int k, QuoteRegions quotes) {
    Sentence sentence = sentences.get(s);
    List<Token> tokens = sentence.tokens();
    Token verb = tokens.get(k);
    String base = CueLexicon.base(verb.text());
    int cueStart = k;
    // "continues to insist", "seemed to suggest": a verb that hands its subject on to the cue is
    // part of it
    int j = k - 1;
    if (k >= 2
        && tokens.get(k - 1).lower().equals("to")
        && CATENATIVES.contains(tokens.get(k - 2).lower())) {
      cueStart = k - 2;
      j = k - 3;
    }
    // "did not immediately respond", "has pointed out": the auxiliary and what stands between it
    // and the verb belong to the cue
    while (j >= 0
        && j >= k - 3
        && (tokens.get(j).is("ADV") || tokens.get(j).is("PART"))
        && !tokens.get(j).lower().equals("to")
        && !isPossessiveMark(tokens.get(j))) { // "Trump's earlier claim", tagged as a verb
      j--;
    }
    if (j >= 0 && tokens.get(j).is("AUX")) {
      cueStart = j;
      // "have sometimes been accused": a chain of auxiliaries
      while (cueStart - 1 >= 0
          && cueStart - 1 >= k - 5
          && (tokens.get(cueStart - 1).is("AUX")
              || tokens.get(cueStart - 1).is("ADV")
                  && cueStart - 2 >= 0
                  && tokens.get(cueStart - 2).is("AUX"))) {
        cueStart--;
      }
    } else if (j + 1 < k
        && j >= 0
        && (!tokens.get(j).text().equals(",") || verb.lower().endsWith("ing"))) {
      cueStart = j + 1; // "then pointed out", "pointedly refused", ", even suggesting"
    }
    int cueEnd = k;
    if ("call".equals(base)
        && k + 1 < tokens.size()
        && (tokens.get(k + 1).lower().equals("for") || tokens.get(k + 1).lower().equals("on"))) {
      cueEnd = k + 1; // "called for", "called on"
    } else if (k + 1 < tokens.size()
        && (tokens.get(k + 1).lower().equals("out")
            || "point".equals(base) && tokens.get(k + 1).lower().equals("to"))) {
      cueEnd = k + 1; // "pointed out", "pointed to", "laid out"
      if (k + 2 < tokens.size() && GOVERNED.contains(tokens.get(k + 2).lower())) {
        cueEnd = k + 2; // "spoke out about", "lashed out against"
      }
    } else if ("speak".equals(base) && speakParticle(tokens, k) == k + 2) {
      cueEnd = k + 2; // "spoke emotionally of"
    } else if (k + 1 < tokens.size()
        && (GOVERNED.contains(tokens.get(k + 1).lower()) || governedOn(tokens, k + 1))
        && !"say".equals(base)
        && !"tell".equals(base)
        && !(MEANS_TAKERS.contains(base)
            && (tokens.get(k + 1).lower().equals("with")
                || tokens.get(k + 1).lower().equals("by")))) {
      cueEnd = k + 1; // "accused of", "described as", "warned against", "endorsed by"
    }
    cueEnd = throughMedium(tokens, cueEnd);
    Span cue = new Span(tokens.get(cueStart).start(), tokens.get(cueEnd).end());
    if (verb.lower().endsWith("ing") && cueStart > 0 && sharesSubject(tokens, cueStart - 1)) {
      return participle(text, tokens, k, cue, quotes);
    }
    Found passive = passiveWithAgent(text, sentence, k, cue, quotes);
    if (passive != null) {
      return passive;
    }
    int leftEnd = skipLeftModifiers(tokens, cueStart - 1);
    Span leftSource;
    if (cueStart > 1 && isPossessiveMark(tokens.get(cueStart - 1))) {
      // "contradicting Tulsa police's earlier claim that ...": the noun the tagger took for a verb
      // is owned by its source
      int owner = npStart(tokens, cueStart - 2);
      leftSource =
          owner < 0 ? null : new Span(tokens.get(owner).start(), tokens.get(cueStart - 1).end());
    } else {
      leftSource = leftEnd >= 0 ? subjectEndingAt(text, tokens, leftEnd) : null;
    }
    if (leftSource == null && leftEnd > 0 && isCoordinator(tokens.get(leftEnd))) {
      // "Trump bemoaned the unrest and said ...": the subject of the first verb
      leftSource = coordinatedSubject(text, tokens, leftEnd);
    }
    boolean afterComma = cueStart > 0 && isCommaOrQuote(tokens.get(cueStart - 1));

    // "“...,” said Brian Baker, a longtime adviser." / "..., said the minister."
    if (afterComma && leftSource == null) {
      // an attitude does not invert: "..., supports terror organizations" has its object after it
      Span source =
          base != null && CueLexicon.kind(base) == CueLexicon.Kind.ATTITUDE
              ? null
              : nounPhraseFrom(text, tokens, k + 1);
      if (source == null) {
        return null;
      }
      List<Span> content =
          new ArrayList<>(contentBefore(text, sentence, tokens.get(cueStart - 1), quotes));
      if (!content.isEmpty()) {
        content.addAll(continuation(text, sentences, s, k, quotes));
      }
      return content.isEmpty()
          ? null
          : new Found(List.of(source), cue, content, kindOf(text, content));
    }
    if (leftSource == null) {
      return null;
    }
    int sourceFirst = indexAt(tokens, leftSource.start());
    // "The world's democracies, Israeli officials argue, must not ...": the source is only the
    // phrase between the last comma and the cue
    if (k + 2 < tokens.size() && tokens.get(k + 1).text().equals(",")) {
      for (int i = leftEnd - 1; i > sourceFirst; i--) {
        if (tokens.get(i).text().equals(",")) {
          Span inner = nounPhraseEndingAt(tokens, leftEnd);
          if (inner != null && inner.start() >= tokens.get(i + 1).start()) {
            leftSource = new Span(tokens.get(i + 1).start(), tokens.get(leftEnd).end());
            sourceFirst = i + 1;
          }
          break;
        }
      }
    }
    // "“How many times?” Clinton said." cut as two sentences: the quotation just before
    boolean quoteBefore =
        sourceFirst == 0
            && sentence.start() > 0
            && text.substring(Math.max(0, sentence.start() - 2), sentence.start()).indexOf('\n')
                < 0;
    if (quoteBefore
        && (nothingReportedAfter(tokens, k + 1, quotes) || isParticipleAside(tokens, cueEnd + 1))) {
      Span q = quotes.endingNear(sentence.start(), 2);
      if (q != null) {
        List<Span> content = new ArrayList<>(List.of(q));
        content.addAll(continuation(text, sentences, s, k, quotes));
        return new Found(List.of(leftSource), cue, content, kindOf(text, content));
      }
    }
    // "“...,” he said." / "The economy is strong, the minister said."
    boolean reportLast = nothingReportedAfter(tokens, k + 1, quotes);
    // "The museum, Mr. Obama said, would make visitors face uncomfortable truths." and "Hawaii,
    // as one adviser pointed out, does not get ..."
    int aside = sourceFirst - 1;
    if (aside > 0 && tokens.get(aside).lower().equals("as")) {
      aside--;
    }
    if (aside > 0
        && tokens.get(aside).text().equals(",")
        && cueEnd + 2 < tokens.size()
        && tokens.get(cueEnd + 1).text().equals(",")
        && !startsQuote(tokens, cueEnd + 2, quotes)
        && quotes.at(tokens.get(aside).start()) == null) {
      Span before = trimmed(text, sentence.start(), tokens.get(aside).start());
      Span after =
          trimmed(text, tokens.get(cueEnd + 2).start(), clauseEnd(tokens, cueEnd + 2, quotes));
      if (before != null && after != null) {
        List<Span> content = List.of(before, after);
        return new Found(List.of(leftSource), cue, content, kindOf(text, content));
      }
    }
    // "“A,” he said, “B.”": the quotation goes on after the cue
    boolean quoteResumes = resumedQuote(tokens, k, quotes) != null;
    boolean relative = RELATIVE_OPENERS.contains(tokens.get(sourceFirst).lower());
    // "“...,” Renzi said after the meeting broke up.": a quotation closing just before the source
    // is what was said, whatever circumstance follows the cue
    Span closed =
        sourceFirst > 0 && isQuoteMark(tokens.get(sourceFirst - 1))
            ? quotes.endingNear(tokens.get(sourceFirst - 1).end(), 0)
            : null;
    boolean quoteClosed =
        closed != null
            && !isTitleInPhrase(tokens, closed)
            && (cueEnd + 1 >= tokens.size()
                || !tokens.get(cueEnd + 1).lower().equals("that")
                    && !tokens.get(cueEnd + 1).text().equals(":"));
    if (sourceFirst > 0
        && isCommaOrQuote(tokens.get(sourceFirst - 1))
        && !relative
        && (quoteResumes
            || quoteClosed
            || reportLast && !onlyFrontedBefore(tokens, sourceFirst, cueEnd))) {
      List<Span> content = new ArrayList<>();
      // "Asked about the bomb, Clinton said, “...”": a fronted participle or phrase before the
      // source frames the quotation and is no part of it
      if (!(quoteResumes && isFrontedPhrase(tokens.get(0)) && !quoteClosed)) {
        content.addAll(contentBefore(text, sentence, tokens.get(sourceFirst - 1), quotes));
      }
      content.addAll(continuation(text, sentences, s, k, quotes));
      return content.isEmpty()
          ? null
          : new Found(List.of(leftSource), cue, content, kindOf(text, content));
    }
    // "X said (that) Y." / "X told reporters that Y." / "X said: “Y.”"
    int from = pastAddressee(tokens, base, cueEnd + 1);
    if (base != null && INDIRECT_OBJECT_VERBS.contains(base)) {
      // "told MSNBC's \"Morning Joe\" that ...": a quoted name as the addressee
      Span named = from < tokens.size() ? quotes.startingNear(tokens.get(from).start(), 0) : null;
      int after = named == null ? -1 : indexAt(tokens, firstTokenFrom(tokens, named.end()));
      // "told MSNBC's “Morning Joe” on Friday that ...": a time after the name
      while (after > 0
          && after < tokens.size() - 1
          && (tokens.get(after).lower().equals("on")
              || SpanTrimmer.isTimeWord(tokens.get(after).lower()))) {
        after++;
      }
      if (after > 0 && tokens.get(after).lower().equals("that")) {
        from = after;
      }
    }
    while (from < tokens.size()
        && (tokens.get(from).text().equals(":") || tokens.get(from).text().equals(","))) {
      from++;
    }
    if (from >= tokens.size()
        && tokens.get(from - 1).text().equals(":")
        && s + 1 < sentences.size()) {
      // "He said:" closing its line, the words following in the next paragraph
      Span next = nextParagraph(text, sentences.get(s + 1), quotes);
      if (next != null) {
        List<Span> contents = List.of(next);
        return new Found(List.of(leftSource), cue, contents, kindOf(text, contents));
      }
    }
    if (from >= tokens.size() || isSentenceEnd(tokens, from)) {
      return null;
    }
    Span quote = quotes.startingNear(tokens.get(from).start(), 0);
    if (quote == null) {
      quote = quotationAfterCircumstance(tokens, from, quotes);
    }
    Span content;
    if (quote != null && quote.end() < sentence.end() && continuesAfter(text, quote)) {
      // "“budget reforms” and the collection of unpaid taxes would help": a quoted phrase opening
      // the reported clause
      int after = indexAt(tokens, firstTokenFrom(tokens, quote.end()));
      content =
          after > from ? trimmed(text, quote.start(), clauseEnd(tokens, after - 1, quotes)) : quote;
    } else if (quote != null) {
      content = quote; // possibly running past this sentence
    } else {
      int end = clauseEnd(tokens, from, quotes);
      int opening = openingClauseEnd(tokens, cueStart, quotes);
      if (opening > 0 && opening < end && opening > tokens.get(from).start()) {
        end = opening;
      }
      content = trimmed(text, tokens.get(from).start(), end);
    }
    if (content == null) {
      return null;
    }
    List<Span> contents = List.of(content);
    Token opener = sourceFirst > 0 ? tokens.get(sourceFirst - 1) : null;
    if (opener != null
        && RELATIVE_OPENERS.contains(opener.lower())
        && !opener.is("SCONJ")
        && content.start() > opener.end()
        && opensWithPredicate(tokens, content)) {
      // "..., which experts say now allows Pyongyang to ...": the relative word stands for what
      // the report is about
      contents = List.of(new Span(opener.start(), opener.end()), content);
    }
    if (isAgentlessPassive(tokens, k)) {
      // "Obama's veto is expected to come Friday": nobody is named as the source; what is
      // expected is the subject with its complement
      List<Span> both = List.of(leftSource, content);
      return new Found(List.of(), cue, both, kindOf(text, both));
    }
    return new Found(List.of(leftSource), cue, contents, kindOf(text, contents));
  }

  /**
   * The index of the particle that makes "speak" at {@code k} report ("spoke of", "speaks out",
   * "spoke emotionally of"), else -1: "spoke at a rally" reports nothing.
   */
  private static int speakParticle(List<Token> tokens, int k) {
    for (int i = k + 1; i < tokens.size() && i <= k + 2; i++) {
      if (SPEAK_PARTICLES.contains(tokens.get(i).lower())) {
        return i;
      }
      if (!tokens.get(i).is("ADV")) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * "commented on the plan", "agrees on": "on" governed by the verb, not "on Monday" or "on
   * Twitter".
   */
  private static boolean governedOn(List<Token> tokens, int i) {
    if (!tokens.get(i).lower().equals("on") || i + 1 >= tokens.size()) {
      return false;
    }
    for (int j = i + 1; j < Math.min(tokens.size(), i + 4); j++) {
      String w = tokens.get(j).lower();
      if (SpanTrimmer.isTimeWord(w) || tokens.get(j).is("NUM") || tokens.get(j).is("PROPN")) {
        return false;
      }
      if (!tokens.get(j).is("DET") && !tokens.get(j).is("ADJ")) {
        break;
      }
    }
    // "wrote on his blog that X", "warned on the eve of the vote that X": where or when the report
    // was made, with the report still to come
    for (int j = i + 1; j < Math.min(tokens.size(), i + 10); j++) {
      Token t = tokens.get(j);
      if (t.is("VERB") || t.is("AUX")) {
        break;
      }
      if (t.lower().equals("that") && t.is("SCONJ")
          || SpanTrimmer.MEDIUM_NOUNS.contains(t.lower())
          || ON_OCCASIONS.contains(t.lower())) {
        return false;
      }
    }
    return true;
  }

  /**
   * "said in an interview", "wrote in an email", "said in a phone interview": the medium right
   * after the verb is part of the cue. The index of the cue's last token.
   */
  private static int throughMedium(List<Token> tokens, int cueEnd) {
    if (cueEnd + 2 >= tokens.size() || !tokens.get(cueEnd + 1).lower().equals("in")) {
      return cueEnd;
    }
    for (int i = cueEnd + 2; i < tokens.size() && i <= cueEnd + 5; i++) {
      Token t = tokens.get(i);
      if (SpanTrimmer.MEDIUM_NOUNS.contains(t.lower())) {
        return i;
      }
      if (!(t.is("DET") || t.is("ADJ") || t.is("NOUN") || t.is("PRON"))) {
        break;
      }
    }
    return cueEnd;
  }

  /** Whether a word follows the quotation directly, the sentence going on. */
  private static boolean continuesAfter(String text, Span quote) {
    int i = quote.end();
    while (i < text.length() && text.charAt(i) == ' ') {
      i++;
    }
    return i < text.length() && Character.isLetterOrDigit(text.charAt(i));
  }

  /**
   * "saying of Clinton, “If she gets the chance ...”", "adding later, “NATO is costing us ...”": a
   * short circumstance, a comma, then a quotation, which is what was said.
   */
  private static @Nullable Span quotationAfterCircumstance(
      List<Token> tokens, int from, QuoteRegions quotes) {
    if (tokens.get(from).lower().equals("that")) {
      return null; // "tweeted that, “...”": the "that" belongs to what was said
    }
    for (int i = from; i < tokens.size() - 1 && i <= from + 6; i++) {
      Token t = tokens.get(i);
      if (t.is("VERB") || t.is("AUX") || isQuoteMark(t)) {
        return null;
      }
      if (t.text().equals(",")) {
        return quotes.startingNear(tokens.get(i + 1).start(), 0);
      }
    }
    return null;
  }

  /** "is expected", "was announced", "has been harshly criticized": a passive with no "by". */
  private static boolean isAgentlessPassive(List<Token> tokens, int k) {
    String verb = tokens.get(k).lower();
    if (!(verb.endsWith("ed") || verb.endsWith("en") || verb.equals("thought"))
        || k + 1 < tokens.size() && tokens.get(k + 1).lower().equals("by")) {
      return false;
    }
    int j = k - 1;
    while (j > 0 && tokens.get(j).is("ADV")) {
      j--;
    }
    return j >= 0 && Token.isFormOfBe(tokens.get(j).lower());
  }

  /**
   * "These atrocities, applauded by Tehran, ..." and "a meeting described by observers as
   * constructive": a participle with its agent after "by". The agent is the source; the content is
   * what follows ("as constructive") or else the phrase the participle hangs on.
   */
  private static @Nullable Found passiveWithAgent(
      String text, Sentence sentence, int k, Span cue, QuoteRegions quotes) {
    List<Token> tokens = sentence.tokens();
    Token verb = tokens.get(k);
    if (k + 2 >= tokens.size()
        || !tokens.get(k + 1).lower().equals("by")
        || !(verb.lower().endsWith("ed")
            || verb.lower().endsWith("en")
            || verb.lower().equals("said"))
        || k == 0) {
      return null;
    }
    int b = k - 1;
    while (b > 0 && tokens.get(b).is("ADV")) {
      b--; // "was first reported by"
    }
    if (b > 0 && isCoordinator(tokens.get(b))) {
      // "applauded by Tehran and supported by ...": hangs on what the first participle hangs on
      int first = b - 1;
      while (first > 0
          && b - first < 12
          && !tokens.get(first).text().equals(",")
          && !(tokens.get(first + 1).lower().equals("by") && tokens.get(first).is("VERB"))) {
        first--;
      }
      if (first > 0 && tokens.get(first + 1).lower().equals("by") && tokens.get(first).is("VERB")) {
        b = first - 1;
        while (b > 0 && tokens.get(b).is("ADV")) {
          b--; // "openly applauded by"
        }
      }
    }
    Token before = tokens.get(b);
    boolean attached = before.text().equals(",") || before.is("AUX") || before.is("NOUN");
    if (!attached) {
      return null;
    }
    int agentStart = k + 2;
    int agentEnd = nounPhraseEnd(tokens, agentStart + (tokens.get(agentStart).is("ADV") ? 1 : 0));
    if (agentEnd <= agentStart + 1 && tokens.get(agentStart).is("ADV")) {
      return null; // "far fewer publications", but not a bare adverb
    }
    if (agentEnd <= agentStart) {
      return null;
    }
    while (agentEnd + 1 < tokens.size()
        && (tokens.get(agentEnd).lower().equals("of")
            || tokens.get(agentEnd).lower().equals("and")
            || tokens.get(agentEnd).lower().equals("or"))) {
      // "dozens of papers", "a number of experts", "Israeli and international authorities"
      int more = nounPhraseEnd(tokens, agentEnd + 1);
      if (more <= agentEnd + 1) {
        break;
      }
      agentEnd = more;
    }
    Span source = span(tokens, agentStart, agentEnd - 1);
    Span content = null;
    if (agentEnd < tokens.size() && tokens.get(agentEnd).lower().equals("as")) {
      content = trimmed(text, tokens.get(agentEnd).start(), clauseEnd(tokens, agentEnd, quotes));
    } else {
      // "has been endorsed by", "was first reported by": the subject ends before the auxiliaries
      Span subject;
      if (before.is("AUX")) {
        // before the auxiliaries: of this participle, or of the first one it is coordinated with
        int aux = Math.min(b, indexAt(tokens, cue.start()));
        while (aux > 0 && (tokens.get(aux - 1).is("AUX") || tokens.get(aux - 1).is("ADV"))) {
          aux--;
        }
        int subjectEnd = skipLeftModifiers(tokens, aux - 1);
        subject = subjectEndingAt(text, tokens, subjectEnd);
      } else {
        int subjectEnd = before.text().equals(",") ? b - 1 : b;
        subject = subjectEnd >= 0 ? nounPhraseEndingAt(tokens, subjectEnd) : null;
      }
      content = subject;
    }
    if (content == null) {
      return null;
    }
    return new Found(List.of(source), cue, List.of(content), kindOf(text, List.of(content)));
  }

  private static boolean isCoordinator(Token t) {
    String w = t.lower();
    return w.equals("and") || w.equals("but") || w.equals("or");
  }

  /** The subject of the verb that a verb after coordinator {@code and} shares. */
  private static @Nullable Span coordinatedSubject(String text, List<Token> tokens, int and) {
    // "Experts highlight that Israel has been through this and urge vigilance": a reporting verb
    // coordinates with the reporting verb before a that-clause rather than with the clause's verb
    int from = and - 1;
    for (int i = and - 1; i > 1; i--) {
      if (tokens.get(i).lower().equals("that") && tokens.get(i).is("SCONJ")) {
        int verb = reportingVerbBefore(tokens, i);
        if (verb > 0) {
          from = verb;
          break;
        }
      }
    }
    // the nearest finite verb with a subject of its own: "Cruz exhorted Republicans to “vote your
    // conscience” and said ..." skips the quoted "vote" and the infinitive
    for (int i = from; i > 0; i--) {
      Token t = tokens.get(i);
      if (t.text().equals(";") || t.text().equals(":")) {
        return null;
      }
      // "is telling ... and says": a progressive has its subject before the auxiliary; "is bearish
      // on loans and expects": so does a copula with no verb after it
      boolean progressive = t.lower().endsWith("ing") && tokens.get(i - 1).is("AUX");
      boolean copula =
          t.is("AUX")
              && Token.isFormOfBe(t.lower())
              && i + 1 < and
              && (tokens.get(i + 1).is("ADJ") || tokens.get(i + 1).is("DET"));
      if (progressive || copula) {
        int head = progressive ? i - 1 : i;
        Span subject = subjectEndingAt(text, tokens, skipLeftModifiers(tokens, head - 1));
        if (subject != null) {
          return subject;
        }
        continue;
      }
      if (t.is("VERB")
          && !t.lower().endsWith("ing")
          && !tokens.get(i - 1).lower().equals("to")
          && !isQuoteMark(tokens.get(i - 1))) {
        int end = skipLeftModifiers(tokens, i - 1);
        Token left = end >= 0 ? tokens.get(end) : null;
        if (left != null
            && left.is("PRON")
            && (OBJECT_PRONOUNS.contains(left.lower())
                || RELATIVE.contains(left.lower()) && hasComma(tokens, i, and))) {
          // "MSNBC, which let him go in 2015, and said": "go" has no subject of its own, and a
          // relative clause closed by its comma is not what "said" is coordinated with ("McCain,
          // who voted against it and said ..." is)
          continue;
        }
        Span subject = end >= 0 ? subjectEndingAt(text, tokens, end) : null;
        if (subject != null) {
          return subject;
        }
      }
    }
    return null;
  }

  /**
   * The reporting verb that "that" at {@code that} completes, directly or past an addressee of a
   * few words ("told a veterans group that"), else -1.
   */
  private static int reportingVerbBefore(List<Token> tokens, int that) {
    for (int i = that - 1; i > 0 && i >= that - 4; i--) {
      Token t = tokens.get(i);
      if (isCueVerb(t, false)) {
        return i;
      }
      if (!NP_TAGS.contains(t.tag())) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * Where the content starts after a cue verb whose object is the addressee ("told reporters that
   * Y"); "urged North Korea to refrain" and "accused the GOP of stoking" report the object's part
   * too.
   */
  private static int pastAddressee(List<Token> tokens, @Nullable String base, int from) {
    if (base == null || !INDIRECT_OBJECT_VERBS.contains(base)) {
      return from;
    }
    if (from > 0 && tokens.get(from - 1).is("ADP")) {
      return from; // "warned against [potential hackers from China]": the object is what was said
    }
    int objectEnd = nounPhraseEnd(tokens, from);
    boolean control =
        objectEnd < tokens.size()
            && (tokens.get(objectEnd).lower().equals("to")
                || tokens.get(objectEnd).lower().equals("never")
                || tokens.get(objectEnd).lower().equals("of") && "accuse".equals(base));
    if (objectEnd >= tokens.size()) {
      return from;
    }
    // "urge vigilance, pointing to ...": an object closing the clause is what was urged
    Token after = tokens.get(objectEnd);
    boolean closes =
        !ADDRESSEE_VERBS.contains(base)
            && (isSentenceEnd(tokens, objectEnd)
                || after.text().equals(",")
                    && !(objectEnd + 1 < tokens.size() && isQuoteMark(tokens.get(objectEnd + 1))));
    return objectEnd > from && !control && !closes ? objectEnd : from;
  }

  private static boolean hasComma(List<Token> tokens, int from, int to) {
    for (int i = from; i < to; i++) {
      if (tokens.get(i).text().equals(",")) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasVerb(List<Token> tokens, int from, int to) {
    for (int i = from; i < to; i++) {
      if (tokens.get(i).is("VERB") || tokens.get(i).is("AUX")) {
        return true;
      }
    }
    return false;
  }

  /**
   * ", and criticized the party", ", and he urged North Korea", ", and rights groups warned": after
   * "and", a predicate of its own or a new subject with a reporting verb starts another report.
   */
  private static boolean startsReport(List<Token> tokens, int i) {
    if (i >= tokens.size()) {
      return false;
    }
    Token first = tokens.get(i);
    if ((first.is("VERB") && !first.lower().endsWith("ing") || first.is("AUX"))
        && !first.capitalized()) {
      return true;
    }
    int j = i;
    while (j < tokens.size() && j < i + 4 && NP_TAGS.contains(tokens.get(j).tag())) {
      j++;
    }
    if (j == i) {
      return false;
    }
    while (j < tokens.size() && j < i + 7 && (tokens.get(j).is("AUX") || tokens.get(j).is("ADV"))) {
      j++;
    }
    return j < tokens.size() && isCueVerb(tokens.get(j), false);
  }

  /**
   * "Although Trump has admitted using the tax code, he does not defend it.": a cue inside a
   * subordinate clause opening the sentence reports no further than the comma that closes the
   * clause. The end offset of that clause, or -1 when the cue stands in no such clause.
   */
  private static int openingClauseEnd(List<Token> tokens, int cueStart, QuoteRegions quotes) {
    int first = 0;
    if (first < tokens.size() && tokens.get(first).lower().equals("back")) {
      first++; // "Back when he wrote his book, ..."
    }
    if (first >= cueStart || !SUBORDINATORS.contains(tokens.get(first).lower())) {
      return -1;
    }
    for (int i = first + 1; i < cueStart; i++) {
      if (tokens.get(i).text().equals(",")) {
        return -1;
      }
    }
    for (int i = cueStart + 1; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.text().equals(",") && quotes.at(t.start()) == null) {
        return tokens.get(i - 1).end();
      }
    }
    return -1;
  }

  /**
   * Whether the content starts with its verb ("now allows ...", "is ..."), its subject being the
   * relative word before the source; "which he said that ..." has a subject of its own.
   */
  private static boolean opensWithPredicate(List<Token> tokens, Span content) {
    int i = indexAt(tokens, content.start());
    if (i < 0) {
      return false;
    }
    Token t = tokens.get(i);
    return t.is("VERB") || t.is("AUX") || t.is("ADV") || t.is("PART");
  }

  private static boolean isFrontedPhrase(Token first) {
    return first.is("ADP")
        || first.is("SCONJ")
        || first.is("VERB") && (first.lower().endsWith("ed") || first.lower().endsWith("ing"));
  }

  /**
   * "In July, the NAACP called for a moratorium.": before the source stands only a fronted phrase
   * (no verb, no quotation), so what was reported follows the cue.
   */
  private static boolean onlyFrontedBefore(List<Token> tokens, int sourceFirst, int cueEnd) {
    if (cueEnd + 1 >= tokens.size() || isSentenceEnd(tokens, cueEnd + 1)) {
      return false;
    }
    // "Although North Korea is not thought to be capable ..., it is considered a threat": a
    // subordinate clause or phrase, verbs and all, frames the report
    boolean subordinate =
        tokens.get(0).is("SCONJ")
            || tokens.get(0).is("ADP")
            || SUBORDINATORS.contains(tokens.get(0).lower());
    for (int i = 0; i < sourceFirst - 1; i++) {
      Token t = tokens.get(i);
      if (isQuoteMark(t)
          || !subordinate && (t.is("VERB") && !t.lower().endsWith("ing") || t.is("AUX"))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a participle after this token shares its clause's subject: ", saying ..." and "by
   * saying ...", "after claiming ...".
   */
  private static boolean sharesSubject(List<Token> tokens, int i) {
    return isCommaBefore(tokens, i) || GERUND_PREPOSITIONS.contains(tokens.get(i).lower());
  }

  /** A comma at {@code i}, or a quotation closing there after its comma ("...ago,\" adding"). */
  private static boolean isCommaBefore(List<Token> tokens, int i) {
    return tokens.get(i).text().equals(",")
        || i > 0 && isQuoteMark(tokens.get(i)) && tokens.get(i - 1).text().equals(",");
  }

  /**
   * ", saying (that) ...", ", adding ...", "by saying ...": the source is the subject the sentence
   * opens with, the content what follows the participle.
   */
  private static @Nullable Found participle(
      String text, List<Token> tokens, int k, Span cue, QuoteRegions quotes) {
    int first = 0;
    if (isFrontedPhrase(tokens.get(0))) {
      // "Marking forty years since ..., the community reflects ..., noting ...": the subject
      // follows the opening phrase
      while (first < k && !tokens.get(first).text().equals(",")) {
        first++;
      }
      first++;
    }
    int subjectEnd = -1;
    for (int i = first; i < k; i++) {
      if (tokens.get(i).is("VERB") || tokens.get(i).is("AUX")) {
        subjectEnd = i - 1;
        break;
      }
    }
    if (subjectEnd < 0) {
      return null;
    }
    Span source = subjectEndingAt(text, tokens, skipLeftModifiers(tokens, subjectEnd));
    if (source != null && first > 0 && source.start() < tokens.get(first).start()) {
      // the opening phrase's last noun is no apposition of the subject: "since Operation Moses,"
      source = trimmed(text, tokens.get(first).start(), source.end());
    }
    int cueEnd = k;
    while (cueEnd + 1 < tokens.size() && tokens.get(cueEnd + 1).end() <= cue.end()) {
      cueEnd++;
    }
    int from = pastAddressee(tokens, CueLexicon.base(tokens.get(k).text()), cueEnd + 1);
    if (source == null || from >= tokens.size() || isSentenceEnd(tokens, from)) {
      return null;
    }
    while (from < tokens.size() && tokens.get(from).text().equals(",")) {
      from++;
    }
    Span quote = from < tokens.size() ? quotes.startingNear(tokens.get(from).start(), 0) : null;
    if (quote == null && from < tokens.size()) {
      quote = quotationAfterCircumstance(tokens, from, quotes);
    }
    Span content =
        quote != null ? quote : trimmed(text, tokens.get(from).start(), lastWordEnd(tokens));
    if (content == null) {
      return null;
    }
    return new Found(List.of(source), cue, List.of(content), kindOf(text, List.of(content)));
  }

  /**
   * The subject that ends with token {@code end}: from the start of its clause (the sentence start,
   * or just after a semicolon, colon, quotation mark or a subordinating word), with a fronted
   * adverbial ("On Monday,", "In a statement,") left out. Subjects keep their appositions and
   * relative clauses ("Kerr Putney, the city's police chief,", "Several judges handling the
   * lawsuits").
   */
  private static @Nullable Span subjectEndingAt(String text, List<Token> tokens, int end) {
    if (end < 0) {
      return null;
    }
    // "McConnell, who in 2010 said", "a group that on Monday reported": a time between the relative
    // pronoun and its verb
    for (int j = end - 2; j >= Math.max(0, end - 4); j--) {
      Token pronoun = tokens.get(j);
      if (RELATIVE.contains(pronoun.lower())
          && (pronoun.is("PRON") || pronoun.is("SCONJ") || pronoun.is("DET"))
          && tokens.get(j + 1).is("ADP")
          && (tokens.get(end).is("NUM") || isTimePhrase(tokens, j + 2, end + 1))) {
        return new Span(pronoun.start(), pronoun.end());
      }
    }
    Token last = tokens.get(end);
    if (RELATIVE.contains(last.lower())
        && (last.is("PRON") || last.is("SCONJ") || last.is("DET"))) {
      return new Span(last.start(), last.end()); // "who said", "which reported"
    }
    if (SUBJECT_PRONOUNS.contains(last.lower())
        && last.is("PRON")
        && (end == 0 || !tokens.get(end - 1).is("CCONJ"))) {
      // "even now at 86 she still says", "A few days ago in an interview with RT he blasted": a
      // pronoun subject stands alone
      return new Span(last.start(), last.end());
    }
    if (last.is("VERB")
        && end >= 2
        && SUBJECT_PRONOUNS.contains(tokens.get(end - 1).lower())
        && tokens.get(end - 2).is("NOUN")
        && !tokens.get(end - 2).is("PRON")) {
      // "all the experts I interviewed said": a relative clause without its pronoun
      int head = npStart(tokens, end - 2);
      return head < 0 ? null : new Span(tokens.get(head).start(), last.end());
    }
    if (!isNounPhraseHead(last)
        && !last.text().equals(",")
        && !last.text().equals(")")
        && !isPossessiveMark(last)) {
      return null;
    }
    Span aside = last.text().equals(",") ? nameBeforeParticiple(tokens, end) : null;
    if (aside != null) {
      return aside;
    }
    Span named = last.text().equals(",") ? nameBeforeRelative(tokens, end) : null;
    if (named != null) {
      return named;
    }
    int start = end;
    if (last.text().equals(")")) {
      // "Sen. Ted Cruz (R-Tex)": the parenthesis is part of the name, not a clause of its own
      while (start > 0 && !tokens.get(start).text().equals("(")) {
        start--;
      }
    }
    int depth = 0;
    while (start - 1 >= 0) {
      // "Rep. Jim Jordan (R-Ohio), an oversight panel member,": a closed parenthesis is no clause
      String before = tokens.get(start - 1).text();
      if (before.equals(")")) {
        depth++;
      } else if (before.equals("(") && depth > 0) {
        depth--;
        start--;
        continue;
      }
      if (depth == 0 && startsClause(tokens, start - 1)) {
        break;
      }
      start--;
    }
    if (start < end
        && tokens.get(start).lower().equals("even")
        && tokens.get(start + 1).is("PROPN")) {
      start++; // "Even China, Pyongyang's only ally, said": a focus word, no fronted adverbial
    }
    // a fronted adverbial: "On Monday, the minister said", "This week, the president", and the
    // rest of one cut at its preposition or subordinator: "After [her meeting with Obama,] the
    // White House", "If [anything,] experts say"; "As a summer associate at a law firm, Loretta
    // Lynch said": a sentence opening with "as" and a noun phrase is a role, not a clause
    boolean afterSubordinator =
        start > 0
            && (TEMPORAL_PREPOSITIONS.contains(tokens.get(start - 1).lower())
                || tokens.get(start - 1).is("SCONJ")
                || start == 1 && tokens.get(0).lower().equals("as") && tokens.get(start).is("DET"));
    for (int i = start; i < end; i++) {
      if (tokens.get(i).text().equals(",")
          && (isAdverbialOpening(tokens.get(start))
              || afterSubordinator && !hasVerb(tokens, start, i)
              || isTimePhrase(tokens, start, i))) {
        start = i + 1;
        break;
      }
    }
    while (start < end
        && (tokens.get(start).is("CCONJ") && !tokens.get(start).lower().equals("both")
            || tokens.get(start).is("PUNCT") && !isQuoteMark(tokens.get(start)))) {
      start++;
    }
    if (start + 1 < end
        && tokens.get(start).is("VERB")
        && tokens.get(start).lower().endsWith("ing")
        && tokens.get(start + 1).is("DET")) {
      start++; // "-- meddling the California congressman said is ...": the noun the clause is on
    }
    // "In a March meeting with editors Trump said": an opening phrase without its comma
    if (start < end
        && isAdverbialOpening(tokens.get(start))
        && !tokens.get(start).lower().equals("as")) {
      Span np = nounPhraseEndingAt(tokens, end);
      // "In a Bloomberg interview Trump declared": the phrase's noun runs straight into the name
      for (int i = end - 1; np != null && i > start && tokens.get(i).start() >= np.start(); i--) {
        if (tokens.get(i).is("NOUN")
            && !tokens.get(i).capitalized()
            && tokens.get(i + 1).is("PROPN")) {
          return new Span(tokens.get(i + 1).start(), np.end());
        }
      }
      return np;
    }
    if (start > end) {
      return null;
    }
    // a subject has no verb of its own outside a relative clause or apposition
    boolean sawComma = false;
    boolean sawRelative = false;
    for (int i = start; i <= end; i++) {
      Token t = tokens.get(i);
      sawComma |= t.text().equals(",");
      sawRelative |= RELATIVE.contains(t.lower()) || t.lower().equals("whose");
      if ((t.is("VERB") || t.is("AUX"))
          && !sawComma
          && !sawRelative
          && !t.lower().endsWith("ing")
          && (!t.lower().endsWith("ed") || t.isFinite())
          && !t.treebank().equals("VBN")) {
        Span np = nounPhraseEndingAt(tokens, end);
        if (np == null || !t.isFinite()) {
          return np;
        }
        // "the department mishandled the investigation and Democrats accused": after a verb of its
        // own, "and" joins two clauses, not two subjects ("both X and Y" still joins subjects)
        int first = indexAt(tokens, np.start());
        if (first >= 0 && tokens.get(first).lower().equals("both")) {
          return np;
        }
        for (int c = end - 1; c > i && c >= first; c--) {
          Token after = tokens.get(c + 1);
          if (tokens.get(c).lower().equals("and") && (after.is("PROPN") || after.is("NUM"))) {
            return new Span(after.start(), np.end());
          }
        }
        return np;
      }
    }
    int[] piece = sourcePieces(tokens, start, end);
    for (int i = piece[1] - 1; i >= piece[0]; i--) {
      if (endsPhraseBeforeRelative(tokens, i)
          && (tokens.get(i + 1).is("PROPN") || tokens.get(i + 1).is("PRON"))
          && !isTimePhrase(tokens, i + 1, piece[1] + 1)) {
        piece[0] = i + 1; // "Everything Trump says is a lie": Trump says it
        break;
      }
    }
    return trimmed(text, tokens.get(piece[0]).start(), tokens.get(piece[1]).end());
  }

  /**
   * "Trump, appearing after Clinton at the forum, cited": a name and a participle set off by commas
   * as an aside; the name alone is the source.
   */
  private static @Nullable Span nameBeforeParticiple(List<Token> tokens, int comma) {
    for (int i = comma - 2; i > 0 && i >= comma - 30; i--) {
      Token t = tokens.get(i);
      if (isQuoteMark(t) || t.text().equals(";") || t.text().equals(":")) {
        return null;
      }
      if (t.text().equals(",")) {
        Token opener = tokens.get(i + 1);
        if (!opener.is("VERB")
            || !opener.lower().endsWith("ing")
            || !tokens.get(i - 1).is("PROPN")) {
          return null;
        }
        int first = npStart(tokens, i - 1);
        if (first >= 0
            && (first == 0
                || startsClause(tokens, first - 1)
                || isClauseBreak(tokens.get(first - 1)))) {
          return new Span(tokens.get(first).start(), tokens.get(i - 1).end());
        }
        return null;
      }
    }
    return null;
  }

  /**
   * "Derek Mitchell, who served as ambassador from 2012 until this year, said", "Immigration
   * Services, the agency that oversees the program, said" and "the poll, which tracks support
   * daily, showed": a name or noun whose relative clause has words that would otherwise open a
   * clause of their own ("until", "that").
   */
  private static @Nullable Span nameBeforeRelative(List<Token> tokens, int comma) {
    for (int i = comma - 1; i > 0 && i >= comma - 40; i--) {
      Token t = tokens.get(i);
      if (isQuoteMark(t) || t.text().equals(";") || t.text().equals(":")) {
        return null;
      }
      if (!t.text().equals(",")) {
        continue;
      }
      String opener = tokens.get(i + 1).lower();
      Token head = tokens.get(i - 1);
      boolean relative = opener.equals("who") || opener.equals("whose") || opener.equals("which");
      if ((relative || tokens.get(i + 1).is("DET"))
          && (head.is("PROPN") || head.text().equals(")") || relative && head.is("NOUN"))) {
        int nameEnd = i - 1;
        while (head.text().equals(")") && nameEnd > 0 && !tokens.get(nameEnd).text().equals("(")) {
          nameEnd--; // "Sen. Bernie Sanders (Vt.), who lost ..."
        }
        int first = npStart(tokens, head.text().equals(")") ? nameEnd - 1 : nameEnd);
        if (first >= 0
            && (first == 0
                || startsClause(tokens, first - 1)
                || isClauseBreak(tokens.get(first - 1)))) {
          return new Span(tokens.get(first).start(), tokens.get(comma).end());
        }
      }
    }
    return null;
  }

  /**
   * The first and last token of the source among comma-separated pieces before the cue: a name and
   * its appositions or relative clause ("Michael Mulgrew, president of the union,"), without a
   * fronted phrase or clause ("Speaking in Toledo, Clinton", "they failed, the government") and
   * without a trailing circumstance ("Trump, speaking to veterans,", "Democrats, however,").
   */
  private static int[] sourcePieces(List<Token> tokens, int start, int end) {
    List<int[]> pieces = new ArrayList<>();
    int depth = 0;
    int from = start;
    for (int i = start; i <= end; i++) {
      String w = tokens.get(i).text();
      depth += w.equals("(") ? 1 : w.equals(")") ? -1 : 0;
      if (w.equals(",") && depth <= 0) {
        if (i > from) {
          pieces.add(new int[] {from, i - 1});
        }
        from = i + 1;
      }
    }
    if (from <= end) {
      pieces.add(new int[] {from, end});
    }
    if (pieces.size() < 2) {
      return new int[] {start, end};
    }
    int last = pieces.size() - 1;
    while (last > 0 && isCircumstance(tokens, pieces.get(last)[0])) {
      last--;
    }
    int lastToken = last == pieces.size() - 1 ? end : pieces.get(last)[1];
    int first = last;
    while (first > 0
        && (isApposition(tokens, pieces.get(first)[0])
            || followsFullName(tokens, pieces.get(first - 1), pieces.get(first))
            || isPlaceOfOrigin(tokens, pieces.get(first - 1), pieces.get(first)))) {
      first--;
    }
    // "A lawyer for the news outlets, David Schulz, said": the role before the name
    if (first > 0
        && first == last
        && isName(tokens, pieces.get(first))
        && isRolePhrase(tokens, pieces.get(first - 1))) {
      first--;
    }
    if (first < last && !isNamePiece(tokens, pieces.get(first))) {
      first = last; // "..., the foreign minister of France," with no name before it
    }
    return new int[] {
      isNamePiece(tokens, pieces.get(first)) ? pieces.get(first)[0] : start, lastToken
    };
  }

  private static boolean isCircumstance(List<Token> tokens, int i) {
    Token t = tokens.get(i);
    if (t.lower().equals("including")) {
      return false; // "Proponents, including the Conference of Mayors, have urged"
    }
    return t.is("ADP")
        || t.is("ADV")
        || t.is("SCONJ")
        || t.is("VERB") && t.lower().endsWith("ing")
        || t.lower().equals("which")
        || t.lower().equals("like");
  }

  /**
   * "the city's police chief", "59", "who has four children", "of Ashton", "Pyongyang's only ally":
   * an apposition.
   */
  private static boolean isApposition(List<Token> tokens, int i) {
    Token t = tokens.get(i);
    String w = t.lower();
    if (t.is("PROPN") && i + 1 < tokens.size() && isPossessiveMark(tokens.get(i + 1))) {
      return true;
    }
    return t.is("DET")
        || t.is("NUM")
        || t.is("ADJ")
        || t.is("NOUN") && !t.capitalized()
        || APPOSITION_OPENERS.contains(w);
  }

  private static boolean isName(List<Token> tokens, int[] piece) {
    for (int i = piece[0]; i <= piece[1]; i++) {
      if (!tokens.get(i).is("PROPN") && !tokens.get(i).text().equals(".")) {
        return false;
      }
    }
    return piece[1] > piece[0];
  }

  /**
   * "Johnnie Wilson, of Springfield, Va.,": the state or country after the town a person is from
   * belongs to the apposition.
   */
  private static boolean isPlaceOfOrigin(List<Token> tokens, int[] previous, int[] piece) {
    String opener = tokens.get(previous[0]).lower();
    if (!opener.equals("of") && !opener.equals("from") || piece[1] - piece[0] > 2) {
      return false;
    }
    for (int i = piece[0]; i <= piece[1]; i++) {
      if (!tokens.get(i).is("PROPN") && !tokens.get(i).text().equals(".")) {
        return false;
      }
    }
    return true;
  }

  /**
   * "A lawyer for the news outlets", "His former business partner at Lenox", "one of the family's
   * attorneys": who someone is.
   */
  private static boolean isRolePhrase(List<Token> tokens, int[] piece) {
    Token first = tokens.get(piece[0]);
    boolean determined =
        first.is("DET")
            || POSSESSIVES.contains(first.lower())
            || first.lower().equals("one")
                && piece[0] < piece[1]
                && tokens.get(piece[0] + 1).lower().equals("of");
    if (!determined || piece[1] - piece[0] > 8) {
      return false;
    }
    boolean noun = false;
    for (int i = piece[0]; i <= piece[1]; i++) {
      Token t = tokens.get(i);
      if (t.is("VERB") || t.is("AUX") || isQuoteMark(t)) {
        return false;
      }
      noun |= t.is("NOUN");
    }
    return noun;
  }

  /**
   * "Senator Dianne Feinstein, Democrat of California," and "Mitch McConnell, R-Ky.,": a short
   * piece without a verb after a name of two words or more says who the named person is.
   */
  private static boolean followsFullName(List<Token> tokens, int[] name, int[] piece) {
    if (piece[1] - piece[0] > 4
        || name[1] < name[0] + 1
        || !tokens.get(name[1]).is("PROPN")
        || !tokens.get(name[1] - 1).is("PROPN")) {
      return false;
    }
    return !hasVerb(tokens, piece[0], piece[1] + 1);
  }

  /** A piece that can be a source: a noun phrase with no verb of its own and no fronted word. */
  private static boolean isNamePiece(List<Token> tokens, int[] piece) {
    Token first = tokens.get(piece[0]);
    if (isCircumstance(tokens, piece[0]) || first.is("CCONJ")) {
      return false;
    }
    for (int i = piece[0]; i <= piece[1]; i++) {
      Token t = tokens.get(i);
      if ((t.is("VERB") || t.is("AUX"))
          && (!t.lower().endsWith("ed") || t.isFinite())
          && !t.capitalized()) {
        return false;
      }
    }
    return isNounPhraseHead(tokens.get(piece[1])) || tokens.get(piece[1]).text().equals(")");
  }

  /** Whether a clause starts just after token {@code i}. */
  private static boolean startsClause(List<Token> tokens, int i) {
    Token t = tokens.get(i);
    String s = t.lower();
    if (s.equals(";")
        || s.equals(":")
        || isQuoteMark(t)
        || s.equals("(")
        || s.equals("--")
        || s.equals("—")
        || s.equals("–")
        || s.equals("-") && i > 0 && t.start() > tokens.get(i - 1).end()) {
      return true; // dashes; a hyphen set off by spaces is one too
    }
    // "A 2014 study that appeared in the journal found": a relative "that" with no subject of its
    // own stays inside the subject
    boolean relativeThat =
        s.equals("that")
            && t.is("PRON")
            && i > 0
            && tokens.get(i - 1).is("NOUN")
            && i + 1 < tokens.size()
            && isVerbLike(tokens.get(i + 1));
    if (t.is("SCONJ")
        || SUBORDINATORS.contains(s)
        || s.equals("that") && t.is("PRON") && !relativeThat) {
      return true;
    }
    // "..., which he said": a relative word opens the clause when its own subject follows
    if ((s.equals("which") || s.equals("who") || s.equals("whom") || s.equals("what"))
        && i + 1 < tokens.size()
        && !isVerbLike(tokens.get(i + 1))) {
      return true;
    }
    // ", but the minister said", "and critics say"
    return (s.equals("but")
            || s.equals("and")
            || s.equals("while")
            || s.equals("yet")
            || s.equals("so"))
        && i > 0
        && tokens.get(i - 1).text().equals(",");
  }

  private static boolean isVerbLike(Token t) {
    return t.is("VERB") || t.is("AUX") || t.is("ADV");
  }

  /** "This week", "Last month", "Monday": a time the report was made, not its source. */
  private static boolean isTimePhrase(List<Token> tokens, int from, int to) {
    if (to - from > 3) {
      return false;
    }
    for (int i = from; i < to; i++) {
      if (SpanTrimmer.isTimeWord(tokens.get(i).lower())) {
        return true;
      }
    }
    return false;
  }

  private static boolean isAdverbialOpening(Token t) {
    return t.is("ADP")
        || t.is("ADV")
        || t.is("SCONJ")
        || t.lower().equals("last")
        || t.lower().equals("earlier");
  }

  /** The quotation or clause that ends just before {@code boundary} (a comma or closing quote). */
  private static List<Span> contentBefore(
      String text, Sentence sentence, Token boundary, QuoteRegions quotes) {
    Span quote = quotes.endingNear(boundary.end(), 2);
    if (quote != null && quote.start() > sentence.start()) {
      // "The country \"has made dramatic changes,\" she said": the quotation finishes a clause
      // whose start is the writer's
      String lead = text.substring(sentence.start(), quote.start()).strip();
      char last = lead.isEmpty() ? ',' : lead.charAt(lead.length() - 1);
      if (Character.isLetterOrDigit(last) && quotes.at(sentence.start()) == null) {
        return List.of(new Span(sentence.start(), quote.end()));
      }
    }
    if (quote != null) {
      return List.of(quote);
    }
    int start = sentence.start();
    int end = boundary.text().equals(",") ? boundary.start() : boundary.end();
    Span clause = trimmed(text, start, end);
    return clause == null ? List.of() : List.of(clause);
  }

  /**
   * The quotation that goes on after the cue verb at {@code k} and a comma, past the addressee of
   * "told" or "asked" and a short circumstance ("he told the host on Wednesday, “...”"), or null.
   */
  private static @Nullable Span resumedQuote(List<Token> tokens, int k, QuoteRegions quotes) {
    int from = pastAddressee(tokens, CueLexicon.base(tokens.get(k).text()), k + 1);
    if (isParticipleAside(tokens, from)) {
      // "“A,” Tester said, referring to the excuse, “B.”": an aside between the halves
      for (int i = from + 2; i < tokens.size() - 1 && i <= from + 14; i++) {
        if (isQuoteMark(tokens.get(i))) {
          return null;
        }
        if (tokens.get(i).text().equals(",")) {
          return quotes.startingNear(tokens.get(i + 1).start(), 0);
        }
      }
    }
    return from < tokens.size() ? quotationAfterCircumstance(tokens, from, quotes) : null;
  }

  /**
   * "“A,” he said. “B.”" and "“A,” said X, an adviser. “B.”": the quotation that opens the next
   * sentence of the paragraph belongs to the same report, unless it carries a cue of its own ("“B,”
   * she added.").
   */
  private static List<Span> continuation(
      String text, List<Sentence> sentences, int s, int k, QuoteRegions quotes) {
    List<Token> tokens = sentences.get(s).tokens();
    // "“A,” he said, “B.”" and "“A,” he told the host, “B.”" in one sentence
    Span resumed = resumedQuote(tokens, k, quotes);
    if (resumed != null) {
      return List.of(resumed);
    }
    for (int i = k + 1; i < tokens.size(); i++) {
      if (startsQuote(tokens, i, quotes)) {
        return List.of();
      }
    }
    if (s + 1 >= sentences.size()) {
      return List.of();
    }
    Sentence next = sentences.get(s + 1);
    Span q = quotes.startingNear(next.start(), 0);
    if (q == null
        || text.substring(tokens.get(tokens.size() - 1).end(), next.start()).indexOf('\n') >= 0) {
      return List.of();
    }
    for (int j = s + 1; j < sentences.size(); j++) {
      Sentence closing = sentences.get(j);
      if (closing.end() >= q.end()) {
        String rest = text.substring(Math.min(q.end(), closing.end()), closing.end());
        return rest.chars().anyMatch(Character::isLetter) ? List.of() : List.of(q);
      }
    }
    return List.of(q);
  }

  /**
   * Where reported content that starts at token {@code from} ends: at the end of the sentence, or
   * earlier where another clause takes over: a semicolon or dash; a comma before a new clause
   * ("..., and he noted"), a participle ("..., forcing them"), a non-restrictive relative ("...,
   * who took heat") or another attribution ("..., according to").
   */
  private static int clauseEnd(List<Token> tokens, int from, QuoteRegions quotes) {
    int n = tokens.size();
    for (int i = from + 1; i < n; i++) {
      Token t = tokens.get(i);
      if (quotes.at(t.start()) != null && !isQuoteMark(t)) {
        continue;
      }
      String x = t.text();
      if (x.equals("\u2014") || x.equals("--")) {
        int closing = closingDash(tokens, i);
        if (closing < 0) {
          return tokens.get(i - 1).end();
        }
        // "members of the Electoral College — typically loyal partisans — to cast ballots": a
        // pair of dashes sets off an aside inside the reported clause
        i = closing;
        continue;
      }
      if (x.equals(";") || x.equals("\u2013")) {
        return tokens.get(i - 1).end();
      }
      // "... criticized free-trade deals and called for tariffs": the next report begins
      if (isCoordinator(t)
          && i + 1 < n
          && !tokens.get(i - 1).text().equals(",")
          && (isCueVerb(tokens.get(i + 1), false) && !tokens.get(i + 1).lower().endsWith("ing")
              // "attacked Machado and downplayed ...": a reported thing with no verb of its own
              // is followed by the reporter's next act
              || t.lower().equals("and")
                  && !hasVerb(tokens, from, i)
                  && startsReport(tokens, i + 1))) {
        return tokens.get(i - 1).end();
      }
      if (t.lower().equals("but")
          && i + 1 < n
          && startsPredicate(tokens, i + 1)
          && !hasFiniteVerb(tokens, from + 1, i)) {
        // "praised [his work] but also had to give him more time", "wanted [to remain in the
        // hospital], but was treated as an outpatient": after a reported thing with no verb of its
        // own, a second predicate is the reporter's ("said [it would fall] but would recover" is
        // one reported clause)
        int end = i - 1;
        while (end > from && tokens.get(end).text().equals(",")) {
          end--;
        }
        return tokens.get(end).end();
      }
      // "is “true,” but in the course of their report they ...": a comma inside the closing quote
      boolean quotedComma = isQuoteMark(t) && tokens.get(i - 1).text().equals(",");
      if ((x.equals(",") || quotedComma) && i + 1 < n) {
        Token next = tokens.get(i + 1);
        String nx = next.lower();
        boolean newClause =
            (nx.equals("but")
                    || nx.equals("while")
                    || nx.equals("whereas")
                    || nx.equals("although")
                    || nx.equals("though"))
                && i + 2 < n
                && startsSubject(tokens, i + 2);
        // ", including X" and ", excluding X" narrow the report rather than leave it
        boolean participle =
            next.is("VERB")
                && nx.endsWith("ing")
                && !nx.equals("including")
                && !nx.equals("excluding");
        boolean relative = nx.equals("who") || nx.equals("which") || nx.equals("whose");
        boolean according = nx.equals("according");
        boolean nextReport = nx.equals("and") && startsReport(tokens, i + 2);
        if (newClause || participle || relative || according || nextReport) {
          return tokens.get(quotedComma ? i : i - 1).end();
        }
      }
    }
    return lastWordEnd(tokens);
  }

  /**
   * The index of the dash ("—" or "--", as at {@code open}) closing an aside opened at {@code
   * open}, else -1.
   */
  private static int closingDash(List<Token> tokens, int open) {
    for (int i = open + 1; i < tokens.size(); i++) {
      if (tokens.get(i).text().equals(tokens.get(open).text())) {
        return i;
      }
    }
    return -1;
  }

  /**
   * "“...?” Trump said, looking out on the crowd.": a comma and a participle that reports nothing
   * itself, at {@code i}.
   */
  private static boolean isParticipleAside(List<Token> tokens, int i) {
    return i + 1 < tokens.size()
        && tokens.get(i).text().equals(",")
        && tokens.get(i + 1).is("VERB")
        && tokens.get(i + 1).lower().endsWith("ing")
        && !isCueVerb(tokens.get(i + 1), false);
  }

  /**
   * Whether nothing after token {@code from} can be the reported content: the sentence ends, or
   * only an addressee and circumstances follow ("“...,” Figueroa told USA Today on Thursday.").
   */
  private static boolean nothingReportedAfter(List<Token> tokens, int from, QuoteRegions quotes) {
    for (int i = from; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.is("VERB")
          || t.is("AUX")
          || t.lower().equals("that")
          || startsQuote(tokens, i, quotes)) {
        return false;
      }
      if (t.text().equals(":")) {
        return false;
      }
    }
    return true;
  }

  /** Whether a verb in a tense of its own lies between {@code from} and {@code to}. */
  private static boolean hasFiniteVerb(List<Token> tokens, int from, int to) {
    for (int i = from; i < to; i++) {
      Token t = tokens.get(i);
      if ((t.is("VERB") || t.is("AUX")) && t.isFinite()) {
        return true;
      }
    }
    return false;
  }

  /** "was treated", "also had to", "still lost": a finite verb after adverbs at {@code i}. */
  private static boolean startsPredicate(List<Token> tokens, int i) {
    int j = i;
    while (j < tokens.size() - 1 && tokens.get(j).is("ADV")) {
      j++;
    }
    Token t = tokens.get(j);
    return (t.is("VERB") || t.is("AUX")) && t.isFinite();
  }

  /**
   * Whether a subject (a pronoun, a name or a determined noun) followed by a verb starts at {@code
   * i}.
   */
  private static boolean startsSubject(List<Token> tokens, int i) {
    Token t = tokens.get(i);
    if (!(t.is("PRON") || t.is("PROPN") || t.is("DET") || t.is("NOUN"))) {
      return false;
    }
    for (int j = i + 1; j < Math.min(tokens.size(), i + 6); j++) {
      if (tokens.get(j).is("VERB") || tokens.get(j).is("AUX")) {
        return true;
      }
      if (tokens.get(j).is("PUNCT")) {
        return false;
      }
    }
    return false;
  }

  /** Skips auxiliaries, adverbs and "not" between a source and its verb ("has also said"). */
  private static int skipLeftModifiers(List<Token> tokens, int j) {
    // "Gov. Mike Pence (R-IN) said": a parenthesis after the name
    if (j >= 0 && tokens.get(j).text().equals(")")) {
      int open = j;
      while (open >= 0 && !tokens.get(open).text().equals("(") && j - open < 8) {
        open--;
      }
      if (open >= 1
          && tokens.get(open).text().equals("(")
          && isNounPhraseHead(tokens.get(open - 1))) {
        return j; // the parenthesis belongs to the name
      }
    }
    int limit = Math.max(0, j - 3);
    while (j >= limit && j >= 0) {
      Token t = tokens.get(j);
      if (t.is("ADV") || t.is("AUX") || t.isNegation()) {
        j--;
      } else {
        break;
      }
    }
    return j;
  }

  /** The noun phrase that ends with token {@code end}, with an apposition set off by commas. */
  private static @Nullable Span nounPhraseEndingAt(List<Token> tokens, int end) {
    Token last = tokens.get(end);
    if (last.text().equals(",")) {
      // "Kerr Putney, the city's police chief, said"
      int inner = npStart(tokens, end - 1);
      if (inner < 0 || inner < 2 || !tokens.get(inner - 1).text().equals(",")) {
        return null;
      }
      int outer = npStart(tokens, inner - 2);
      if (outer < 0 || !tokens.get(outer).is("PROPN") && !tokens.get(inner).is("PROPN")) {
        return null;
      }
      return new Span(tokens.get(outer).start(), last.end());
    }
    if (RELATIVE.contains(last.lower())
        && (last.is("PRON") || last.is("SCONJ") || last.is("DET"))) {
      return new Span(last.start(), last.end()); // "who said", "which reported"
    }
    int start = npStart(tokens, end);
    return start < 0 ? null : new Span(tokens.get(start).start(), last.end());
  }

  /** The first token of the noun phrase ending at {@code end}, or -1 if there is none. */
  static int npStart(List<Token> tokens, int end) {
    if (end < 0 || !isNounPhraseHead(tokens.get(end))) {
      return -1;
    }
    int j = end;
    while (j - 1 >= 0 && continuesNounPhraseLeft(tokens, j - 1)) {
      j--;
    }
    // do not start a phrase with a conjunction or a preposition
    while (j < end
        && (tokens.get(j).is("CCONJ") && !tokens.get(j).lower().equals("both")
            || tokens.get(j).is("ADP")
            || isPossessiveMark(tokens.get(j)))) {
      j++;
    }
    return j;
  }

  private static boolean isNounPhraseHead(Token t) {
    return t.is("PROPN") || t.is("NOUN") || t.is("PRON") || t.is("NUM");
  }

  /**
   * "meddling the California congressman said", "the rate he has proposed", "everything Trump
   * says": a noun before a phrase with its own determiner or a pronoun, or an indefinite pronoun,
   * ends a phrase at token {@code i} whose relative clause (without its pronoun) the next word
   * opens.
   */
  private static boolean endsPhraseBeforeRelative(List<Token> tokens, int i) {
    if (i + 1 >= tokens.size()) {
      return false;
    }
    Token t = tokens.get(i);
    Token next = tokens.get(i + 1);
    return t.is("NOUN")
            && !t.capitalized()
            && (next.is("DET")
                || SUBJECT_PRONOUNS.contains(next.lower())
                || next.lower().equals("it"))
        || INDEFINITE_PRONOUNS.contains(t.lower()) && NP_TAGS.contains(next.tag());
  }

  private static boolean continuesNounPhraseLeft(List<Token> tokens, int i) {
    Token t = tokens.get(i);
    if (endsPhraseBeforeRelative(tokens, i)) {
      return false;
    }
    if (NP_TAGS.contains(t.tag()) && !RELATIVE.contains(t.lower())) {
      return !t.is("PRON")
          || t.lower().endsWith("s")
              && (t.lower().equals("its") || t.lower().equals("his") || t.lower().equals("their"));
    }
    if (t.is("ADV") && i + 1 < tokens.size() && tokens.get(i + 1).is("NUM")) {
      return true; // "nearly eight of 10 voters", "Only 52 percent"
    }
    // "longtime Democratic pollster", "restructuring experts": the tagger takes some modifiers for
    // adverbs or verbs
    if (i + 1 < tokens.size()
        && !t.capitalized()
        && (t.is("ADV") && tokens.get(i + 1).is("ADJ") && !DISCOURSE_ADVERBS.contains(t.lower())
            // "restructuring experts", "registered voters"
            || t.is("VERB")
                && (t.lower().endsWith("ing") || t.lower().endsWith("ed"))
                && tokens.get(i + 1).is("NOUN")
            || t.lower().equals("both"))) {
      return true;
    }
    if (isPossessiveMark(t)
        || t.text().equals("-")
        || t.text().equals(".") && i > 0 && tokens.get(i - 1).is("PROPN")) {
      return true;
    }
    // "observers in Jerusalem", "analysts at Goldman Sachs", "advisers to Mr. Obama": people
    // placed by a name
    String w = t.lower();
    if ((w.equals("in") || w.equals("at") || w.equals("from") || w.equals("to"))
        && i > 0
        && i + 1 < tokens.size()
        && tokens.get(i - 1).is("NOUN")
        && tokens.get(i - 1).lower().endsWith("s")
        && tokens.get(i + 1).is("PROPN")) {
      return true;
    }
    // "Mr. King and Mr. Schultz", "the head of the agency"
    if ((t.lower().equals("and") || t.lower().equals("of"))
        && i > 0
        && (tokens.get(i - 1).is("PROPN") || tokens.get(i - 1).is("NOUN"))) {
      return true;
    }
    // "eight of 10 voters", "many of whom", "some of the analysts": a part of a group
    return t.lower().equals("of")
        && i > 0
        && (QUANTIFIERS.contains(tokens.get(i - 1).lower()) || tokens.get(i - 1).is("NUM"));
  }

  private static boolean isPossessiveMark(Token t) {
    String s = t.text();
    return s.equals("'s") || s.equals("\u2019s") || s.equals("'") || s.equals("\u2019");
  }

  /** The noun phrase that starts at {@code from} and runs to the end of the clause. */
  private static @Nullable Span nounPhraseFrom(String text, List<Token> tokens, int from) {
    if (from >= tokens.size() || !(NP_TAGS.contains(tokens.get(from).tag()))) {
      return null;
    }
    int end = from;
    boolean sawComma = false;
    while (end + 1 < tokens.size()
        && !isSentenceEnd(tokens, end + 1)
        && !isQuoteMark(tokens.get(end + 1))) {
      Token next = tokens.get(end + 1);
      // "said Caddell, speaking of ...", "said O'Neill, on what was ...", "said Trump on Monday":
      // circumstances after the name are not the source; those after an apposition may be
      boolean named = !sawComma && tokens.get(end).is("PROPN");
      if (next.text().equals(",") && end + 2 < tokens.size()) {
        Token after = tokens.get(end + 2);
        if (named && (after.is("VERB") && after.lower().endsWith("ing") || after.is("ADP"))) {
          break;
        }
        sawComma = true;
      }
      if (named && CIRCUMSTANCE.contains(next.lower())) {
        break;
      }
      // "said Mr. Burman (a view echoed by everyone I interviewed)": an aside in parentheses,
      // where "(R-Tex.)" and "(D)" are part of the name
      if (named
          && next.text().equals("(")
          && end + 2 < tokens.size()
          && !tokens.get(end + 2).capitalized()) {
        break;
      }
      end++;
    }
    return trimmed(text, tokens.get(from).start(), tokens.get(end).end());
  }

  /**
   * The index just past the noun phrase starting at {@code from} ("reporters", "the committee").
   */
  private static int nounPhraseEnd(List<Token> tokens, int from) {
    int i = from;
    while (i < tokens.size()
        && (NP_TAGS.contains(tokens.get(i).tag()) || isPossessiveMark(tokens.get(i)))) {
      if (tokens.get(i).lower().equals("that")) {
        break;
      }
      i++;
    }
    return i;
  }

  /**
   * "Protesters were chanting, \"Hands up, don't shoot\"", "the letter reads: “...”": any verb that
   * hands over to a quotation of a few words after a comma or colon reports it.
   */
  private static boolean introducesQuotation(
      String text, List<Token> tokens, int k, QuoteRegions quotes) {
    Token t = tokens.get(k);
    if (!t.is("VERB") || t.capitalized() || k == 0 || k + 1 >= tokens.size()) {
      return false;
    }
    // the comma or colon marks speech: "has “extraordinarily good health”" quotes a phrase
    int q = k + 1;
    if (!tokens.get(q).text().equals(",") && !tokens.get(q).text().equals(":")) {
      return false;
    }
    q++;
    if (q >= tokens.size()) {
      return false;
    }
    Span quote = quotes.startingNear(tokens.get(q).start(), 0);
    return quote != null && quote.of(text).strip().split("\\s+").length >= 3;
  }

  private static boolean startsQuote(List<Token> tokens, int i, QuoteRegions quotes) {
    return quotes.startingNear(tokens.get(i).start(), 0) != null;
  }

  private static boolean isCommaOrQuote(Token t) {
    return t.text().equals(",") || isQuoteMark(t);
  }

  /** A token of quotation marks only: straight or curly double marks, backticks, Treebank's ''. */
  static boolean isQuoteMark(Token t) {
    String s = t.text();
    boolean quote = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\u201c' || c == '\u201d' || c == '`' || c == '\'' && s.length() > 1) {
        quote = true;
      } else if (Character.isLetterOrDigit(c)) {
        return false;
      }
    }
    return quote;
  }

  private static boolean isClauseBreak(Token t) {
    String s = t.text();
    return s.equals(",") || s.equals(".") || s.equals(";") || s.equals(":") || isQuoteMark(t);
  }

  private static boolean isSentenceEnd(List<Token> tokens, int i) {
    for (int j = i; j < tokens.size(); j++) {
      if (!tokens.get(j).is("PUNCT") || isQuoteMark(tokens.get(j))) {
        return false;
      }
    }
    return true;
  }

  private static int lastWordEnd(List<Token> tokens) {
    int i = tokens.size() - 1;
    while (i > 0 && tokens.get(i).is("PUNCT") && !isQuoteMark(tokens.get(i))) {
      i--;
    }
    return tokens.get(i).end();
  }

  /** The start of the first token at or after {@code offset}, or -1. */
  private static int firstTokenFrom(List<Token> tokens, int offset) {
    for (Token t : tokens) {
      if (t.start() >= offset) {
        return t.start();
      }
    }
    return -1;
  }

  private static int indexAt(List<Token> tokens, int offset) {
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).start() == offset) {
        return i;
      }
    }
    return -1;
  }

  private static Span span(List<Token> tokens, int first, int last) {
    return new Span(tokens.get(first).start(), tokens.get(last).end());
  }

  /** {@code [start, end)} without surrounding spaces and trailing commas, or null if empty. */
  private static @Nullable Span trimmed(String text, int start, int end) {
    int s = start;
    int e = Math.min(end, text.length());
    while (s < e && isBlank(text.charAt(s))) {
      s++;
    }
    while (e > s && (isBlank(text.charAt(e - 1)) || text.charAt(e - 1) == ',')) {
      e--;
    }
    return e > s ? new Span(s, e) : null;
  }

  /** Whitespace including the no-break spaces pasted pages are full of. */
  private static boolean isBlank(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  private static AttributionKind kindOf(String text, List<Span> content) {
    int quoted = 0;
    int all = 0;
    for (Span c : content) {
      String s = c.of(text).strip();
      all += s.length();
      if (!s.isEmpty() && "\"\u201c'".indexOf(s.charAt(0)) >= 0) {
        quoted += s.length();
      } else if (s.indexOf('\u201c') >= 0 || s.indexOf('"') >= 0) {
        return AttributionKind.MIXED;
      }
    }
    if (all > 0 && quoted == all) {
      return AttributionKind.DIRECT;
    }
    return quoted > 0 ? AttributionKind.MIXED : AttributionKind.INDIRECT;
  }

  @SuppressWarnings("unused")
  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}

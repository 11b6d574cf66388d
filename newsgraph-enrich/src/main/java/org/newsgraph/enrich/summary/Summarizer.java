package org.newsgraph.enrich.summary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.enrich.nlp.Sentence;
import org.newsgraph.enrich.nlp.Token;

/**
 * Picks the sentences that best stand for a text: an extractive summary of up to three sentences
 * and a teaser of one or two that fits a link preview. A sentence scores by how close its words are
 * to the text's overall vocabulary (similarity to the document's centroid, weighted by how rare
 * each word is across sentences) and by how early it comes, since news puts the point first. Only
 * whole sentences are used; headline-like lines (no final punctuation, few words) are skipped
 * unless nothing else is there.
 */
public final class Summarizer {

  /** A teaser longer than this is not a teaser. */
  public static final int TEASER_LIMIT = 240;

  private static final int SUMMARY_SENTENCES = 3;
  private static final int MIN_WORDS = 6;

  /** The chosen sentences, as text. */
  public record Summary(String summary, String teaser) {}

  /** The summary and teaser of {@code text}, split into {@code sentences}. */
  public Summary summarize(String text, List<Sentence> sentences) {
    List<Scored> ranked = rank(text, sentences);
    if (ranked.isEmpty()) {
      return new Summary("", "");
    }
    List<Scored> chosen =
        new ArrayList<>(ranked.subList(0, Math.min(SUMMARY_SENTENCES, ranked.size())));
    chosen.sort(Comparator.comparingInt(Scored::index));
    StringBuilder summary = new StringBuilder();
    for (Scored s : chosen) {
      if (!summary.isEmpty()) {
        summary.append(' ');
      }
      summary.append(s.text());
    }
    return new Summary(summary.toString(), teaser(ranked));
  }

  /** The best sentence that fits, with the sentence after it when both fit. */
  private static String teaser(List<Scored> ranked) {
    Scored best = null;
    for (Scored s : ranked) {
      if (s.text().length() <= TEASER_LIMIT) {
        best = s;
        break;
      }
    }
    if (best == null) {
      // nothing fits: the shortest of the best few, whole, rather than a cut sentence
      best =
          ranked.subList(0, Math.min(3, ranked.size())).stream()
              .min(Comparator.comparingInt(s -> s.text().length()))
              .orElseThrow();
      return best.text();
    }
    for (Scored s : ranked) {
      if (s.index() == best.index() + 1
          && best.text().length() + 1 + s.text().length() <= TEASER_LIMIT) {
        return best.text() + " " + s.text();
      }
    }
    return best.text();
  }

  private record Scored(int index, String text, double score) {}

  private static List<Scored> rank(String text, List<Sentence> sentences) {
    List<Integer> usable = new ArrayList<>();
    for (int i = 0; i < sentences.size(); i++) {
      if (isProse(sentences.get(i))) {
        usable.add(i);
      }
    }
    if (usable.isEmpty()) {
      for (int i = 0; i < sentences.size(); i++) {
        if (sentences.get(i).tokens().stream().anyMatch(t -> Words.isContent(t))) {
          usable.add(i);
        }
      }
    }
    Map<String, Integer> documentFrequency = new HashMap<>();
    List<Map<String, Integer>> vectors = new ArrayList<>();
    for (int i : usable) {
      Map<String, Integer> v = new HashMap<>();
      for (Token t : sentences.get(i).tokens()) {
        if (Words.isContent(t)) {
          v.merge(Words.key(t), 1, Integer::sum);
        }
      }
      vectors.add(v);
      for (String w : v.keySet()) {
        documentFrequency.merge(w, 1, Integer::sum);
      }
    }
    int n = usable.size();
    Map<String, Double> centroid = new HashMap<>();
    List<Map<String, Double>> weighted = new ArrayList<>();
    for (Map<String, Integer> v : vectors) {
      Map<String, Double> w = new HashMap<>();
      for (Map.Entry<String, Integer> e : v.entrySet()) {
        double idf = Math.log((double) (n + 1) / documentFrequency.get(e.getKey())) + 1;
        double x = e.getValue() * idf;
        w.put(e.getKey(), x);
        centroid.merge(e.getKey(), x, Double::sum);
      }
      weighted.add(w);
    }
    double centroidNorm = norm(centroid);
    List<Scored> out = new ArrayList<>();
    for (int k = 0; k < n; k++) {
      Map<String, Double> w = weighted.get(k);
      double dot = 0;
      for (Map.Entry<String, Double> e : w.entrySet()) {
        dot += e.getValue() * centroid.get(e.getKey());
      }
      double norms = norm(w) * centroidNorm;
      double centrality = norms == 0 ? 0 : dot / norms;
      double position = 1 / Math.sqrt(1 + k);
      Sentence s = sentences.get(usable.get(k));
      out.add(new Scored(usable.get(k), s.text(text).strip(), 0.6 * centrality + 0.4 * position));
    }
    out.sort(Comparator.comparingDouble(Scored::score).reversed());
    return out;
  }

  private static boolean isProse(Sentence s) {
    List<Token> tokens = s.tokens();
    if (tokens.isEmpty()) {
      return false;
    }
    long words = tokens.stream().filter(t -> !t.is("PUNCT")).count();
    String last = tokens.get(tokens.size() - 1).text();
    boolean closed =
        last.equals(".")
            || last.equals("?")
            || last.equals("!")
            || last.equals("\"")
            || last.equals("\u201d")
            || last.equals("'")
            || last.equals("\u2019");
    return words >= MIN_WORDS && closed;
  }

  private static double norm(Map<String, Double> v) {
    double sum = 0;
    for (double x : v.values()) {
      sum += x * x;
    }
    return Math.sqrt(sum);
  }
}

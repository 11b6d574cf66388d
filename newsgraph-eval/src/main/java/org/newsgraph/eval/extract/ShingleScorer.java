package org.newsgraph.eval.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scores one predicted text against the true one by their shared 4-token shingles. Tokens are the
 * Unicode {@code \w+} runs, case kept; a text of one to three tokens is a single shingle; shingles
 * are counted as a multiset, so a repeated passage counts as often as it occurs.
 */
public final class ShingleScorer {

  private static final Pattern TOKEN = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
  private static final int SHINGLE = 4;

  private ShingleScorer() {}

  /** The score of {@code predicted} against {@code truth}. */
  public static PageScore score(String predicted, String truth) {
    List<String> p = tokens(predicted);
    List<String> t = tokens(truth);
    Map<List<String>, Integer> ps = shingles(p);
    Map<List<String>, Integer> ts = shingles(t);
    int pn = count(ps);
    int tn = count(ts);
    int shared = 0;
    for (Map.Entry<List<String>, Integer> e : ps.entrySet()) {
      shared += Math.min(e.getValue(), ts.getOrDefault(e.getKey(), 0));
    }
    // Nothing predicted and nothing expected is perfect; nothing expected but something
    // predicted is all wrong; nothing predicted is missing everything.
    double precision = pn == 0 ? (tn == 0 ? 1 : 0) : shared / (double) pn;
    double recall = tn == 0 ? 1 : shared / (double) tn;
    return new PageScore(precision, recall, !p.isEmpty(), p.equals(t));
  }

  static List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  static Map<List<String>, Integer> shingles(List<String> tokens) {
    Map<List<String>, Integer> out = new HashMap<>();
    if (tokens.isEmpty()) {
      return out;
    }
    if (tokens.size() < SHINGLE) {
      out.put(List.copyOf(tokens), 1);
      return out;
    }
    for (int i = 0; i + SHINGLE <= tokens.size(); i++) {
      out.merge(List.copyOf(tokens.subList(i, i + SHINGLE)), 1, Integer::sum);
    }
    return out;
  }

  private static int count(Map<List<String>, Integer> shingles) {
    int n = 0;
    for (int c : shingles.values()) {
      n += c;
    }
    return n;
  }
}

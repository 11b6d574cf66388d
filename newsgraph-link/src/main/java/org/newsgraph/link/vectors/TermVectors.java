package org.newsgraph.link.vectors;

import java.io.IOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.newsgraph.link.state.StateReader;
import org.newsgraph.link.state.StateWriter;

/**
 * TF-IDF vectors for a stream of documents, learned as they arrive: each document's terms are
 * weighted by how rare they were among the documents seen before it, so the vectors of a stream
 * never depend on documents that have not come yet. Headline words count double; the body adds its
 * first few hundred words. Thread-safe.
 */
public final class TermVectors {

  private static final int BODY_WORDS = 300;
  private static final float TITLE_WEIGHT = 2f;
  private static final Set<String> STOP =
      Set.of(
          "the", "a", "an", "of", "to", "in", "on", "for", "and", "or", "is", "are", "was", "were",
          "be", "been", "with", "at", "by", "from", "as", "it", "its", "that", "this", "will",
          "has", "have", "had", "after", "over", "new", "says", "say", "said", "s", "vs", "how",
          "what", "why", "who", "not", "but", "he", "she", "they", "his", "her", "their", "we",
          "you", "i", "up", "out", "more", "than", "into", "about", "can", "could", "would", "may",
          "do", "does", "did", "no", "so", "if", "just", "all", "one");

  private final Map<String, Integer> ids = new HashMap<>();
  private final Map<Integer, Integer> documentFrequency = new HashMap<>();
  private int documents;

  /** The vector of a document, then counts it for the documents after it. */
  public synchronized SparseVector add(String title, String body) {
    Map<Integer, Float> tf = new TreeMap<>();
    count(title, TITLE_WEIGHT, Integer.MAX_VALUE, tf);
    count(body, 1f, BODY_WORDS, tf);
    int[] terms = new int[tf.size()];
    float[] weights = new float[tf.size()];
    int i = 0;
    double norm = 0;
    for (Map.Entry<Integer, Float> e : tf.entrySet()) {
      int df = documentFrequency.getOrDefault(e.getKey(), 0);
      float w = (float) (e.getValue() * Math.log((documents + 2.0) / (df + 1.0)));
      terms[i] = e.getKey();
      weights[i++] = w;
      norm += (double) w * w;
    }
    for (int t : terms) {
      documentFrequency.merge(t, 1, Integer::sum);
    }
    documents++;
    if (norm > 0) {
      float n = (float) Math.sqrt(norm);
      for (int k = 0; k < weights.length; k++) {
        weights[k] /= n;
      }
    }
    return new SparseVector(terms, weights);
  }

  /** Writes the vocabulary in id order, each word's document count, and the documents seen. */
  public synchronized void writeTo(StateWriter out) throws IOException {
    out.section("term-vectors", 1);
    String[] words = new String[ids.size()];
    ids.forEach((w, id) -> words[id] = w);
    out.writeInt(words.length);
    for (int id = 0; id < words.length; id++) {
      out.writeString(words[id]);
      out.writeInt(documentFrequency.getOrDefault(id, 0));
    }
    out.writeInt(documents);
  }

  /** Takes the statistics {@link #writeTo} wrote, in place of none: for a fresh instance. */
  public synchronized void readFrom(StateReader in) throws IOException {
    if (documents != 0 || !ids.isEmpty()) {
      throw new IllegalStateException("term statistics already started");
    }
    in.section("term-vectors", 1);
    int n = in.readCount();
    for (int id = 0; id < n; id++) {
      ids.put(in.readString(), id);
      int df = in.readInt();
      if (df > 0) {
        documentFrequency.put(id, df);
      }
    }
    if (ids.size() != n) {
      throw new IOException("damaged state file: a word listed twice");
    }
    documents = in.readInt();
  }

  private void count(String text, float weight, int maxWords, Map<Integer, Float> tf) {
    if (text == null || text.isEmpty()) {
      return;
    }
    int words = 0;
    int n = text.length();
    int i = 0;
    while (i < n && words < maxWords) {
      while (i < n && !Character.isLetterOrDigit(text.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && Character.isLetterOrDigit(text.charAt(i))) {
        i++;
      }
      if (i > start) {
        words++;
        String w = text.substring(start, i).toLowerCase(Locale.ROOT);
        if (w.length() > 1 && !STOP.contains(w)) {
          int id = ids.computeIfAbsent(w, k -> ids.size());
          tf.merge(id, weight, Float::sum);
        }
      }
    }
  }
}

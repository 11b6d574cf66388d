package org.newsgraph.link.stories;

import java.util.Arrays;
import org.newsgraph.link.vectors.SparseVector;

/**
 * The summed TF-IDF vectors of a story's articles, kept as two sorted primitive arrays: a story
 * holds a few hundred terms, and a boxed map of them cost about seven times the memory, which at a
 * million articles decides whether the link state fits in the heap.
 */
final class TermCentroid {

  private int[] terms = new int[0];
  private float[] weights = new float[0];
  private double norm = -1;

  /** Adds a vector whose term ids are strictly increasing. */
  void add(int[] otherTerms, float[] otherWeights) {
    int n = terms.length;
    int m = otherTerms.length;
    int[] t = new int[n + m];
    float[] w = new float[n + m];
    int i = 0;
    int j = 0;
    int k = 0;
    while (i < n || j < m) {
      if (j == m || (i < n && terms[i] < otherTerms[j])) {
        t[k] = terms[i];
        w[k++] = weights[i++];
      } else if (i == n || otherTerms[j] < terms[i]) {
        t[k] = otherTerms[j];
        w[k++] = otherWeights[j++];
      } else {
        t[k] = terms[i];
        w[k++] = weights[i++] + otherWeights[j++];
      }
    }
    terms = k == t.length ? t : Arrays.copyOf(t, k);
    weights = k == w.length ? w : Arrays.copyOf(w, k);
    norm = -1;
  }

  void add(SparseVector v) {
    add(v.terms(), v.weights());
  }

  void add(TermCentroid other) {
    add(other.terms, other.weights);
  }

  double dot(SparseVector v) {
    return dot(terms, weights, v.terms(), v.weights());
  }

  double dot(TermCentroid other) {
    return dot(terms, weights, other.terms, other.weights);
  }

  double norm() {
    if (norm < 0) {
      norm = length(weights);
    }
    return norm;
  }

  /** Euclidean length of {@code v}. */
  static double length(float[] v) {
    double s = 0;
    for (float x : v) {
      s += (double) x * x;
    }
    return Math.sqrt(s);
  }

  int size() {
    return terms.length;
  }

  /** The term ids held, increasing; not to be changed. */
  int[] terms() {
    return terms;
  }

  /** The summed weights, in the order of {@link #terms()}; not to be changed. */
  float[] weights() {
    return weights;
  }

  /** The summed weight of {@code term}, 0 if absent. */
  float weight(int term) {
    int i = Arrays.binarySearch(terms, term);
    return i >= 0 ? weights[i] : 0;
  }

  boolean contains(int term) {
    return Arrays.binarySearch(terms, term) >= 0;
  }

  private static double dot(int[] at, float[] aw, int[] bt, float[] bw) {
    if (at.length > bt.length) {
      return dot(bt, bw, at, aw);
    }
    double dot = 0;
    if (at.length * 16 < bt.length) {
      // a headline against a big story: look each of its few terms up
      for (int i = 0; i < at.length; i++) {
        int j = Arrays.binarySearch(bt, at[i]);
        if (j >= 0) {
          dot += (double) aw[i] * bw[j];
        }
      }
      return dot;
    }
    int i = 0;
    int j = 0;
    while (i < at.length && j < bt.length) {
      if (at[i] < bt[j]) {
        i++;
      } else if (bt[j] < at[i]) {
        j++;
      } else {
        dot += (double) aw[i++] * bw[j++];
      }
    }
    return dot;
  }
}

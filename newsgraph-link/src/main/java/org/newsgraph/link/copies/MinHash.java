package org.newsgraph.link.copies;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * MinHash signatures of a text's word shingles (runs of five words, lowercased, accents and
 * punctuation folded away): the share of positions where two signatures agree estimates the Jaccard
 * similarity of the two texts' shingle sets. Headlines, bylines and a boilerplate line or two
 * change few shingles, so a syndicated story keeps most of its signature.
 */
public final class MinHash {

  /** Hash functions per signature. */
  public static final int SIZE = 64;

  private static final int SHINGLE = 5;
  private static final long[] SEEDS = seeds();

  private MinHash() {}

  /** The signature of {@code text}; a text shorter than one shingle hashes its words whole. */
  public static int[] of(String text) {
    List<String> words = words(text);
    int[] sig = new int[SIZE];
    java.util.Arrays.fill(sig, Integer.MAX_VALUE);
    if (words.isEmpty()) {
      return sig;
    }
    int shingles = Math.max(1, words.size() - SHINGLE + 1);
    for (int s = 0; s < shingles; s++) {
      long h = 0x9E3779B97F4A7C15L;
      for (int w = s; w < Math.min(words.size(), s + SHINGLE); w++) {
        h = mix(h ^ words.get(w).hashCode());
      }
      for (int i = 0; i < SIZE; i++) {
        int v = (int) (mix(h ^ SEEDS[i]) >>> 33);
        if (v < sig[i]) {
          sig[i] = v;
        }
      }
    }
    return sig;
  }

  /** The estimated Jaccard similarity of the texts behind two signatures. */
  public static double similarity(int[] a, int[] b) {
    int same = 0;
    for (int i = 0; i < SIZE; i++) {
      if (a[i] == b[i]) {
        same++;
      }
    }
    return (double) same / SIZE;
  }

  private static List<String> words(String text) {
    String folded =
        Normalizer.normalize(text, Normalizer.Form.NFKD)
            .replaceAll("\\p{M}+", "")
            .toLowerCase(Locale.ROOT);
    List<String> out = new ArrayList<>();
    for (String w : folded.split("[^\\p{L}\\p{N}]+")) {
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return out;
  }

  /** A 64-bit finaliser (SplitMix64): every input bit moves every output bit. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  private static long[] seeds() {
    long[] s = new long[SIZE];
    long x = 42;
    for (int i = 0; i < SIZE; i++) {
      x += 0x9E3779B97F4A7C15L;
      s[i] = mix(x);
    }
    return s;
  }
}

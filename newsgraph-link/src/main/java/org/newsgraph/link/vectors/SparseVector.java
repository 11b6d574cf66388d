package org.newsgraph.link.vectors;

/**
 * A sparse vector of term weights: term ids in increasing order, one weight each.
 *
 * @param terms term ids, strictly increasing
 * @param weights the weight of each term
 */
public record SparseVector(int[] terms, float[] weights) {

  /** The empty vector. */
  public static final SparseVector EMPTY = new SparseVector(new int[0], new float[0]);

  /** Euclidean length. */
  public double norm() {
    double s = 0;
    for (float w : weights) {
      s += (double) w * w;
    }
    return Math.sqrt(s);
  }
}

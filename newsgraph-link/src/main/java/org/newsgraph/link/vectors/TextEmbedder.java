package org.newsgraph.link.vectors;

import org.jspecify.annotations.Nullable;

/**
 * Turns a passage (a headline, a lead) into a dense vector whose cosine with another passage's
 * vector says how close their meanings are. Implementations are thread-safe.
 */
public interface TextEmbedder {

  /** The vector of {@code text}, unit length. */
  float[] embed(String text);

  /** How many numbers each vector has. */
  int dimensions();

  /**
   * The mean vector of generic text ({@link GenericText}), which comparisons subtract to spread the
   * model's cosines; null when the model has none.
   */
  default float @Nullable [] baseline() {
    return null;
  }
}

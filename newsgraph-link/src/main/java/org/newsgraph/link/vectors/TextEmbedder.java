package org.newsgraph.link.vectors;

/**
 * Turns a passage (a headline, a lead) into a dense vector whose cosine with another passage's
 * vector says how close their meanings are. Implementations are thread-safe.
 */
public interface TextEmbedder {

  /** The vector of {@code text}, unit length. */
  float[] embed(String text);

  /** How many numbers each vector has. */
  int dimensions();
}

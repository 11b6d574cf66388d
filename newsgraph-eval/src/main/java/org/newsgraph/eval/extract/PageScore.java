package org.newsgraph.eval.extract;

/**
 * How well one page was extracted.
 *
 * @param precision share of the predicted shingles that are in the truth
 * @param recall share of the true shingles that were predicted
 * @param returnedText whether the extractor returned any text (pages without count for recall only)
 * @param exact whether the predicted tokens equal the true ones exactly
 */
public record PageScore(double precision, double recall, boolean returnedText, boolean exact) {}

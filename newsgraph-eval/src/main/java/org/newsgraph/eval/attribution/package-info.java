/**
 * Attribution extraction scored as the published work on PolNeAR scores it: for each role (source,
 * cue, content) separately, predicted spans against gold spans of the same role, as sets of word
 * tokens (quote marks and punctuation aside), by exact match, by overlap (any shared token) and by
 * Jaccard similarity; and, more strictly, with each attribution's role taken whole. Start from
 * {@link org.newsgraph.eval.attribution.AttributionEvaluation}.
 *
 * @since 0.2
 */
@NullMarked
package org.newsgraph.eval.attribution;

import org.jspecify.annotations.NullMarked;

/**
 * Article extraction scored as the "article extraction benchmark" scores it: the multiset of
 * 4-token shingles of the predicted body against the true body, per page precision and recall, then
 * P = mean precision over pages with text, R = mean recall over all pages, F1 their harmonic mean.
 * Start from {@link org.newsgraph.eval.extract.ExtractionEvaluation}.
 *
 * @since 0.1
 */
@NullMarked
package org.newsgraph.eval.extract;

import org.jspecify.annotations.NullMarked;

/**
 * Quality evaluation: readers for labelled data sets and the scoring methods their publishers use,
 * so our figures are comparable with the figures others publish. {@code newsgraph eval} runs them;
 * the results go to BENCHMARKS.md.
 *
 * @since 0.1
 */
@NullMarked
package org.newsgraph.eval;

import org.jspecify.annotations.NullMarked;

/**
 * What enrichment finds in an article's text: sentences, entities and their mentions, roles,
 * attributions (who said what), temporal expressions, a summary and keyphrases, gathered in an
 * {@link org.newsgraph.model.analysis.Analysis}. Every fact points at its evidence with character
 * offsets ({@link org.newsgraph.model.analysis.Span}) into the analysed text.
 *
 * @since 0.2
 */
@NullMarked
package org.newsgraph.model.analysis;

import org.jspecify.annotations.NullMarked;

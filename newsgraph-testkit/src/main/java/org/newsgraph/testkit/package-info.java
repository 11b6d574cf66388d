/**
 * Shared test support: {@link org.newsgraph.testkit.Fixtures} loads test resources and fails loudly
 * when one is missing, {@link org.newsgraph.testkit.TestCaptures} builds captures with a fixed
 * clock, and {@link org.newsgraph.testkit.ArticleExtractorContract} is the contract every
 * extractor's test extends.
 *
 * @since 0.1
 */
@NullMarked
package org.newsgraph.testkit;

import org.jspecify.annotations.NullMarked;

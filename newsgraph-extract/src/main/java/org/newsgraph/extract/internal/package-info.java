/**
 * How the extractors do their work: decoding bytes, recognising page chrome, reading the layout of
 * text pages, deriving titles, parsing dates, and for HTML the segmentation into text blocks, the
 * location of the main content and the reading of metadata.
 *
 * <p>Not an API: these classes may change without notice. Use {@link
 * org.newsgraph.extract.ArticleExtractors} instead.
 */
@NullMarked
package org.newsgraph.extract.internal;

import org.jspecify.annotations.NullMarked;

/**
 * The extract stage: one {@link org.newsgraph.model.Capture} in, one {@link
 * org.newsgraph.model.Article} (or a reason why there is none) out.
 *
 * <p>Start from {@link org.newsgraph.extract.ArticleExtractor} and {@link
 * org.newsgraph.extract.ArticleExtractors#standard()}, which picks the extractor for the capture's
 * media type: {@link org.newsgraph.extract.TextPageExtractor} for text pages (it drops page chrome
 * and keeps "related" blocks as teasers), {@link org.newsgraph.extract.HtmlPageExtractor} for HTML
 * and {@link org.newsgraph.extract.JsonArticleExtractor} for JSON article records. Bad content is
 * never an exception: it is an {@link org.newsgraph.extract.Extraction.Rejected} with a reason.
 *
 * @since 0.1
 */
@NullMarked
package org.newsgraph.extract;

import org.jspecify.annotations.NullMarked;

package org.newsgraph.store;

import org.jspecify.annotations.Nullable;

/**
 * An article related to another, as the reader's "Related Articles" block shows it.
 *
 * @param teaser one or two whole sentences (at most about 240 characters) that sum it up
 * @param score how related, higher is closer; comparable only within one list
 * @param storyId its story, if it has been placed in one
 */
public record RelatedArticle(
    ArticleSummary article, String teaser, double score, @Nullable String storyId) {}

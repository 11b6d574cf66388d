package org.newsgraph.extract;

import org.newsgraph.model.Capture;

/**
 * Turns one captured document into an article, or says why it is not one.
 *
 * <p>Implementations are stateless and may be shared between threads. Malformed input is ordinary
 * input, not an error: return {@link Extraction.Rejected} with a reason a user can act on.
 */
@FunctionalInterface
public interface ArticleExtractor {

  /** Extracts the article held by {@code capture}. Never throws for bad content. */
  Extraction extract(Capture capture);
}

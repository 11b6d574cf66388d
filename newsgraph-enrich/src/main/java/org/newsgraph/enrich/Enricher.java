package org.newsgraph.enrich;

import java.util.List;
import org.newsgraph.model.Annotation;
import org.newsgraph.model.Article;

/**
 * Adds facts to an article: its language, and later its entities, quotes and summary.
 *
 * <p>Implementations are thread-safe and never throw for unusual text (too short, all capitals,
 * another language): they return fewer or emptier annotations instead.
 */
@FunctionalInterface
public interface Enricher {

  /** The annotations this enricher finds in {@code article}; empty when it finds none. */
  List<Annotation> enrich(Article article);
}

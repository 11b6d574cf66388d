package org.newsgraph.enrich;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.model.Annotation;
import org.newsgraph.model.Article;

/** Several enrichers run in order, as one; their annotations are concatenated. */
public final class Enrichers implements Enricher {

  private static final Enrichers NONE = new Enrichers(List.of());

  private final List<Enricher> enrichers;

  private Enrichers(List<Enricher> enrichers) {
    this.enrichers = List.copyOf(enrichers);
  }

  /** Runs {@code enrichers} in the given order. */
  public static Enrichers of(Enricher... enrichers) {
    return new Enrichers(List.of(enrichers));
  }

  /** Finds nothing. */
  public static Enrichers none() {
    return NONE;
  }

  @Override
  public List<Annotation> enrich(Article article) {
    List<Annotation> all = new ArrayList<>();
    for (Enricher e : enrichers) {
      all.addAll(e.enrich(article));
    }
    return List.copyOf(all);
  }
}

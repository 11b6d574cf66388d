package org.newsgraph.eval.attribution;

import java.util.List;
import java.util.Map;
import org.newsgraph.model.analysis.Span;

/**
 * One attribution of a labelled document (or one predicted), as spans per role; a role can be empty
 * (no source given) or discontinuous.
 */
public record LabelledAttribution(String doc, Map<AttributionRole, List<Span>> spans) {
  public LabelledAttribution {
    spans = Map.copyOf(spans);
  }

  /** The spans of {@code role}, possibly none. */
  public List<Span> of(AttributionRole role) {
    return spans.getOrDefault(role, List.of());
  }
}

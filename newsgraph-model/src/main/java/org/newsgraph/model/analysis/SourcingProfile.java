package org.newsgraph.model.analysis;

import java.util.List;
import java.util.Map;

/**
 * How an article sources what it reports: attributions counted by source class, the share of
 * attributed content that named sources back, who is quoted, and which countries and organisations
 * the sources belong to.
 *
 * @param namedShare share of attributed content (in characters) whose source is named, 0 to 1
 * @param quoted the named sources quoted directly, by name
 */
public record SourcingProfile(
    Map<SourceClass, Integer> counts,
    double namedShare,
    List<String> quoted,
    List<String> countries,
    List<String> organizations) {
  public SourcingProfile {
    counts = Map.copyOf(counts);
    quoted = List.copyOf(quoted);
    countries = List.copyOf(countries);
    organizations = List.copyOf(organizations);
  }

  /** No attributions. */
  public static SourcingProfile empty() {
    return new SourcingProfile(Map.of(), 0, List.of(), List.of(), List.of());
  }
}

package org.newsgraph.enrich.attribution;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.newsgraph.model.analysis.Attribution;
import org.newsgraph.model.analysis.AttributionKind;
import org.newsgraph.model.analysis.Entity;
import org.newsgraph.model.analysis.EntityType;
import org.newsgraph.model.analysis.Mention;
import org.newsgraph.model.analysis.SourceClass;
import org.newsgraph.model.analysis.SourcingProfile;
import org.newsgraph.model.analysis.Span;

/**
 * Sums up how an article sources what it reports. The named share weighs each attribution by the
 * length of its content, so one long paragraph pinned on "observers" counts for more than a
 * two-word quote from a minister. Countries come from the sources themselves: a named
 * organisation's or person's country, a nationality in the source phrase ("Israeli officials"), a
 * capital speaking for its government.
 */
public final class SourcingProfiler {

  private SourcingProfiler() {}

  /** The profile of {@code attributions}, whose sources resolve into {@code entities}. */
  public static SourcingProfile profile(List<Attribution> attributions, List<Entity> entities) {
    if (attributions.isEmpty()) {
      return SourcingProfile.empty();
    }
    Map<SourceClass, Integer> counts = new EnumMap<>(SourceClass.class);
    long named = 0;
    long total = 0;
    Set<String> quoted = new LinkedHashSet<>();
    Set<String> countries = new LinkedHashSet<>();
    Set<String> organizations = new LinkedHashSet<>();
    for (Attribution a : attributions) {
      counts.merge(a.sourceClass(), 1, Integer::sum);
      int length = a.content().stream().mapToInt(Span::length).sum();
      total += length;
      boolean isNamed =
          a.sourceClass() == SourceClass.NAMED_PERSON
              || a.sourceClass() == SourceClass.NAMED_ORGANIZATION;
      if (isNamed) {
        named += length;
      }
      Entity source = byId(entities, a.entityId());
      if (source != null && isNamed && a.kind() != AttributionKind.INDIRECT) {
        quoted.add(source.name());
      }
      if (source != null && source.type() == EntityType.ORGANIZATION) {
        organizations.add(source.name());
      }
      if (source != null && source.type() == EntityType.COUNTRY) {
        countries.add(source.name());
      } else if (source != null && source.country() != null) {
        countries.add(source.country());
      }
      for (Entity e : entities) {
        if (e.type() == EntityType.COUNTRY && mentionedIn(e, a.source())) {
          countries.add(e.name());
        }
      }
    }
    double share = total == 0 ? 0 : (double) named / total;
    return new SourcingProfile(
        counts,
        share,
        new ArrayList<>(quoted),
        new ArrayList<>(countries),
        new ArrayList<>(organizations));
  }

  private static boolean mentionedIn(Entity e, List<Span> source) {
    for (Mention m : e.mentions()) {
      for (Span s : source) {
        if (s.contains(m.span())) {
          return true;
        }
      }
    }
    return false;
  }

  private static @Nullable Entity byId(List<Entity> entities, @Nullable String id) {
    if (id == null) {
      return null;
    }
    for (Entity e : entities) {
      if (e.id().equals(id)) {
        return e;
      }
    }
    return null;
  }
}

package org.newsgraph.server.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.newsgraph.model.analysis.Analysis;
import org.newsgraph.model.analysis.Attribution;
import org.newsgraph.model.analysis.Entity;
import org.newsgraph.model.analysis.Role;
import org.newsgraph.model.analysis.SourceClass;
import org.newsgraph.model.analysis.SourcingProfile;
import org.newsgraph.model.analysis.Span;
import org.newsgraph.model.analysis.TemporalExpression;

/**
 * The JSON fields of an analysis, shared by {@code newsgraph annotate --json}, {@code newsgraph
 * show ID --json} and {@code GET /api/articles/{id}}. Offsets are {@code [start, end)} character
 * offsets (UTF-16 units) into the analysed text; spans are {@code [start, end]} pairs. Enumerated
 * values are lowercase: types {@code person}, {@code organization}, {@code country}, {@code city},
 * {@code location}, {@code misc}; kinds {@code direct}, {@code indirect}, {@code mixed}; classes
 * {@code named_person}, {@code named_organization}, {@code unnamed_official}, {@code vague}, {@code
 * document}, {@code none}.
 */
public record AnalysisFields(
    @Nullable String notAnalysed,
    List<int[]> sentences,
    List<EntityItem> entities,
    List<RoleItem> roles,
    List<AttributionItem> attributions,
    List<DateItem> dates,
    String summary,
    String teaser,
    List<String> keyphrases,
    SourcingItem sourcing) {

  /** An entity and its mentions. */
  public record EntityItem(
      String id, String name, String type, @Nullable String country, List<MentionItem> mentions) {}

  /**
   * One mention; {@code kind} is name, short_name, acronym, nationality or capital_for_government.
   */
  public record MentionItem(int start, int end, String text, String kind) {}

  /** A person's title: {@code entity} is the person's entity id. */
  public record RoleItem(
      String person, String entity, String role, @Nullable String of, int start, int end) {}

  /** Who said what: each part a list of {@code [start, end]} fragments. */
  public record AttributionItem(
      List<int[]> source,
      List<int[]> cue,
      List<int[]> content,
      String kind,
      @JsonProperty("class") String sourceClass,
      @Nullable String entity) {}

  /** A time mention; {@code date} is ISO-8601 when it could be worked out. */
  public record DateItem(
      int start, int end, String text, @Nullable LocalDate date, String granularity) {}

  /** The sourcing profile: attributions by class, and who and where the named sources are. */
  public record SourcingItem(
      Map<String, Integer> counts,
      double namedShare,
      List<String> quoted,
      List<String> countries,
      List<String> organizations) {}

  /** The fields of {@code a}. */
  public static AnalysisFields of(Analysis a) {
    return new AnalysisFields(
        a.notAnalysed(),
        a.sentences().stream().map(AnalysisFields::pair).toList(),
        a.entities().stream().map(AnalysisFields::entity).toList(),
        a.roles().stream().map(AnalysisFields::role).toList(),
        a.attributions().stream().map(AnalysisFields::attribution).toList(),
        a.dates().stream().map(AnalysisFields::date).toList(),
        a.summary(),
        a.teaser(),
        a.keyphrases(),
        sourcing(a.sourcing()));
  }

  /** The fields of an article that has not been analysed, saying why. */
  public static AnalysisFields missing(String reason) {
    return of(Analysis.notAnalysed("und", reason));
  }

  private static EntityItem entity(Entity e) {
    return new EntityItem(
        e.id(),
        e.name(),
        lower(e.type()),
        e.country(),
        e.mentions().stream()
            .map(m -> new MentionItem(m.span().start(), m.span().end(), m.text(), lower(m.kind())))
            .toList());
  }

  private static RoleItem role(Role r) {
    return new RoleItem(
        r.person(), r.personId(), r.role(), r.of(), r.span().start(), r.span().end());
  }

  private static AttributionItem attribution(Attribution x) {
    return new AttributionItem(
        pairs(x.source()),
        pairs(x.cue()),
        pairs(x.content()),
        lower(x.kind()),
        lower(x.sourceClass()),
        x.entityId());
  }

  private static DateItem date(TemporalExpression t) {
    return new DateItem(
        t.span().start(),
        t.span().end(),
        t.text(),
        t.date(),
        t.granularity().toLowerCase(Locale.ROOT));
  }

  private static SourcingItem sourcing(SourcingProfile p) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (SourceClass c : SourceClass.values()) {
      counts.put(lower(c), p.counts().getOrDefault(c, 0));
    }
    return new SourcingItem(
        counts,
        Math.round(p.namedShare() * 1000) / 1000.0,
        p.quoted(),
        p.countries(),
        p.organizations());
  }

  private static List<int[]> pairs(List<Span> spans) {
    return spans.stream().map(AnalysisFields::pair).toList();
  }

  private static int[] pair(Span s) {
    return new int[] {s.start(), s.end()};
  }

  private static String lower(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT);
  }
}

package org.newsgraph.model.analysis;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Everything enrichment found in one text. Offsets index the analysed text exactly.
 *
 * @param language the language the text is in (ISO 639-1, "und" when unknown)
 * @param notAnalysed why the text was not analysed further (e.g. "language fr"), or null
 * @param summary up to three sentences that sum the text up, in text order
 * @param teaser one or two sentences (at most about 240 characters) to show with a link to it
 */
public record Analysis(
    String language,
    @Nullable String notAnalysed,
    List<Span> sentences,
    List<Entity> entities,
    List<Role> roles,
    List<Attribution> attributions,
    List<TemporalExpression> dates,
    String summary,
    String teaser,
    List<String> keyphrases,
    SourcingProfile sourcing) {
  public Analysis {
    Objects.requireNonNull(language, "language");
    sentences = List.copyOf(sentences);
    entities = List.copyOf(entities);
    roles = List.copyOf(roles);
    attributions = List.copyOf(attributions);
    dates = List.copyOf(dates);
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(teaser, "teaser");
    keyphrases = List.copyOf(keyphrases);
    Objects.requireNonNull(sourcing, "sourcing");
  }

  /** An analysis that found nothing, with the reason. */
  public static Analysis notAnalysed(String language, String reason) {
    return new Analysis(
        language,
        reason,
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        "",
        "",
        List.of(),
        SourcingProfile.empty());
  }
}

package org.newsgraph.enrich;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.enrich.attribution.AttributionFinder;
import org.newsgraph.enrich.nlp.EnglishNlp;
import org.newsgraph.enrich.nlp.Sentence;
import org.newsgraph.model.analysis.Attribution;
import org.newsgraph.model.analysis.SourceClass;

/**
 * Analyses English text: sentences, entities, roles, attributions, dates, summary and keyphrases.
 * Offsets in the result index the given text exactly. Heavy models load once, on first use; an
 * instance is thread-safe and meant to be shared.
 */
public final class TextAnalyzer {

  private final EnglishNlp nlp;
  private final AttributionFinder attributions;

  private TextAnalyzer(EnglishNlp nlp, AttributionFinder attributions) {
    this.nlp = nlp;
    this.attributions = attributions;
  }

  /** An analyser that only finds attributions (no entity models are loaded). */
  public static TextAnalyzer attributionsOnly() {
    return new TextAnalyzer(new EnglishNlp(), new AttributionFinder());
  }

  /** The attributions in {@code text}, sources not yet classified. */
  public List<Attribution> attributions(String text) {
    List<Sentence> sentences = nlp.analyze(text);
    List<Attribution> out = new ArrayList<>();
    for (AttributionFinder.Found f : attributions.find(text, sentences)) {
      out.add(
          new Attribution(
              f.source(), List.of(f.cue()), f.content(), f.kind(), SourceClass.NONE, null));
    }
    return out;
  }
}

package org.newsgraph.enrich;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.newsgraph.enrich.attribution.AttributionFinder;
import org.newsgraph.enrich.attribution.SourceClassifier;
import org.newsgraph.enrich.attribution.SourcingProfiler;
import org.newsgraph.enrich.dates.DateFinder;
import org.newsgraph.enrich.entities.EntityFinder;
import org.newsgraph.enrich.nlp.EnglishNlp;
import org.newsgraph.enrich.nlp.Sentence;
import org.newsgraph.enrich.summary.KeyphraseFinder;
import org.newsgraph.enrich.summary.Summarizer;
import org.newsgraph.model.Annotation;
import org.newsgraph.model.analysis.Analysis;
import org.newsgraph.model.analysis.Attribution;
import org.newsgraph.model.analysis.SourceClass;
import org.newsgraph.model.analysis.SourcingProfile;
import org.newsgraph.model.analysis.Span;

/**
 * Analyses English text: sentences, entities, roles, attributions, dates, summary and keyphrases.
 * Offsets in the result index the given text exactly. Text in another language, text in capitals
 * only and text too long to analyse in bounded memory get an analysis that says why it stops there.
 * Heavy models load once, on first use; an instance is thread-safe and meant to be shared.
 */
public final class TextAnalyzer {

  /**
   * Longer texts are refused: about 100,000 words, a hundred times a long feature, which the
   * recogniser gets through in under a minute in well under its heap budget.
   */
  public static final int MAX_CHARS = 600_000;

  private final EnglishNlp nlp = new EnglishNlp();
  private final LanguageIdentifier languages = new LanguageIdentifier();
  private final AttributionFinder attributions = new AttributionFinder();
  private final SourceClassifier sources = new SourceClassifier();
  private final EntityFinder entities = new EntityFinder();
  private final DateFinder dates = new DateFinder();
  private final Summarizer summarizer = new Summarizer();
  private final KeyphraseFinder keyphrases = new KeyphraseFinder();

  /** An analyser with every model; each loads the first time it is needed. */
  public TextAnalyzer() {}

  /**
   * Analyses {@code text}, detecting its language; relative dates are read against {@code
   * published} when it is known.
   */
  public Analysis analyze(String text, @Nullable LocalDate published) {
    return analyze(text, published, null);
  }

  /**
   * Analyses {@code text} known to be in {@code language} (ISO 639-1; null or "und" to detect it).
   */
  public Analysis analyze(String text, @Nullable LocalDate published, @Nullable String language) {
    if (text.length() > MAX_CHARS) {
      return Analysis.notAnalysed(
          language == null ? Annotation.Language.UNDETERMINED : language,
          "too long: " + text.length() + " characters, the limit is " + MAX_CHARS);
    }
    String lang = language(text, language);
    if (!lang.equals("en") && !lang.equals(Annotation.Language.UNDETERMINED)) {
      return Analysis.notAnalysed(lang, "language " + lang);
    }
    List<Sentence> sentences = nlp.analyze(text);
    List<Span> sentenceSpans = new ArrayList<>(sentences.size());
    for (Sentence s : sentences) {
      sentenceSpans.add(new Span(s.start(), s.end()));
    }
    if (isAllCapitals(text)) {
      // the recogniser reads capitals as names everywhere: no entities beat wrong ones
      return new Analysis(
          lang,
          "all capitals",
          sentenceSpans,
          List.of(),
          List.of(),
          List.of(),
          dates.find(text, published),
          "",
          "",
          List.of(),
          SourcingProfile.empty());
    }
    EntityFinder.Found found = entities.find(text, sentences);
    List<Attribution> attributed =
        sources.classify(text, sentences, attributions.find(text, sentences), found.entities());
    Summarizer.Summary summary = summarizer.summarize(text, sentences);
    return new Analysis(
        lang,
        null,
        sentenceSpans,
        found.entities(),
        found.roles(),
        attributed,
        dates.find(text, published),
        summary.summary(),
        summary.teaser(),
        keyphrases.find(text, sentences),
        SourcingProfiler.profile(attributed, found.entities()));
  }

  /** The attributions in {@code text}, sources not classified (the cheapest path, for eval). */
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

  private String language(String text, @Nullable String known) {
    if (known != null && !known.equals(Annotation.Language.UNDETERMINED)) {
      return known;
    }
    Annotation.Language detected = languages.identify(text);
    if (detected.confidence() < LanguageIdentifier.TRUSTED_CONFIDENCE) {
      return Annotation.Language.UNDETERMINED;
    }
    return detected.code();
  }

  private static boolean isAllCapitals(String text) {
    int upper = 0;
    int lower = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isUpperCase(c)) {
        upper++;
      } else if (Character.isLowerCase(c)) {
        lower++;
      }
    }
    return upper >= 20 && lower * 20 < upper;
  }
}

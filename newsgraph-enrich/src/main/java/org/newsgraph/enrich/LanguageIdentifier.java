package org.newsgraph.enrich;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import org.newsgraph.model.Annotation;
import org.newsgraph.model.Article;

/**
 * Detects the language of an article's title and body with OpenNLP's language detector (103
 * languages, model shipped in a Maven artifact). Reports ISO 639-1 codes where they exist, and
 * "und" for text too short to tell: the model is unreliable on headline-length text.
 *
 * <p>The model is loaded once, on first use, and shared; each thread gets its own detector over it
 * because OpenNLP's detectors are not documented as thread-safe. Only the first few thousand
 * characters are looked at, which is plenty for a language and keeps the cost flat for very long
 * texts.
 */
public final class LanguageIdentifier implements Enricher {

  /** A detection at least this confident is trusted over a page's declared language. */
  public static final double TRUSTED_CONFIDENCE = 0.5;

  private static final String MODEL_RESOURCE = "/langdetect-183.bin";
  private static final int MIN_CHARS = 40;
  private static final int MAX_CHARS = 4000;

  private static final Map<String, String> ISO3_TO_ISO1 = iso3ToIso1();

  private final ThreadLocal<LanguageDetectorME> detectors =
      ThreadLocal.withInitial(() -> new LanguageDetectorME(model()));

  @Override
  public List<Annotation> enrich(Article article) {
    return List.of(identify(article.title() + "\n" + article.body()));
  }

  /** The language of {@code text}. */
  public Annotation.Language identify(String text) {
    String sample = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
    if (sample.strip().length() < MIN_CHARS) {
      return new Annotation.Language(Annotation.Language.UNDETERMINED, 0);
    }
    Language[] ranked = detectors.get().predictLanguages(sample);
    Language best = ranked[0];
    String code = ISO3_TO_ISO1.getOrDefault(best.getLang(), best.getLang());
    return new Annotation.Language(code, confidence(ranked));
  }

  /**
   * How clearly the best language beats the runner-up, from 0.5 (a tie) to 1. The model's own
   * probabilities are spread over 103 languages, so even clear English text scores about 0.3; the
   * margin over the second guess is what says whether to trust it.
   */
  private static double confidence(Language[] ranked) {
    double best = ranked[0].getConfidence();
    double second = ranked.length > 1 ? ranked[1].getConfidence() : 0;
    return best + second <= 0 ? 0 : Math.min(1, best / (best + second));
  }

  private static LanguageDetectorModel model() {
    return Loaded.MODEL;
  }

  /** Loads the model when first asked for, once per process. */
  private static final class Loaded {
    static final LanguageDetectorModel MODEL = loadModel();
  }

  private static LanguageDetectorModel loadModel() {
    try (InputStream in = LanguageIdentifier.class.getResourceAsStream(MODEL_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(
            "language model "
                + MODEL_RESOURCE
                + " is not on the classpath;"
                + " add org.apache.opennlp:opennlp-models-langdetect");
      }
      return new LanguageDetectorModel(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load language model " + MODEL_RESOURCE, e);
    }
  }

  private static Map<String, String> iso3ToIso1() {
    Map<String, String> map = new HashMap<>();
    for (String iso1 : Locale.getISOLanguages()) {
      try {
        map.put(Locale.of(iso1).getISO3Language(), iso1);
      } catch (MissingResourceException e) {
        // a language without a three-letter code: nothing to map
      }
    }
    // OpenNLP names some macro-languages by a member language.
    map.put("cmn", "zh");
    map.put("pes", "fa");
    map.put("zlm", "ms");
    return Map.copyOf(map);
  }
}

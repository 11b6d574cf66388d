package org.newsgraph.model;

import java.util.Objects;
import org.newsgraph.model.analysis.Analysis;

/**
 * A fact that enrichment adds to an article. Each kind is one record; consumers switch over them.
 */
public sealed interface Annotation {

  /**
   * The language the article's text is written in, as detected from the text.
   *
   * @param code ISO 639-1 code where one exists ({@code "en"}), else ISO 639-3; {@code "und"} when
   *     the text is too short or too mixed to tell
   * @param confidence the detector's confidence, 0 to 1
   */
  record Language(String code, double confidence) implements Annotation {
    /** Code for "undetermined". */
    public static final String UNDETERMINED = "und";

    public Language {
      Objects.requireNonNull(code, "code");
      if (confidence < 0 || confidence > 1) {
        throw new IllegalArgumentException("confidence must be in [0, 1], got " + confidence);
      }
    }
  }

  /**
   * What the analysis of the article's body found: entities, roles, attributions, dates, summary
   * and keyphrases, with offsets into the body.
   */
  record Analysed(Analysis analysis) implements Annotation {
    public Analysed {
      Objects.requireNonNull(analysis, "analysis");
    }
  }
}

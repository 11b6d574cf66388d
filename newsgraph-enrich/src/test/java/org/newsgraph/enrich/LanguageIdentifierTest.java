package org.newsgraph.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Annotation;
import org.newsgraph.model.Article;

class LanguageIdentifierTest {

  private static final LanguageIdentifier IDENTIFIER = new LanguageIdentifier();

  @Test
  void identifiesEnglishNewsProseConfidently() {
    Annotation.Language l =
        IDENTIFIER.identify(
            "Senior officials from the United States and Iran conducted a direct meeting over the"
                + " weekend, described by regional observers as notably positive and constructive.");
    assertEquals("en", l.code());
    assertThat(l.confidence()).isGreaterThan(0.5);
  }

  @Test
  void identifiesOtherLanguagesWithTwoLetterCodes() {
    assertEquals(
        "fr",
        IDENTIFIER
            .identify(
                "Les responsables américains et iraniens se sont rencontrés ce week-end pour des"
                    + " discussions décrites comme positives par les observateurs de la région.")
            .code());
    assertEquals(
        "de",
        IDENTIFIER
            .identify(
                "Hochrangige Vertreter der Vereinigten Staaten und des Iran trafen sich am"
                    + " Wochenende zu direkten Gesprächen, die Beobachter als konstruktiv bezeichneten.")
            .code());
  }

  @Test
  void saysUndeterminedForTextTooShortToTell() {
    assertEquals(new Annotation.Language("und", 0), IDENTIFIER.identify("Iran talks"));
  }

  @Test
  void annotatesAnArticleWithOneLanguage() {
    Article a =
        new Article(
            null,
            "Talks resume",
            false,
            "Negotiators returned to the table on Sunday for a second round of talks on the"
                + " nuclear programme and the lifting of sanctions.",
            null,
            null,
            null,
            List.of());
    List<Annotation> annotations = Enrichers.of(IDENTIFIER).enrich(a);
    assertThat(annotations).hasSize(1);
    assertEquals("en", ((Annotation.Language) annotations.get(0)).code());
    assertThat(Enrichers.none().enrich(a)).isEmpty();
  }
}

package org.newsgraph.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.analysis.Analysis;
import org.newsgraph.model.analysis.Attribution;
import org.newsgraph.model.analysis.Entity;
import org.newsgraph.model.analysis.SourceClass;
import org.newsgraph.model.analysis.Span;
import org.newsgraph.testkit.Fixtures;

class TextAnalyzerTest {

  private static final TextAnalyzer ANALYZER = new TextAnalyzer();

  @Test
  void analysesTheFirstSampleEndToEnd() {
    String text = Fixtures.text("samples/000_ca7439a74214b565.txt");

    Analysis a = ANALYZER.analyze(text, LocalDate.of(2025, 6, 20));

    assertThat(a.language()).isEqualTo("en");
    assertThat(a.notAnalysed()).isNull();
    assertThat(a.sentences()).hasSizeGreaterThan(20);
    assertThat(a.entities()).extracting(Entity::name).contains("Hossein Amir-Abdollahian", "Iran");
    assertThat(a.roles()).isNotEmpty();
    assertThat(a.attributions())
        .anySatisfy(
            x -> {
              assertThat(x.sourceClass()).isEqualTo(SourceClass.UNNAMED_OFFICIAL);
              assertThat(x.source().get(0).of(text)).isEqualTo("Intelligence officials");
            })
        .anySatisfy(
            x -> {
              assertThat(x.sourceClass()).isEqualTo(SourceClass.NAMED_PERSON);
              assertThat(x.entityId()).isNotNull();
            });
    assertThat(a.dates()).anySatisfy(d -> assertThat(d.date()).isEqualTo("2023-10-07"));
    assertThat(a.summary()).isNotBlank();
    assertThat(a.teaser()).isNotBlank();
    assertThat(a.keyphrases()).hasSizeBetween(5, 10);
    assertThat(a.sourcing().counts()).containsKey(SourceClass.UNNAMED_OFFICIAL);
    for (Attribution x : a.attributions()) {
      for (Span s : x.content()) {
        assertThat(s.end()).isLessThanOrEqualTo(text.length());
      }
    }
  }

  @Test
  void otherLanguagesAreNotAnalysed() {
    String french =
        "Le ministre des Affaires étrangères a déclaré lundi que les négociations avec"
            + " l'Iran reprendraient la semaine prochaine à Mascate, selon plusieurs diplomates.";

    Analysis a = ANALYZER.analyze(french, null);

    assertThat(a.language()).isEqualTo("fr");
    assertThat(a.notAnalysed()).isEqualTo("language fr");
    assertThat(a.entities()).isEmpty();
    assertThat(a.attributions()).isEmpty();
  }

  @Test
  void emptyAndHeadlineOnlyTextsGiveEmptyValidAnalyses() {
    Analysis empty = ANALYZER.analyze("", null);
    Analysis headline = ANALYZER.analyze("Iran and US Resume Talks in Oman", null);

    assertThat(empty.sentences()).isEmpty();
    assertThat(empty.entities()).isEmpty();
    assertThat(empty.summary()).isEmpty();
    assertThat(headline.sentences()).hasSize(1);
    assertThat(headline.attributions()).isEmpty();
  }

  @Test
  void allCapitalsGetNoEntities() {
    String shouting =
        "BREAKING: THE MINISTER SAID ON MONDAY THAT TALKS WITH IRAN WOULD RESUME IN OMAN NEXT"
            + " WEEK, OFFICIALS CONFIRMED.";

    Analysis a = ANALYZER.analyze(shouting, null);

    assertThat(a.notAnalysed()).isEqualTo("all capitals");
    assertThat(a.entities()).isEmpty();
    assertThat(a.sentences()).isNotEmpty();
  }

  @Test
  void refusesTextBeyondTheLimitWithAReason() {
    String huge = "The talks went on. ".repeat(TextAnalyzer.MAX_CHARS / 19 + 10);

    Analysis a = ANALYZER.analyze(huge, null);

    assertThat(a.notAnalysed()).startsWith("too long: ");
    assertThat(a.sentences()).isEmpty();
  }
}

package org.newsgraph.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.model.Article;
import org.newsgraph.model.Capture;
import org.newsgraph.model.MediaType;
import org.newsgraph.model.analysis.Analysis;
import org.newsgraph.model.analysis.Attribution;
import org.newsgraph.model.analysis.AttributionKind;
import org.newsgraph.model.analysis.Entity;
import org.newsgraph.model.analysis.EntityType;
import org.newsgraph.model.analysis.Mention;
import org.newsgraph.model.analysis.MentionKind;
import org.newsgraph.model.analysis.Role;
import org.newsgraph.model.analysis.SourceClass;
import org.newsgraph.model.analysis.SourcingProfile;
import org.newsgraph.model.analysis.Span;
import org.newsgraph.model.analysis.TemporalExpression;

class CatalogAnalysisTest {

  private static final Instant T = Instant.parse("2025-06-20T09:00:00Z");
  private static final LanguageChoice EN = new LanguageChoice("en", "detected");

  @TempDir Path dir;
  private SqliteCatalog catalog;

  @BeforeEach
  void open() {
    catalog = SqliteCatalog.open(dir.resolve("catalog.db"));
  }

  @AfterEach
  void close() {
    catalog.close();
  }

  private static Capture capture(String text) {
    return Capture.ofText("/in/" + text.hashCode() + ".txt", MediaType.TEXT_PLAIN, T, text);
  }

  private static Article article(String body) {
    return new Article(
        "https://news.example/" + body.hashCode(), "Title", false, body, T, "en", null, List.of());
  }

  private static Mention mention(String text, String body, MentionKind kind) {
    int at = body.indexOf(text);
    return new Mention(new Span(at, at + text.length()), text, kind);
  }

  /** "Defense Minister Israel Katz said Hezbollah would pay. Katz spoke in Jerusalem." */
  private static Analysis analysisOfKatz(String body) {
    Entity katz =
        new Entity(
            "e1",
            "Israel Katz",
            EntityType.PERSON,
            null,
            List.of(
                mention("Israel Katz", body, MentionKind.NAME),
                new Mention(
                    new Span(body.lastIndexOf("Katz"), body.lastIndexOf("Katz") + 4),
                    "Katz",
                    MentionKind.SHORT_NAME)));
    Entity hezbollah =
        new Entity(
            "e2",
            "Hezbollah",
            EntityType.ORGANIZATION,
            "Lebanon",
            List.of(mention("Hezbollah", body, MentionKind.NAME)));
    Span source = new Span(0, body.indexOf(" said"));
    Attribution said =
        new Attribution(
            List.of(source),
            List.of(new Span(source.end() + 1, source.end() + 5)),
            List.of(new Span(source.end() + 6, body.indexOf('.'))),
            AttributionKind.INDIRECT,
            SourceClass.NAMED_PERSON,
            "e1");
    return new Analysis(
        "en",
        null,
        List.of(new Span(0, body.length())),
        List.of(katz, hezbollah),
        List.of(new Role("e1", "Israel Katz", "defense minister", null, source)),
        List.of(said),
        List.of(new TemporalExpression(new Span(0, 0), "", LocalDate.of(2025, 6, 14), "WEEKEND")),
        "summary",
        "teaser",
        List.of("Hezbollah"),
        new SourcingProfile(
            Map.of(SourceClass.NAMED_PERSON, 1), 1.0, List.of(), List.of(), List.of()));
  }

  @Test
  void storesTheAnalysisWithTheArticleUnderCatalogIds() {
    String body = "Defense Minister Israel Katz said Hezbollah would pay. Katz spoke in Jerusalem.";
    Capture c = capture(body);

    StoredArticle stored = catalog.putArticle(c, article(body), EN, "fp", T, analysisOfKatz(body));

    Analysis back = catalog.analysis(stored.id()).orElseThrow();
    assertThat(back.entities())
        .extracting(Entity::id)
        .containsExactly("person:israel-katz", "organization:hezbollah");
    assertThat(back.attributions().get(0).entityId()).isEqualTo("person:israel-katz");
    assertThat(back.roles().get(0).personId()).isEqualTo("person:israel-katz");
    assertThat(back.dates().get(0).date()).isEqualTo("2025-06-14");
    assertThat(back.sourcing().counts()).containsEntry(SourceClass.NAMED_PERSON, 1);
    assertThat(catalog.hasAnalysis(stored.id())).isTrue();
  }

  @Test
  void articleStoredWithoutAnalysisHasNone() {
    StoredArticle stored = catalog.putArticle(capture("x"), article("Plain body."), EN, "fp", T);

    assertThat(catalog.analysis(stored.id())).isEmpty();
    assertThat(catalog.hasAnalysis(stored.id())).isFalse();
  }

  @Test
  void entitiesAreCountedAcrossArticlesWithTheirAliases() {
    String one = "Defense Minister Israel Katz said Hezbollah would pay. Katz spoke in Jerusalem.";
    String two = "Defense Minister Israel Katz said Hezbollah would pay again. Katz left.";
    catalog.putArticle(capture(one), article(one), EN, "fp1", T, analysisOfKatz(one));
    catalog.putArticle(capture(two), article(two), EN, "fp2", T, analysisOfKatz(two));

    List<EntitySummary> entities = catalog.entities(10, 0);

    EntitySummary katz = entities.get(0);
    assertThat(katz.id()).isEqualTo("person:israel-katz");
    assertThat(katz.articles()).isEqualTo(2);
    assertThat(katz.mentions()).isEqualTo(4);
    assertThat(katz.aliases())
        .containsExactlyInAnyOrder(
            new EntitySummary.Alias("Israel Katz", 2), new EntitySummary.Alias("Katz", 2));
    assertThat(catalog.countEntities()).isEqualTo(2);
    assertThat(catalog.entities(10, 1))
        .extracting(EntitySummary::id)
        .containsExactly("organization:hezbollah");
  }

  @Test
  void surnameAloneJoinsThePersonAnotherArticleNamedInFull() {
    String one = "Defense Minister Israel Katz said Hezbollah would pay. Katz spoke in Jerusalem.";
    catalog.putArticle(capture(one), article(one), EN, "fp1", T, analysisOfKatz(one));
    String two = "Katz toured the border.";
    Analysis onlySurname =
        new Analysis(
            "en",
            null,
            List.of(),
            List.of(
                new Entity(
                    "e1",
                    "Katz",
                    EntityType.PERSON,
                    null,
                    List.of(mention("Katz", two, MentionKind.NAME)))),
            List.of(),
            List.of(),
            List.of(),
            "",
            "",
            List.of(),
            SourcingProfile.empty());

    StoredArticle stored =
        catalog.putArticle(capture(two), article(two), EN, "fp2", T, onlySurname);

    assertThat(catalog.analysis(stored.id()).orElseThrow().entities().get(0).id())
        .isEqualTo("person:israel-katz");
  }

  @Test
  void analysingAgainReplacesTheEarlierAnalysis() {
    String body = "Defense Minister Israel Katz said Hezbollah would pay. Katz spoke in Jerusalem.";
    StoredArticle stored =
        catalog.putArticle(capture(body), article(body), EN, "fp", T, analysisOfKatz(body));

    catalog.putAnalysis(stored.id(), Analysis.notAnalysed("en", "all capitals"));

    assertThat(catalog.analysis(stored.id()).orElseThrow().notAnalysed()).isEqualTo("all capitals");
    assertThat(catalog.entities(10, 0)).isEmpty();
  }

  @Test
  void entityIdsFoldAccentsAndPunctuation() {
    assertThat(EntityIds.of(EntityType.ORGANIZATION, "Al-Qaeda"))
        .isEqualTo(EntityIds.of(EntityType.ORGANIZATION, "Al Qaeda"))
        .isEqualTo("organization:al-qaeda");
    assertThat(EntityIds.of(EntityType.PERSON, "José Martí")).isEqualTo("person:jose-marti");
    assertThat(EntityIds.of(EntityType.PERSON, "李强")).startsWith("person:").hasSize(19);
  }
}

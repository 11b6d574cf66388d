package org.newsgraph.enrich.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.enrich.TextAnalyzer;
import org.newsgraph.model.analysis.Analysis;
import org.newsgraph.model.analysis.Attribution;
import org.newsgraph.model.analysis.Entity;
import org.newsgraph.model.analysis.SourceClass;

class SourceClassifierTest {

  private static final TextAnalyzer ANALYZER = new TextAnalyzer();

  private static Attribution first(String text) {
    Analysis a = ANALYZER.analyze(text, null);
    assertThat(a.attributions()).isNotEmpty();
    return a.attributions().get(0);
  }

  private static String entityName(String text, Attribution x) {
    return ANALYZER.analyze(text, null).entities().stream()
        .filter(e -> e.id().equals(x.entityId()))
        .map(Entity::name)
        .findFirst()
        .orElse(null);
  }

  /** Asserts that the first attribution of {@code text} has {@code c} and the entity named so. */
  private static void assertSource(String text, SourceClass c, String entity) {
    Attribution x = first(text);
    assertThat(x.sourceClass()).isEqualTo(c);
    assertThat(entityName(text, x)).isEqualTo(entity);
  }

  @Test
  void namedPersonResolvesToTheirEntity() {
    assertSource(
        "Defense Minister Israel Katz said the army would respond to any attack.",
        SourceClass.NAMED_PERSON,
        "Israel Katz");
  }

  @Test
  void namedOrganisation() {
    Attribution x = first("Hezbollah said in a statement that it had fired at the outpost.");

    assertThat(x.sourceClass()).isEqualTo(SourceClass.NAMED_ORGANIZATION);
  }

  @Test
  void officialsWithANationalityAreUnnamedOfficials() {
    assertThat(first("Israeli officials said the strike hit a weapons depot.").sourceClass())
        .isEqualTo(SourceClass.UNNAMED_OFFICIAL);
    assertThat(first("Intelligence officials warn that the militia is rearming.").sourceClass())
        .isEqualTo(SourceClass.UNNAMED_OFFICIAL);
  }

  @Test
  void aRelativePronounIsClassedAsWhatItStandsFor() {
    String person = "The senator met Mitch McConnell, who said the bill would pass.";
    Attribution who = first(person);
    Attribution which =
        first("The group relied on Gallup, which found that most voters agree with the plan.");

    assertThat(who.sourceClass()).isEqualTo(SourceClass.NAMED_PERSON);
    assertThat(entityName(person, who)).isEqualTo("Mitch McConnell");
    assertThat(which.sourceClass()).isEqualTo(SourceClass.NAMED_ORGANIZATION);
    // who is the spokesman, not the Pentagon; a place before "which" may stand for a clause
    assertThat(
            first("Reporters reached a spokesman for the Pentagon, who said no order was given.")
                .sourceClass())
        .isEqualTo(SourceClass.UNNAMED_OFFICIAL);
    assertThat(
            ANALYZER
                .analyze("Unemployment fell in Michigan, which shows the plan is working.", null)
                .attributions())
        .extracting(Attribution::sourceClass)
        .doesNotContain(SourceClass.NAMED_ORGANIZATION);
  }

  @Test
  void itWithNoSourceBeforeItIsTheOrganisationOrCountryNamedLast() {
    String text =
        "The Iranian delegation made clear that any agreement must respect what it claims as"
            + " sovereign rights.";
    Attribution it = first(text);

    assertThat(text.substring(it.source().get(0).start(), it.source().get(0).end()))
        .isEqualTo("it");
    assertThat(it.sourceClass()).isEqualTo(SourceClass.NAMED_ORGANIZATION);
    assertThat(entityName(text, it)).isEqualTo("Iran");
  }

  @Test
  void intelligenceAgenciesAreUnnamedOfficials() {
    assertThat(
            first("Israeli and Western intelligence agencies report a continued push for arms.")
                .sourceClass())
        .isEqualTo(SourceClass.UNNAMED_OFFICIAL);
  }

  @Test
  void observersAndAnalystsAreVague() {
    assertThat(first("Analysts say the deal is unlikely to last.").sourceClass())
        .isEqualTo(SourceClass.VAGUE);
    assertThat(first("Regional observers believe the ceasefire will hold.").sourceClass())
        .isEqualTo(SourceClass.VAGUE);
  }

  @Test
  void reportsAndReleasesAreDocuments() {
    Attribution x = first("According to a report by the monitoring group, 40 people were killed.");

    assertThat(x.sourceClass()).isEqualTo(SourceClass.DOCUMENT);
  }

  @Test
  void pronounTakesThePersonBeforeIt() {
    String text =
        "Prime Minister Mark Carney spoke in Ottawa on Monday. He said the tariffs were unjust.";
    Attribution x = first(text);

    assertThat(x.sourceClass()).isEqualTo(SourceClass.NAMED_PERSON);
    assertThat(entityName(text, x)).isEqualTo("Mark Carney");
  }

  private static SourceClass classOf(String text) {
    return first(text).sourceClass();
  }

  @Test
  void aThingReportsOnNobodysAuthority() {
    // no one is behind "the incident" or "the aid", unlike "observers" or "analysts"
    assertThat(
            classOf(
                "The incident highlights Israel’s ongoing defensive operations against"
                    + " Iranian-backed regional threats."))
        .isEqualTo(SourceClass.NONE);
    assertThat(classOf("The aid shows that donors still trust the government."))
        .isEqualTo(SourceClass.NONE);
    assertThat(classOf("Analysts said the damage could squeeze the group’s finances."))
        .isEqualTo(SourceClass.VAGUE);
  }

  @Test
  void bodiesOfPeopleAndFirmsKeepASourceClass() {
    // WordNet files these under groups, people or made things, not under acts or events
    for (String text :
        List.of(
            "The regulator said the merger would be reviewed.",
            "The prosecution argued that the defendant had lied.",
            "The airline said flights would resume on Friday.",
            "The crowd told reporters that the election was stolen.")) {
      assertThat(classOf(text)).as(text).isEqualTo(SourceClass.VAGUE);
    }
  }

  @Test
  void aMessageIsADocument() {
    assertThat(classOf("The ad claims that the senator voted to raise taxes."))
        .isEqualTo(SourceClass.DOCUMENT);
    assertThat(classOf("His memoir says that he never met the banker."))
        .isEqualTo(SourceClass.DOCUMENT);
  }

  @Test
  void anInstitutionSpeaksAsAnUnnamedOfficialUnlessSomeoneIsNamedInIt() {
    assertThat(
            classOf("The appeals court ruled that the state had drawn the districts unlawfully."))
        .isEqualTo(SourceClass.UNNAMED_OFFICIAL);
    assertSource(
        "The Trump campaign said the poll undercounted rural voters.",
        SourceClass.NAMED_PERSON,
        "Trump");
  }

  @Test
  void theAlliesOfAStateAreItsGovernmentsAndThoseOfAPersonArePeople() {
    assertThat(classOf("European and NATO partners echo the American assessments."))
        .isEqualTo(SourceClass.UNNAMED_OFFICIAL);
    assertThat(classOf("Allies of the senator said he would not run again."))
        .isEqualTo(SourceClass.VAGUE);
  }
}

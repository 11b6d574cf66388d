package org.newsgraph.enrich.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsgraph.enrich.nlp.EnglishNlp;
import org.newsgraph.model.analysis.Entity;
import org.newsgraph.model.analysis.EntityType;
import org.newsgraph.model.analysis.Mention;
import org.newsgraph.model.analysis.MentionKind;
import org.newsgraph.model.analysis.Role;
import org.newsgraph.testkit.Fixtures;

class EntityFinderTest {

  private static final EnglishNlp NLP = new EnglishNlp();
  private static final EntityFinder FINDER = new EntityFinder();

  private static final String FIRST_SAMPLE = Fixtures.text("samples/000_ca7439a74214b565.txt");
  private static final String SECOND_SAMPLE = Fixtures.text("samples/002_e236cc5d13e8879a.txt");

  private static EntityFinder.Found find(String text) {
    return FINDER.find(text, NLP.analyze(text));
  }

  private static List<String> names(EntityFinder.Found found, EntityType type) {
    return found.entities().stream().filter(e -> e.type() == type).map(Entity::name).toList();
  }

  private static Optional<Entity> named(EntityFinder.Found found, String name) {
    return found.entities().stream().filter(e -> e.name().equals(name)).findFirst();
  }

  @Test
  void findsThePeopleAndOrganisationsOfTheSamples() {
    EntityFinder.Found first = find(FIRST_SAMPLE);
    EntityFinder.Found second = find(SECOND_SAMPLE);

    assertThat(names(first, EntityType.PERSON))
        .contains("Hossein Amir-Abdollahian", "Israel Katz", "Benjamin Netanyahu", "Donald Trump");
    assertThat(names(second, EntityType.PERSON)).contains("Eyal Zamir", "Benjamin Netanyahu");
    assertThat(names(first, EntityType.ORGANIZATION))
        .contains("Islamic Revolutionary Guard Corps", "Hezbollah", "Hamas");
    assertThat(names(first, EntityType.COUNTRY)).contains("Iran", "Israel", "United States");
  }

  @Test
  void everyMentionIsTheTextAtItsOffsets() {
    EntityFinder.Found found = find(SECOND_SAMPLE);

    for (Entity e : found.entities()) {
      for (Mention m : e.mentions()) {
        assertThat(m.span().of(SECOND_SAMPLE)).isEqualTo(m.text());
      }
    }
  }

  @Test
  void resolvesWellKnownShortFormsToTheirEntity() {
    EntityFinder.Found found = find(SECOND_SAMPLE);

    Entity idf = named(found, "Israel Defense Forces").orElseThrow();
    assertThat(idf.mentions())
        .anySatisfy(
            m -> {
              assertThat(m.text()).isEqualTo("IDF");
              assertThat(m.kind()).isEqualTo(MentionKind.ACRONYM);
            });
    Entity us = named(found, "United States").orElseThrow();
    assertThat(us.mentions()).extracting(Mention::text).contains("U.S.", "United States");
  }

  @Test
  void nationalityAdjectiveStandsForItsCountry() {
    EntityFinder.Found found = find("Iranian diplomats met their Omani hosts on Sunday.");

    Entity iran = named(found, "Iran").orElseThrow();
    assertThat(iran.type()).isEqualTo(EntityType.COUNTRY);
    assertThat(iran.mentions())
        .singleElement()
        .extracting(Mention::kind)
        .isEqualTo(MentionKind.NATIONALITY);
  }

  @Test
  void capitalActingStandsForItsGovernmentButNotWhereThingsHappen() {
    EntityFinder.Found acting = find("Tehran rejected the proposal on Monday.");
    EntityFinder.Found place = find("The delegates met in Tehran on Monday.");

    assertThat(named(acting, "Iran").orElseThrow().mentions())
        .singleElement()
        .extracting(Mention::kind)
        .isEqualTo(MentionKind.CAPITAL_FOR_GOVERNMENT);
    assertThat(named(place, "Tehran").orElseThrow().type()).isEqualTo(EntityType.CITY);
  }

  @Test
  void surnameAloneIsThePersonNamedInFullBefore() {
    EntityFinder.Found found =
        find("Donald Trump spoke to reporters on Friday. Later, Trump said the talks went well.");

    Entity trump = named(found, "Donald Trump").orElseThrow();
    assertThat(trump.mentions()).extracting(Mention::text).containsExactly("Donald Trump", "Trump");
    assertThat(names(found, EntityType.PERSON)).containsExactly("Donald Trump");
  }

  @Test
  void acronymDefinedInTheTextJoinsItsName() {
    EntityFinder.Found found =
        find(
            "The Kurdistan Workers' Party Youth Council (KWPYC) held a rally. Police said the"
                + " KWPYC had no permit.");

    Entity council =
        found.entities().stream()
            .filter(e -> e.mentions().stream().anyMatch(m -> m.text().equals("KWPYC")))
            .findFirst()
            .orElseThrow();
    assertThat(council.mentions()).hasSizeGreaterThanOrEqualTo(3);
    assertThat(council.name()).contains("Youth Council");
  }

  @Test
  void firstNameOwningAProductIsNotAPerson() {
    EntityFinder.Found found = find(SECOND_SAMPLE);

    assertThat(names(found, EntityType.PERSON)).doesNotContain("David");
    assertThat(found.entities()).extracting(Entity::name).anyMatch(n -> n.contains("Sling"));
  }

  @Test
  void nameSplitAtOfTheIsJoined() {
    EntityFinder.Found found = find(SECOND_SAMPLE);

    assertThat(found.entities())
        .extracting(Entity::name)
        .contains("International Committee of the Red Cross")
        .doesNotContain("Red Cross", "International Committee");
  }

  @Test
  void interfaceLabelsAreNotNames() {
    EntityFinder.Found found = find("Share Article\n\nRelated Articles\n\nThe minister resigned.");

    assertThat(found.entities()).isEmpty();
  }

  @Test
  void readsTitlesBeforeNamesAsRoles() {
    EntityFinder.Found first = find(FIRST_SAMPLE);
    EntityFinder.Found second = find(SECOND_SAMPLE);

    assertThat(first.roles())
        .anySatisfy(
            r -> {
              assertThat(r.person()).isEqualTo("Hossein Amir-Abdollahian");
              assertThat(r.role()).isEqualTo("foreign minister");
              assertThat(r.of()).isEqualTo("Iran");
              assertThat(r.span().of(FIRST_SAMPLE))
                  .isEqualTo("Iranian Foreign Minister Hossein Amir-Abdollahian");
            })
        .anySatisfy(
            r -> {
              assertThat(r.person()).isEqualTo("Israel Katz");
              assertThat(r.role()).isEqualTo("defense minister");
            })
        .anySatisfy(
            r -> {
              assertThat(r.person()).isEqualTo("Donald Trump");
              assertThat(r.role()).isEqualTo("president");
            });
    assertThat(second.roles())
        .anySatisfy(
            r -> {
              assertThat(r.person()).isEqualTo("Eyal Zamir");
              assertThat(r.role()).isEqualTo("chief of staff");
              assertThat(r.of()).isEqualTo("Israel Defense Forces");
            });
  }

  @Test
  void readsAppositionAfterANameAsRole() {
    String text = "Abbas Araghchi, Iran's foreign minister, arrived in Muscat on Saturday.";
    EntityFinder.Found found = find(text);

    Role role = found.roles().stream().findFirst().orElseThrow();
    assertThat(role.person()).isEqualTo("Abbas Araghchi");
    assertThat(role.role()).isEqualTo("foreign minister");
    assertThat(role.of()).isEqualTo("Iran");
  }

  @Test
  void compassAdjectiveIsNoPlace() {
    String text =
        "Israeli intelligence assessments stress that only a sustained, united Western"
            + " approach\u2014backed by clear lines on enforcement, verifiable compliance, and"
            + " continued strategic partnerships\u2014provides the necessary basis to contain and"
            + " ultimately reverse Tehran\u2019s aggressive agenda.";

    assertThat(find(text).entities()).extracting(Entity::name).doesNotContain("Western");
  }
}

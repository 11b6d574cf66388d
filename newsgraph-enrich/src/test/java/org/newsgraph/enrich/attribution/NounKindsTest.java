package org.newsgraph.enrich.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.newsgraph.enrich.attribution.NounKinds.Kind;

class NounKindsTest {

  @Test
  void tellsPeopleMessagesAndThingsApart() {
    assertThat(NounKinds.of("delegation")).isEqualTo(Kind.PEOPLE);
    assertThat(NounKinds.of("memoir")).isEqualTo(Kind.MESSAGE);
    assertThat(NounKinds.of("hospital")).isEqualTo(Kind.ARTIFACT_OR_PLACE);
    assertThat(NounKinds.of("percent")).isEqualTo(Kind.AMOUNT);
    assertThat(NounKinds.of("incident")).isEqualTo(Kind.THING);
    assertThat(NounKinds.of("week")).isEqualTo(Kind.THING);
  }

  @Test
  void readsPluralsAndAnyCase() {
    assertThat(NounKinds.of("Emails")).isEqualTo(Kind.MESSAGE);
    assertThat(NounKinds.of("churches")).isEqualTo(NounKinds.of("church"));
    // an irregular plural, from WordNet's exception list
    assertThat(NounKinds.of("women")).isEqualTo(Kind.PEOPLE);
  }

  @Test
  void aRareSenseDoesNotDecide() {
    // "book" is also a group of bets or a tally in WordNet, senses its tagged text never uses
    assertThat(NounKinds.of("book")).isEqualTo(Kind.MESSAGE);
  }

  @Test
  void knowsNothingOfWordsOutsideWordNet() {
    assertThat(NounKinds.of("qzxv")).isNull();
  }
}

package org.newsgraph.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleTest {

  @Test
  void rejectsBlankBodyNamingTheUrl() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                new Article(
                    "https://x.example/a", "T", false, "  \n", null, null, null, List.of()));
    assertThat(e.getMessage()).contains("body").contains("https://x.example/a");
  }

  @Test
  void rejectsBlankTitle() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new Article(null, " ", false, "body", null, null, null, List.of()));
  }

  @Test
  void teasersCannotBeChangedAfterConstruction() {
    List<Teaser> teasers = new ArrayList<>(List.of(new Teaser("one", null)));
    Article a = new Article(null, "T", false, "body", null, null, null, teasers);
    teasers.add(new Teaser("two", null));
    assertEquals(1, a.teasers().size());
    assertThrows(UnsupportedOperationException.class, () -> a.teasers().add(new Teaser("x", null)));
  }

  @Test
  void paragraphsAreSeparatedByABlankLine() {
    Article a =
        new Article(
            null, "T", false, "one\n\ntwo\nstill two\n\nthree", null, null, null, List.of());
    assertEquals(List.of("one", "two\nstill two", "three"), a.paragraphs());
  }
}

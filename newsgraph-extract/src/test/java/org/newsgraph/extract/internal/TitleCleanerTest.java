package org.newsgraph.extract.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TitleCleanerTest {

  @Test
  void removesATrailingSiteName() {
    assertEquals(
        "Port traffic slumps", TitleCleaner.clean("Port traffic slumps | Harbour Times", null));
    assertEquals(
        "Port traffic slumps as pilots quit",
        TitleCleaner.clean("Port traffic slumps as pilots quit - Harbour Times", null));
  }

  @Test
  void removesALeadingSiteNameOnlyBeforeALongHeadline() {
    assertEquals(
        "Port traffic slumps as pilots quit",
        TitleCleaner.clean("Harbour Times - Port traffic slumps as pilots quit", null));
  }

  @Test
  void keepsDashesThatArePartOfTheHeadline() {
    assertEquals(
        "Well-known - hyphens stay", TitleCleaner.clean("Well-known - hyphens stay", null));
  }

  @Test
  void usesTheDeclaredSiteNameWhenThereIsOne() {
    assertEquals(
        "Ceasefire talks - day two",
        TitleCleaner.clean("Ceasefire talks - day two | The Daily Example", "The Daily Example"));
  }
}

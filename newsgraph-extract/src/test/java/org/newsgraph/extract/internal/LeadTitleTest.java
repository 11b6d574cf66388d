package org.newsgraph.extract.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LeadTitleTest {

  @Test
  void aShortLeadSentenceIsTheTitleWithoutItsFullStop() {
    assertEquals("Rain fell all day", LeadTitle.derive("Rain fell all day. Then it stopped."));
  }

  @Test
  void aLongLeadSentenceIsCutAtAWordBoundaryWithAnEllipsis() {
    String lead =
        "A new week brings the intensification of diplomatic exchanges between the Islamic Republic"
            + " of Iran and the United States, revealing persistent challenges.";
    String title = LeadTitle.derive(lead);
    assertThat(title.length()).isLessThanOrEqualTo(LeadTitle.MAX_CHARS);
    assertThat(title).endsWith("\u2026");
    String withoutEllipsis = title.substring(0, title.length() - 1);
    assertThat(lead).startsWith(withoutEllipsis);
    assertEquals(' ', lead.charAt(withoutEllipsis.length()), "cut must fall between words");
  }

  @Test
  void abbreviationsDoNotEndTheLeadSentence() {
    assertEquals(
        "Dr. Alvarez and the U.S. team met Mr. Reyes on Monday",
        LeadTitle.derive(
            "Dr. Alvarez and the U.S. team met Mr. Reyes on Monday. Talks went well."));
  }

  @Test
  void aSingleEnormousWordIsCutRatherThanDropped() {
    String title = LeadTitle.derive("x".repeat(300));
    assertThat(title.length()).isLessThanOrEqualTo(LeadTitle.MAX_CHARS);
    assertThat(title).startsWith("xxxx");
  }
}

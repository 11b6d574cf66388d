package org.newsgraph.extract.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PageChromeTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Edit Content",
        "No More Articles",
        "Share the Article",
        "Sharing: U.S.-Iran Talks Heighten Israeli Security Risks",
        "3 min read",
        "Skip to main content",
        "Share on Facebook",
        "Tags: politics, Iran",
        "© 2025 Example Media. All rights reserved.",
        "Advertisement",
        "12 Comments"
      })
  void interfaceLabelsAreChrome(String line) {
    assertEquals(PageChrome.LineKind.CHROME, PageChrome.classify(line));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Related Articles",
        "Related",
        "Read more:",
        "More from Harbor Post",
        "You may also like",
        "Most popular",
        "Recommended for you",
        "Editor's picks"
      })
  void relatedHeadingsOpenATeaserBlock(String line) {
    assertEquals(PageChrome.LineKind.RELATED_HEADING, PageChrome.classify(line));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Share prices fall sharply",
        "Israel’s military intercepted a missile launched from Yemen targeting its territory.",
        "U.S.-Iran Talks Heighten Israeli Security Risks Amid Iranian Terrorism",
        "Read the full statement below.",
        "More than 40 people were injured in the blast.",
        "Print media faces new pressure"
      })
  void sentencesAndHeadlinesAreText(String line) {
    assertEquals(PageChrome.LineKind.TEXT, PageChrome.classify(line));
  }
}

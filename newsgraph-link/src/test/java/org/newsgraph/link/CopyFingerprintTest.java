package org.newsgraph.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class CopyFingerprintTest {

  private static final String TEXT =
      "The Israeli military intercepted a missile launched from Yemen.\n\nNo injuries were reported.";

  @Test
  void copiesDifferingInSpacingCaseAndPunctuationShareAFingerprint() {
    String copy =
        "THE ISRAELI MILITARY   intercepted a missile launched from Yemen —\nno injuries were reported!";
    assertEquals(CopyFingerprint.ofText(TEXT), CopyFingerprint.ofText(copy));
  }

  @Test
  void compatibilityFormsOfCharactersShareAFingerprint() {
    assertEquals(CopyFingerprint.ofText("ﬁnal ｆｏｒｍ"), CopyFingerprint.ofText("final form"));
  }

  @Test
  void aChangedWordChangesTheFingerprint() {
    assertNotEquals(
        CopyFingerprint.ofText(TEXT), CopyFingerprint.ofText(TEXT.replace("Yemen", "Lebanon")));
  }

  @Test
  void reorderedWordsChangeTheFingerprint() {
    assertNotEquals(CopyFingerprint.ofText("a b c"), CopyFingerprint.ofText("c b a"));
  }
}

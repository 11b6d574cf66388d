package org.newsgraph.enrich.nlp;

/**
 * A word or punctuation mark, with its offsets in the analysed text and its part of speech
 * (Universal Dependencies tags: NOUN, PROPN, VERB, AUX, ADJ, ADV, ADP, DET, PRON, NUM, PUNCT...),
 * and the finer Penn Treebank tag the tagger gave (VBD, VBN, NNS...), which tells a past tense from
 * a participle where the universal tag does not.
 */
public record Token(int start, int end, String text, String tag, String treebank) {

  /** A token whose Treebank tag is not known. */
  public Token(int start, int end, String text, String tag) {
    this(start, end, text, tag, "");
  }

  /**
   * Whether the token is a verb in a tense of its own (past or present, or a modal): "said",
   * "deteriorated", "says", "will", but not "released" in "a poll released last week".
   */
  public boolean isFinite() {
    return switch (treebank) {
      case "VBD", "VBZ", "VBP", "MD" -> true;
      default -> false;
    };
  }

  /** Whether the token is "not" or its contracted "n't" (straight or curly apostrophe). */
  public boolean isNegation() {
    return isNegation(lower());
  }

  /** Whether {@code w}, lower case, is "not" or "n't" (straight or curly apostrophe). */
  public static boolean isNegation(String w) {
    return w.equals("not") || w.equals("n't") || w.equals("n\u2019t");
  }

  /** Whether the tag is {@code tag}. */
  public boolean is(String tag) {
    return this.tag.equals(tag);
  }

  /** Whether the token starts with an upper-case letter. */
  public boolean capitalized() {
    return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
  }

  /** The text, lowercased. */
  public String lower() {
    return text.toLowerCase(java.util.Locale.ROOT);
  }

  /** Whether {@code w}, lower case, is a form of "be": "is", "were", "been", "\u2019re". */
  public static boolean isFormOfBe(String w) {
    return switch (w) {
      case "be",
          "is",
          "are",
          "was",
          "were",
          "been",
          "being",
          "am",
          "'m",
          "'re",
          "\u2019m",
          "\u2019re" ->
          true;
      default -> false;
    };
  }
}

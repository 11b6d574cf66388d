package org.newsgraph.enrich.nlp;

/**
 * A word or punctuation mark, with its offsets in the analysed text and its part of speech
 * (Universal Dependencies tags: NOUN, PROPN, VERB, AUX, ADJ, ADV, ADP, DET, PRON, NUM, PUNCT...).
 */
public record Token(int start, int end, String text, String tag) {

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
}

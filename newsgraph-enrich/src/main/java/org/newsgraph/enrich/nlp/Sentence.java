package org.newsgraph.enrich.nlp;

import java.util.List;

/** A sentence: its offsets in the analysed text and its tokens. */
public record Sentence(int start, int end, List<Token> tokens) {
  public Sentence {
    tokens = List.copyOf(tokens);
  }

  /** The sentence's text, cut from {@code text}. */
  public String text(String text) {
    return text.substring(start, end);
  }
}

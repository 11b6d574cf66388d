package org.newsgraph.enrich.nlp;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.model.analysis.Span;

/** A sentence: its offsets in the analysed text and its tokens. */
public record Sentence(int start, int end, List<Token> tokens) {
  public Sentence {
    tokens = List.copyOf(tokens);
  }

  /** The tokens of {@code sentences} that lie wholly within {@code span}, in order. */
  public static List<Token> tokensIn(List<Sentence> sentences, Span span) {
    List<Token> out = new ArrayList<>();
    for (Sentence s : sentences) {
      if (s.end() <= span.start() || s.start() >= span.end()) {
        continue;
      }
      for (Token t : s.tokens()) {
        if (t.start() >= span.start() && t.end() <= span.end()) {
          out.add(t);
        }
      }
    }
    return out;
  }

  /** The sentence's text, cut from {@code text}. */
  public String text(String text) {
    return text.substring(start, end);
  }
}

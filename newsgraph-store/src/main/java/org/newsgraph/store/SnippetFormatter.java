package org.newsgraph.store;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Turns the highlighter's best passage into a {@link Snippet}: plain text with the matches as
 * offsets, so each caller can mark them its own way (HTML, terminal, JSON). Long passages are cut
 * to a window around the first match, at word boundaries, with an ellipsis on each cut side.
 */
final class SnippetFormatter extends PassageFormatter {

  static final int MAX_CHARS = 280;
  private static final int LEAD_IN = 90;
  private static final String ELLIPSIS = "\u2026";

  @Override
  public Object format(Passage[] passages, String content) {
    if (passages.length == 0) {
      return Snippet.empty();
    }
    Passage p = passages[0];
    int start = p.getStartOffset();
    int end = p.getEndOffset();
    if (end - start > MAX_CHARS) {
      int firstMatch = p.getNumMatches() > 0 ? p.getMatchStarts()[0] : start;
      start = Math.max(start, firstMatch - LEAD_IN);
      start = wordStart(content, start, firstMatch);
      end = Math.min(end, start + MAX_CHARS);
      end = wordEnd(content, end, start);
    }
    String prefix = start > p.getStartOffset() ? ELLIPSIS : "";
    String suffix = end < p.getEndOffset() ? ELLIPSIS : "";
    String core = content.substring(start, end);
    String lead = prefix + core.stripLeading();
    int shift = prefix.length() - (core.length() - core.stripLeading().length()) - start;
    String text = (lead.stripTrailing() + suffix);
    List<Snippet.Mark> marks = new ArrayList<>();
    int lastEnd = 0;
    for (int i = 0; i < p.getNumMatches(); i++) {
      int ms = p.getMatchStarts()[i] + shift;
      int me = p.getMatchEnds()[i] + shift;
      if (ms >= lastEnd && ms >= prefix.length() && me <= text.length() - suffix.length()) {
        marks.add(new Snippet.Mark(ms, me));
        lastEnd = me;
      }
    }
    return new Snippet(text, marks);
  }

  /** Moves {@code at} forward to the start of a word, but not past {@code limit}. */
  private static int wordStart(String s, int at, int limit) {
    if (at == 0 || Character.isWhitespace(s.charAt(at - 1))) {
      return at;
    }
    int i = at;
    while (i < limit && !Character.isWhitespace(s.charAt(i))) {
      i++;
    }
    return i;
  }

  /** Moves {@code at} back to the end of a word, but not before {@code limit}. */
  private static int wordEnd(String s, int at, int limit) {
    if (at >= s.length() || Character.isWhitespace(s.charAt(at))) {
      return at;
    }
    int i = at;
    while (i > limit && !Character.isWhitespace(s.charAt(i - 1))) {
      i--;
    }
    return i > limit ? i : at;
  }
}

package org.newsgraph.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A passage of an article's text that shows why it matched a query, with the matching words marked.
 *
 * @param text the passage, plain text
 * @param marks the matched words, as offsets into {@code text}, in order and not overlapping
 */
public record Snippet(String text, List<Mark> marks) {

  /** A matched word: {@code [start, end)} in the snippet text. */
  public record Mark(int start, int end) {
    public Mark {
      if (start < 0 || end < start) {
        throw new IllegalArgumentException("bad mark [" + start + ", " + end + ")");
      }
    }
  }

  public Snippet {
    Objects.requireNonNull(text, "text");
    marks = List.copyOf(marks);
    for (Mark m : marks) {
      if (m.end() > text.length()) {
        throw new IllegalArgumentException("mark " + m + " is outside the snippet text");
      }
    }
  }

  /** A stretch of the snippet text: words that matched the query ({@code marked}) or not. */
  public record Piece(String text, boolean marked) {}

  /** The snippet cut into plain and marked pieces, in order, for display. */
  public List<Piece> pieces() {
    List<Piece> out = new ArrayList<>();
    int at = 0;
    for (Mark m : marks) {
      if (m.start() > at) {
        out.add(new Piece(text.substring(at, m.start()), false));
      }
      out.add(new Piece(text.substring(m.start(), m.end()), true));
      at = m.end();
    }
    if (at < text.length()) {
      out.add(new Piece(text.substring(at), false));
    }
    return out;
  }

  /** No snippet. */
  public static Snippet empty() {
    return new Snippet("", List.of());
  }
}

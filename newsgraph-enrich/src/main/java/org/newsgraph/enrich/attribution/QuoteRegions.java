package org.newsgraph.enrich.attribution;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.newsgraph.model.analysis.Span;

/**
 * The quotations of a text: character spans from an opening to a closing double quote, marks
 * included. Curly quotes pair by direction; straight quotes and doubled single quotes ({@code ''})
 * alternate. A quotation that runs over several paragraphs, where each paragraph reopens the quote
 * without closing the previous one, is one region per paragraph.
 */
final class QuoteRegions {

  private final List<Span> regions;

  private QuoteRegions(List<Span> regions) {
    this.regions = regions;
  }

  static QuoteRegions of(String text) {
    List<Span> out = new ArrayList<>();
    int open = -1;
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      int width = 1;
      boolean opening;
      boolean closing;
      if (c == '\u201c') {
        opening = true;
        closing = false;
      } else if (c == '\u201d') {
        // "”Fear. I am truly afraid ...”": a closing mark typed where an opening one belongs,
        // at the start of a word with no quotation open
        boolean misturned =
            open < 0
                && (i == 0 || Character.isWhitespace(text.charAt(i - 1)))
                && i + 1 < n
                && Character.isLetterOrDigit(text.charAt(i + 1));
        opening = misturned;
        closing = !misturned;
      } else if (c == '"' || (c == '\'' && i + 1 < n && text.charAt(i + 1) == '\'')) {
        width = c == '"' ? 1 : 2;
        opening = open < 0;
        closing = open >= 0;
      } else if (c == '\n') {
        if (open >= 0 && i + 1 < n && text.charAt(i + 1) == '\n') {
          out.add(new Span(open, trimEnd(text, open, i))); // unclosed at a paragraph's end
          open = -1;
        }
        i++;
        continue;
      } else {
        i++;
        continue;
      }
      if (opening) {
        open = i;
      } else if (closing && open >= 0) {
        out.add(new Span(open, i + width));
        open = -1;
      }
      i += width;
    }
    if (open >= 0) {
      out.add(new Span(open, trimEnd(text, open, n)));
    }
    return new QuoteRegions(List.copyOf(out));
  }

  private static int trimEnd(String text, int from, int to) {
    int end = to;
    while (end > from && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return end;
  }

  List<Span> all() {
    return regions;
  }

  /** The quotation that contains {@code offset}, if any. */
  @Nullable Span at(int offset) {
    for (Span r : regions) {
      if (r.start() <= offset && offset < r.end()) {
        return r;
      }
    }
    return null;
  }

  /** The quotation that starts at {@code offset} or within a few spaces after it. */
  @Nullable Span startingNear(int offset, int slack) {
    for (Span r : regions) {
      if (r.start() >= offset && r.start() <= offset + slack) {
        return r;
      }
    }
    return null;
  }

  /** The quotation that ends at {@code offset} or within a few characters before it. */
  @Nullable Span endingNear(int offset, int slack) {
    for (Span r : regions) {
      if (r.end() <= offset && r.end() >= offset - slack) {
        return r;
      }
    }
    return null;
  }
}

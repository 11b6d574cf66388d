package org.newsgraph.extract.internal;

import org.jsoup.nodes.Element;

/**
 * A run of text that a browser would lay out as one block: a paragraph, a heading, a list item, a
 * table cell, or text sitting directly in a container. The unit in which HTML pages are judged.
 *
 * @param owner the nearest block-level element around the text
 * @param text the text, whitespace folded
 * @param linkChars how many of its characters are link text
 * @param kind what the block is, by its owner
 */
public record TextBlock(Element owner, String text, int linkChars, Kind kind) {

  /** What a block is, by the element that holds it. */
  public enum Kind {
    PARAGRAPH,
    HEADING,
    LIST_ITEM,
    QUOTE,
    PREFORMATTED,
    CELL,
    CAPTION,
    OTHER
  }

  /** Number of characters. */
  public int chars() {
    return text.length();
  }

  /** Share of the characters that are link text, 0 to 1. */
  public double linkDensity() {
    return text.isEmpty() ? 0 : Math.min(1, linkChars / (double) text.length());
  }

  /** Number of space-separated words. */
  public int words() {
    int n = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      boolean space = text.charAt(i) == ' ';
      if (!space && !inWord) {
        n++;
      }
      inWord = !space;
    }
    return n;
  }
}

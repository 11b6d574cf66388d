package org.newsgraph.extract.internal;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads the layout of a page dumped as text: its headline, the article's paragraphs, and the
 * teasers of a "related" block, with page chrome dropped.
 *
 * <p>Every non-blank line is a paragraph (dumps separate paragraphs with one or two line breaks). A
 * related-heading line opens a teaser block that runs until the next chrome line; text after the
 * block is kept as body, so nothing of the article is ever dropped for being in an odd place.
 */
public final class TextLayout {

  /** Longest line taken as a headline. */
  private static final int MAX_TITLE_CHARS = 200;

  private static final int MAX_TITLE_WORDS = 30;

  /**
   * The parts of a text page.
   *
   * @param title the headline line, if the page starts with one
   * @param paragraphs the article's paragraphs
   * @param teasers the lines of related-article blocks
   */
  public record Parts(@Nullable String title, List<String> paragraphs, List<String> teasers) {}

  private enum State {
    BODY,
    RELATED,
    AFTER_RELATED
  }

  private TextLayout() {}

  /**
   * Splits {@code text} into its parts.
   *
   * @param findTitle whether the first line may be a headline (false when the title is known)
   */
  public static Parts read(String text, boolean findTitle) {
    List<String> body = new ArrayList<>();
    List<String> teasers = new ArrayList<>();
    State state = State.BODY;
    for (String raw : text.split("\\R")) {
      String line = normaliseSpaces(raw);
      if (line.isEmpty()) {
        continue;
      }
      PageChrome.LineKind kind = PageChrome.classify(line);
      switch (kind) {
        case CHROME -> {
          if (state == State.RELATED) {
            state = State.AFTER_RELATED;
          }
        }
        case RELATED_HEADING -> {
          // A "related" heading before any article text is navigation, not the end of the body.
          if (!body.isEmpty()) {
            state = State.RELATED;
          }
        }
        case TEXT -> {
          if (state == State.RELATED) {
            teasers.add(line);
          } else {
            body.add(line);
          }
        }
      }
    }
    String title = null;
    if (findTitle && body.size() > 1 && looksLikeHeadline(body.get(0), body.get(1))) {
      title = body.remove(0);
    }
    return new Parts(title, List.copyOf(body), List.copyOf(teasers));
  }

  /**
   * A headline is short, does not end like a sentence, and is shorter than the paragraph after it.
   */
  public static boolean looksLikeHeadline(String line, String next) {
    if (line.length() > MAX_TITLE_CHARS || line.split("\\s+").length > MAX_TITLE_WORDS) {
      return false;
    }
    if (line.endsWith(".") && !line.endsWith("...")) {
      return false;
    }
    if (line.endsWith(",") || line.endsWith(";") || line.endsWith(":")) {
      return false;
    }
    return next.length() > line.length();
  }

  /** Trims a line and folds runs of spaces and tabs (including no-break spaces) into one. */
  public static String normaliseSpaces(String line) {
    return line.replaceAll("[\\s\u00a0\u2007\u202f]+", " ").strip();
  }
}

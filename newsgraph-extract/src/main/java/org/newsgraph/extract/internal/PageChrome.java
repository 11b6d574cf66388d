package org.newsgraph.extract.internal;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognises the lines of a page that are not the article: interface labels left over when a page
 * is dumped as text ("Edit Content", "Share the Article", "No More Articles", "Sharing: ...", "3
 * min read"), and headings that open a block of links to other articles ("Related Articles", "Read
 * more", "You may also like").
 *
 * <p>The rules go by shape and vocabulary, never by site: a chrome line is short and made only of
 * interface words (plus function words and numbers), or is an interface label followed by a colon.
 * A headline such as "Share prices fall" has content words, so it stays.
 */
public final class PageChrome {

  /** What one line of a text page is. */
  public enum LineKind {
    TEXT,
    CHROME,
    RELATED_HEADING
  }

  private static final int MAX_CHROME_WORDS = 7;
  private static final int MAX_CHROME_CHARS = 60;
  private static final int MAX_LABELLED_CHARS = 240;

  private static final Set<String> INTERFACE_WORDS =
      Set.of(
          "edit",
          "content",
          "share",
          "shares",
          "sharing",
          "shared",
          "article",
          "articles",
          "story",
          "stories",
          "post",
          "posts",
          "print",
          "email",
          "e-mail",
          "mail",
          "comment",
          "comments",
          "subscribe",
          "subscription",
          "unsubscribe",
          "sign",
          "signin",
          "login",
          "log",
          "logout",
          "register",
          "menu",
          "search",
          "skip",
          "main",
          "navigation",
          "home",
          "back",
          "top",
          "next",
          "previous",
          "prev",
          "more",
          "less",
          "load",
          "no",
          "close",
          "open",
          "advertisement",
          "advertising",
          "advert",
          "ad",
          "ads",
          "sponsored",
          "cookie",
          "cookies",
          "accept",
          "settings",
          "follow",
          "newsletter",
          "facebook",
          "twitter",
          "x",
          "whatsapp",
          "linkedin",
          "telegram",
          "reddit",
          "pinterest",
          "copy",
          "copied",
          "link",
          "tweet",
          "page",
          "view",
          "show",
          "hide",
          "reply",
          "save",
          "saved",
          "bookmark",
          "listen",
          "audio",
          "watch",
          "min",
          "mins",
          "minute",
          "minutes",
          "read",
          "reading",
          "time",
          "click",
          "here",
          "continue",
          "expand",
          "collapse",
          "toggle",
          "up",
          "down",
          "in",
          "out",
          "gift",
          "like",
          "likes",
          "feedback",
          "report",
          "correction",
          "permalink",
          "embed",
          "tags",
          "tag",
          "topics",
          "download",
          "app",
          "notifications",
          "alerts");

  private static final Set<String> FUNCTION_WORDS =
      Set.of(
          "the", "a", "an", "this", "that", "to", "of", "on", "for", "with", "and", "or", "by",
          "our", "your", "via", "all", "it", "us", "is", "are", "now", "here", "&");

  private static final Pattern LABELLED =
      Pattern.compile(
          "(?i)^(sharing|share( this( article| story)?)?|tags|tagged|topics|filed under|posted in"
              + "|categories|category|related topics|keywords)\\s*:.*");

  private static final Pattern COPYRIGHT =
      Pattern.compile("(?i)^(©|\\(c\\)|copyright\\b).*|.*\\ball rights reserved\\b.*");

  private static final Pattern RELATED =
      Pattern.compile(
          "(?i)^(related( (articles?|stories|news|posts|content|coverage|links|reading))?"
              + "|read (more|next|also)|also read|see also|further reading|what to read next"
              + "|more (stories|articles|news|reading|to read|coverage|on this story)"
              + "|more from [^.!?]{1,40}|more( [\\p{L}']+){1,3} (stories|articles|news|reads|coverage)"
              + "|recommended( (for you|stories|articles|reading))?"
              + "|you (may|might) (also )?(like|enjoy|be interested in)"
              + "|most (popular|read|viewed|shared)|popular (now|stories|articles)"
              + "|trending( now| stories)?|top stories|latest (news|stories|articles)"
              + "|editors?'?s? picks?)$");

  private static final Pattern TRAILING_MARKS = Pattern.compile("[\\s:.\u2026>»›|-]+$");
  private static final Pattern WORD_BREAKS = Pattern.compile("[\\s/|·•]+");

  private PageChrome() {}

  /** The word without the punctuation around it ("(Share)" is "share"). */
  private static String trimToWord(String raw) {
    int start = 0;
    int end = raw.length();
    while (start < end && !isWordChar(raw.charAt(start))) {
      start++;
    }
    while (end > start && !isWordChar(raw.charAt(end - 1))) {
      end--;
    }
    return raw.substring(start, end);
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '&';
  }

  /** Classifies one line of text (surrounding whitespace is ignored). */
  public static LineKind classify(String line) {
    String s = line.strip();
    if (s.length() <= MAX_CHROME_CHARS) {
      String bare = TRAILING_MARKS.matcher(s).replaceFirst("");
      if (RELATED.matcher(bare).matches()) {
        return LineKind.RELATED_HEADING;
      }
      if (isInterfaceLabel(bare)) {
        return LineKind.CHROME;
      }
    }
    if (s.length() <= MAX_LABELLED_CHARS
        && (s.indexOf(':') > 0 && LABELLED.matcher(s).matches()
            || COPYRIGHT.matcher(s).matches())) {
      return LineKind.CHROME;
    }
    return LineKind.TEXT;
  }

  /** Short, and every word is an interface word, a function word or a number. */
  private static boolean isInterfaceLabel(String s) {
    String[] words = WORD_BREAKS.split(s.toLowerCase(Locale.ROOT));
    if (words.length == 0 || words.length > MAX_CHROME_WORDS) {
      return false;
    }
    boolean sawInterfaceWord = false;
    for (String raw : words) {
      String w = trimToWord(raw);
      if (w.isEmpty() || w.chars().allMatch(Character::isDigit)) {
        continue;
      }
      if (INTERFACE_WORDS.contains(w)) {
        sawInterfaceWord = true;
      } else if (!FUNCTION_WORDS.contains(w)) {
        return false;
      }
    }
    return sawInterfaceWord;
  }
}

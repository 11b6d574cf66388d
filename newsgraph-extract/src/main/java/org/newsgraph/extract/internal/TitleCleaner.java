package org.newsgraph.extract.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Removes the site's name from a page's {@code <title>}. */
public final class TitleCleaner {

  private static final int MAX_SITE_NAME_WORDS = 5;

  private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|\u2013\u2014-]\\s+");

  private TitleCleaner() {}

  /**
   * Drops a site name from a document title: "Headline | Site" and "Site - Headline" become
   * "Headline". A side is the site name when it equals the page's declared site name, or else when
   * it is short, capitalised like a name, and shorter than the other side; otherwise the title is
   * kept whole, since headlines contain dashes too.
   */
  public static @Nullable String clean(String title, @Nullable String siteName) {
    String t = TextLayout.normaliseSpaces(title);
    if (t.isEmpty()) {
      return null;
    }
    List<int[]> separators = new ArrayList<>();
    Matcher m = TITLE_SEPARATOR.matcher(t);
    while (m.find()) {
      separators.add(new int[] {m.start(), m.end()});
    }
    if (separators.isEmpty()) {
      return t;
    }
    int[] last = separators.get(separators.size() - 1);
    int[] first = separators.get(0);
    String head = t.substring(0, last[0]);
    String tail = t.substring(last[1]);
    if (isSiteName(tail, head, siteName, 1)) {
      return head;
    }
    head = t.substring(0, first[0]);
    tail = t.substring(first[1]);
    // A leading site name is rarer than a trailing one: ask for more evidence.
    if (isSiteName(head, tail, siteName, 2)) {
      return tail;
    }
    return t;
  }

  private static boolean isSiteName(
      String candidate, String rest, @Nullable String siteName, int lengthRatio) {
    if (siteName != null) {
      return candidate.equalsIgnoreCase(siteName.strip());
    }
    String[] words = candidate.split(" ");
    if (words.length > MAX_SITE_NAME_WORDS || rest.length() <= lengthRatio * candidate.length()) {
      return false;
    }
    for (String w : words) {
      if (!w.isEmpty()
          && !Character.isUpperCase(w.codePointAt(0))
          && !Character.isDigit(w.codePointAt(0))
          && !w.contains(".")) {
        return false;
      }
    }
    return true;
  }
}

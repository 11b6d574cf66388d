package org.newsgraph.extract.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Chooses, among the blocks of the article's container, the ones that are the article: drops
 * captions, interface labels, headings that repeat the headline, link lines that lead elsewhere
 * ("Read more: ...", runs of links, links before or after the text), and the bylines, datelines and
 * author notes that frame the text at its edges. Links between paragraphs stay: they belong to the
 * article (a shop link under each item of a gift list).
 */
public final class BodyFilter {

  private static final double LINK_LINE_DENSITY = 0.5;
  private static final int LINK_LINE_MAX_CHARS = 400;
  private static final int MAX_EDGE_WORDS = 20;

  /** Labels that introduce a link to another article, in the languages seen most in news. */
  private static final Pattern RELATED_LEAD =
      Pattern.compile(
          "(?iu)^(read more|read next|related|see more|see also|also on \\S+|also read|more on"
              + " this|more:|watch:|listen:|don'?t miss|recommended|lire aussi|à lire aussi"
              + "|lesen sie auch|mehr zum thema|lee también|leer más|leggi anche|leia também"
              + "|veja também|читайте также|смотрите также)\\b.*");

  private static final Pattern DATE =
      Pattern.compile(
          "(?iu)\\b(\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}:\\d{2}"
              + "|(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.? \\d{1,2}"
              + "|\\d{1,2} (jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*)\\b");

  private static final Pattern BYLINE =
      Pattern.compile("(?u)^(By|BY|Por|POR|Von|VON|Par|PAR|Di|Door|Av|Af|Autor|Author|Автор)\\b.*");

  private static final Pattern AUTHOR_NOTE =
      Pattern.compile(
          "(?iu)(.*\\b(follow (him|her|them|us|me) on|on twitter @).*"
              + "|^follow\\b.*\\bon (facebook|twitter|instagram|x|linkedin)\\b.*"
              + "|^\\(?(additional )?(reporting|writing|editing|compiled|contributed) by\\b.*)");

  private BodyFilter() {}

  /**
   * The paragraphs of the article among {@code blocks}, in order.
   *
   * @param titles the page's headline candidates; headings equal to one are not repeated
   */
  public static List<String> paragraphs(List<TextBlock> blocks, List<String> titles) {
    int n = blocks.size();
    boolean[] linkLine = new boolean[n];
    int firstProse = -1;
    int lastProse = -1;
    for (int i = 0; i < n; i++) {
      TextBlock b = blocks.get(i);
      linkLine[i] = b.linkDensity() > LINK_LINE_DENSITY && b.chars() < LINK_LINE_MAX_CHARS;
      if (MainContent.isProse(b)) {
        lastProse = i;
        if (firstProse < 0) {
          firstProse = i;
        }
      }
    }
    List<String> normalisedTitles = titles.stream().map(BodyFilter::normalise).toList();
    List<String> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      TextBlock b = blocks.get(i);
      String text = b.text();
      if (PageChrome.classify(text) == PageChrome.LineKind.RELATED_HEADING) {
        // "More stories" and the list under it: skip to the next paragraph of prose, or to
        // the end when the list closes the article.
        int j = i + 1;
        while (j < n && !MainContent.isProse(blocks.get(j))) {
          j++;
        }
        i = (j > lastProse ? n : j) - 1;
        continue;
      }
      boolean edge = i < firstProse || i > lastProse;
      if (b.kind() == TextBlock.Kind.CAPTION
          || PageChrome.classify(text) != PageChrome.LineKind.TEXT
          || (linkLine[i]
              && (edge || runLength(linkLine, i) >= 3 || RELATED_LEAD.matcher(text).matches()))
          || (b.kind() == TextBlock.Kind.HEADING && repeatsTitle(text, normalisedTitles))
          || (edge && framesTheText(text, i > lastProse))
          || (i == lastProse && AUTHOR_NOTE.matcher(text).matches())) {
        continue;
      }
      out.add(text);
    }
    return out;
  }

  /** A byline, a dateline or an author's note: short lines that frame an article. */
  private static boolean framesTheText(String text, boolean after) {
    int words = text.split(" ").length;
    if (words > MAX_EDGE_WORDS) {
      return after && AUTHOR_NOTE.matcher(text).matches();
    }
    // A date after the text is more often a list (tour dates, schedules) than a dateline.
    return (!after && DATE.matcher(text).find())
        || BYLINE.matcher(text).matches()
        || AUTHOR_NOTE.matcher(text).matches();
  }

  private static boolean repeatsTitle(String heading, List<String> titles) {
    String h = normalise(heading);
    if (h.isEmpty()) {
      return false;
    }
    for (String t : titles) {
      if (t.isEmpty()) {
        continue;
      }
      if (h.equals(t)
          || (t.contains(h) && h.length() >= 0.6 * t.length())
          || (h.contains(t) && t.length() >= 0.6 * h.length())) {
        return true;
      }
    }
    return false;
  }

  private static String normalise(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFKC)
        .toLowerCase(Locale.ROOT)
        .replaceAll("[^\\p{L}\\p{N}]+", " ")
        .strip();
  }

  private static int runLength(boolean[] flags, int at) {
    int start = at;
    while (start > 0 && flags[start - 1]) {
      start--;
    }
    int end = at;
    while (end < flags.length - 1 && flags[end + 1]) {
      end++;
    }
    return end - start + 1;
  }
}

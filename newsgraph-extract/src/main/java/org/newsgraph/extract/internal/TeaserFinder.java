package org.newsgraph.extract.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;
import org.newsgraph.model.Teaser;

/**
 * Finds the teasers a page shows for other articles: the headline links of its "related",
 * "recommended" and "read more" boxes, whether the box is named so by its class or id or by the
 * heading it opens with. Each teaser keeps its text and its absolute address; links back to the
 * page itself and duplicates are left out.
 */
public final class TeaserFinder {

  static final int MAX_TEASERS = 20;
  private static final int MIN_TEASER_CHARS = 20;

  private static final Set<String> BOX_TAGS = Set.of("div", "section", "aside", "ul", "ol", "nav");
  private static final Set<String> HEADINGS = Set.of("h2", "h3", "h4", "h5", "h6");

  private TeaserFinder() {}

  /** The teasers of {@code doc}, in page order. */
  public static List<Teaser> find(Document doc, @Nullable String pageUrl) {
    Map<String, Teaser> byText = new LinkedHashMap<>();
    for (Element box : doc.body() == null ? List.<Element>of() : doc.body().getAllElements()) {
      if (byText.size() >= MAX_TEASERS) {
        break;
      }
      if (!isRelatedBox(box)) {
        continue;
      }
      for (Element a : box.getElementsByTag("a")) {
        String text = TextLayout.normaliseSpaces(a.text());
        String href = a.attr("abs:href");
        if (href.isEmpty()) {
          href = a.attr("href");
        }
        if (text.length() < MIN_TEASER_CHARS
            || !href.startsWith("http")
            || samePage(href, pageUrl)) {
          continue;
        }
        byText.putIfAbsent(text.toLowerCase(Locale.ROOT), new Teaser(text, href));
        if (byText.size() >= MAX_TEASERS) {
          break;
        }
      }
    }
    return List.copyOf(byText.values());
  }

  private static boolean isRelatedBox(Element box) {
    if (!BOX_TAGS.contains(box.normalName())) {
      return false;
    }
    if ((ClassNames.signals(box) & ClassNames.RELATED_NAME) != 0) {
      return true;
    }
    String names = box.className() + " " + box.id();
    if (names.length() > 1) {
      String lower = names.toLowerCase(Locale.ROOT);
      if (lower.contains("read-more")
          || lower.contains("more-stories")
          || lower.contains("more-from")) {
        return true;
      }
    }
    Element first = box.firstElementChild();
    if (first != null && HEADINGS.contains(first.normalName())) {
      return PageChrome.classify(first.text()) == PageChrome.LineKind.RELATED_HEADING;
    }
    return false;
  }

  private static boolean samePage(String href, @Nullable String pageUrl) {
    if (pageUrl == null) {
      return false;
    }
    try {
      URI a = new URI(href);
      URI b = new URI(pageUrl);
      return a.getHost() != null
          && a.getHost().equalsIgnoreCase(b.getHost())
          && stripSlash(a.getPath()).equals(stripSlash(b.getPath()));
    } catch (URISyntaxException e) {
      return false;
    }
  }

  private static String stripSlash(@Nullable String path) {
    if (path == null) {
      return "";
    }
    return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
  }
}

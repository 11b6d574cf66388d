package org.newsgraph.extract.internal;

import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * What an element's {@code class}, {@code id} and {@code role} say it is for. Names are cut into
 * words at hyphens, underscores, spaces and camel-case humps ({@code articleBody} is "article
 * body", {@code share-tools} is "share tools"), so a word matches only as a word: "ad" matches
 * {@code ad-slot} but not {@code header} or {@code download}.
 */
public final class ClassNames {

  /** Words naming page furniture that is not the article. */
  private static final Set<String> FURNITURE =
      Set.of(
          "share",
          "sharing",
          "social",
          "sociallinks",
          "related",
          "relatedlinks",
          "comment",
          "comments",
          "disqus",
          "newsletter",
          "promo",
          "promotion",
          "ad",
          "ads",
          "advert",
          "advertisement",
          "adslot",
          "sponsor",
          "sponsored",
          "cookie",
          "cookies",
          "consent",
          "gdpr",
          "breadcrumb",
          "breadcrumbs",
          "footer",
          "nav",
          "navbar",
          "navigation",
          "menu",
          "sidebar",
          "widget",
          "popular",
          "trending",
          "recommended",
          "recommendation",
          "recommendations",
          "outbrain",
          "taboola",
          "subscribe",
          "subscription",
          "signup",
          "paywall",
          "modal",
          "popup",
          "overlay",
          "banner",
          "byline",
          "author",
          "caption",
          "credit",
          "credits",
          "tags",
          "tag",
          "meta",
          "timestamp",
          "dateline",
          "pagination",
          "pager",
          "toolbar",
          "print",
          "skip",
          "masthead",
          "rail",
          "teaser",
          "teasers",
          "most",
          "readmore",
          "prev",
          "previous",
          "next",
          "btn",
          "button",
          "more",
          "nextarticle",
          "prevnext",
          "bio",
          "disclaimer",
          "copyright",
          "hidden",
          "visually",
          "sr",
          "screenreader",
          "offscreen",
          "toc",
          "rollover",
          "tooltip",
          "hovercard",
          "popover",
          "dek",
          "standfirst",
          "subhead",
          "subheadline",
          "strapline",
          "kicker",
          "login",
          "signin",
          "register",
          "registration",
          "regwall",
          "wall",
          "piano",
          "metering");

  /** Words naming boxes of links to other articles. */
  private static final Set<String> RELATED =
      Set.of(
          "related",
          "relatedlinks",
          "recommended",
          "recommendations",
          "readmore",
          "popular",
          "trending",
          "mostread",
          "mostpopular",
          "morestories");

  /** Words naming boxes that are only shown on hover. */
  private static final Set<String> HIDDEN =
      Set.of("rollover", "tooltip", "hovercard", "popover", "structured");

  /** Words naming the article itself. */
  private static final Set<String> ARTICLE =
      Set.of(
          "article",
          "articlebody",
          "body",
          "content",
          "entry",
          "post",
          "story",
          "text",
          "main",
          "prose",
          "blog",
          "rich",
          "richtext",
          "single",
          "page",
          "news",
          "detail",
          "copy");

  private ClassNames() {}

  /** The names say page furniture. */
  public static final int FURNITURE_NAME = 1;

  /** The names say article text. */
  public static final int ARTICLE_NAME = 2;

  /** The names say the box is kept out of sight (hover cards, screen-reader text). */
  public static final int HIDDEN_NAME = 4;

  /** The names say caption or photo credit. */
  public static final int CAPTION_NAME = 8;

  /** The names say links to other articles ("related", "recommended", "most read"). */
  public static final int RELATED_NAME = 16;

  /**
   * What the element's {@code class}, {@code id}, {@code role} and {@code itemprop} say, as a bit
   * set of the {@code *_NAME} flags. One pass over the names, no regular expressions: it runs for
   * every element of every page.
   */
  public static int signals(Element e) {
    int flags = 0;
    for (String attr : new String[] {"class", "id", "role", "itemprop"}) {
      String value = e.attributes().getIgnoreCase(attr);
      if (!value.isEmpty()) {
        flags |= signalsOf(value);
      }
    }
    return flags;
  }

  private static int signalsOf(String names) {
    int flags = 0;
    int n = names.length();
    int start = 0;
    for (int i = 0; i <= n; i++) {
      boolean end =
          i == n
              || !Character.isLetterOrDigit(names.charAt(i))
              || (i > start
                  && Character.isUpperCase(names.charAt(i))
                  && Character.isLowerCase(names.charAt(i - 1)));
      if (end) {
        if (i > start) {
          flags |= signalOfWord(names.substring(start, i).toLowerCase(Locale.ROOT));
        }
        start = Character.isLetterOrDigit(i < n ? names.charAt(i) : ' ') ? i : i + 1;
      }
    }
    String lower = names.toLowerCase(Locale.ROOT);
    if (lower.contains("sr-only")
        || lower.contains("visually-hidden")
        || lower.contains("screen-reader")) {
      flags |= HIDDEN_NAME;
    }
    return flags;
  }

  private static int signalOfWord(String w) {
    int flags = 0;
    if (FURNITURE.contains(w)) {
      flags |= FURNITURE_NAME;
    }
    if (ARTICLE.contains(w)) {
      flags |= ARTICLE_NAME;
    }
    if (HIDDEN.contains(w)) {
      flags |= HIDDEN_NAME;
    }
    if (w.equals("caption") || w.equals("credit") || w.equals("credits")) {
      flags |= CAPTION_NAME;
    }
    if (RELATED.contains(w)) {
      flags |= RELATED_NAME;
    }
    return flags;
  }

  /** Whether the names say furniture (share tools, comments, ads, navigation...). */
  public static boolean namesFurniture(Element e) {
    return (signals(e) & FURNITURE_NAME) != 0;
  }

  /** Whether the names say article text. */
  public static boolean namesArticle(Element e) {
    return (signals(e) & ARTICLE_NAME) != 0;
  }
}

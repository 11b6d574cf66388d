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

  /** The element's class, id and role as lowercase words. */
  public static String[] words(Element e) {
    String names = e.className() + " " + e.id() + " " + e.attr("role") + " " + e.attr("itemprop");
    if (names.isBlank()) {
      return new String[0];
    }
    String split = names.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    return split.split("[^a-z0-9]+");
  }

  /** Whether the names say furniture (share tools, comments, ads, navigation...). */
  public static boolean namesFurniture(Element e) {
    for (String w : words(e)) {
      if (FURNITURE.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the names are a convention for boxes that style sheets keep out of sight: pop-up cards
   * that open on hover, and text for screen readers only.
   */
  public static boolean namesHidden(Element e) {
    String c = e.className();
    if (c.isEmpty()) {
      return false;
    }
    for (String w : words(e)) {
      if (HIDDEN.contains(w)) {
        return true;
      }
    }
    String lower = c.toLowerCase(Locale.ROOT);
    return lower.contains("sr-only")
        || lower.contains("visually-hidden")
        || lower.contains("screen-reader");
  }

  /** Whether the names say caption or photo credit: text about a picture, not the article. */
  public static boolean namesCaption(Element e) {
    if (e.className().isEmpty()) {
      return false;
    }
    for (String w : words(e)) {
      if (w.equals("caption") || w.equals("credit") || w.equals("credits")) {
        return true;
      }
    }
    return false;
  }

  /** Whether the names say article text. */
  public static boolean namesArticle(Element e) {
    for (String w : words(e)) {
      if (ARTICLE.contains(w)) {
        return true;
      }
    }
    return false;
  }
}

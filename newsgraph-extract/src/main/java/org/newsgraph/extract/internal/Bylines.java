package org.newsgraph.extract.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.newsgraph.model.MetadataField;

/**
 * Reads an article's authors and turns bylines into names: "By Ana Ruiz and Ben Ode" is two names;
 * URLs, menus ("Staff | Home | Contact"), e-mail addresses and roles are not names.
 */
final class Bylines {

  private static final int MAX_AUTHOR_CHARS = 60;
  private static final Pattern BYLINE_PREFIX =
      Pattern.compile("(?iu)^(written |posted |reported )?(by|por|von|par|di|door|av|af)\\s+");
  private static final Pattern AUTHOR_SEPARATOR =
      Pattern.compile("(?iu)\\s*(,|&|\\band\\b|\\bund\\b|\\by\\b|\\bet\\b|\\be\\b|;)\\s*");
  private static final Set<String> NOT_NAMES =
      Set.of(
          "home",
          "contact",
          "staff",
          "admin",
          "administrator",
          "editor",
          "editors",
          "news",
          "desk",
          "team",
          "about",
          "menu",
          "search",
          "login",
          "subscribe",
          "share",
          "follow",
          "twitter",
          "facebook",
          "email",
          "more",
          "by",
          "author",
          "authors",
          "unknown",
          "guest");

  private Bylines() {}

  /**
   * The article's authors: JSON-LD, then author meta tags, then a byline on the page; records the
   * source in {@code sources}.
   */
  static List<String> authors(
      Document doc, MetaTags meta, JsonLd jsonLd, Map<MetadataField, String> sources) {
    List<String> fromJson = clean(jsonLd.names("author"));
    if (!fromJson.isEmpty()) {
      sources.put(MetadataField.AUTHORS, "json-ld:author");
      return fromJson;
    }
    for (String[] tag :
        new String[][] {
          {"author", "meta[name=author]"},
          {"article:author", "article:author"},
          {"parsely-author", "meta[name=parsely-author]"},
          {"sailthru.author", "meta[name=sailthru.author]"},
          {"byl", "meta[name=byl]"},
          {"dc.creator", "meta[name=dc.creator]"}
        }) {
      List<String> names = clean(meta.all(tag[0]));
      if (!names.isEmpty()) {
        sources.put(MetadataField.AUTHORS, tag[1]);
        return names;
      }
    }
    for (String selector :
        new String[] {
          "[rel=author]", "[itemprop=author]", "[class*=byline]", "[class*=author-name]"
        }) {
      for (Element e : doc.select(selector)) {
        String text = e.text();
        if (text.length() <= 120) {
          List<String> names = clean(List.of(text));
          if (!names.isEmpty()) {
            sources.put(MetadataField.AUTHORS, "byline");
            return names;
          }
        }
      }
    }
    return List.of();
  }

  /** Splits bylines into names and drops what is not a name (URLs, menus, roles). */
  static List<String> clean(List<String> raw) {
    Set<String> names = new LinkedHashSet<>();
    for (String r : raw) {
      String s = TextLayout.normaliseSpaces(r);
      if (s.contains("|") || s.contains("://") || s.contains("@") || s.contains("/")) {
        continue;
      }
      s = BYLINE_PREFIX.matcher(s).replaceFirst("");
      for (String part : AUTHOR_SEPARATOR.split(s)) {
        String name = part.strip().replaceAll("[.,;:]+$", "");
        if (isName(name)) {
          names.add(name);
        }
      }
    }
    return List.copyOf(names);
  }

  private static boolean isName(String name) {
    if (name.length() < 3
        || name.length() > MAX_AUTHOR_CHARS
        || name.chars().anyMatch(Character::isDigit)) {
      return false;
    }
    String[] words = name.split(" ");
    if (words.length > 5) {
      return false;
    }
    for (String w : words) {
      if (!NOT_NAMES.contains(w.toLowerCase(Locale.ROOT))) {
        return Character.isUpperCase(name.codePointAt(0))
            || !Character.isLetter(name.codePointAt(0));
      }
    }
    return false;
  }
}

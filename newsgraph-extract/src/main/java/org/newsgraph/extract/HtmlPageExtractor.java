package org.newsgraph.extract;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;
import org.newsgraph.extract.internal.BlockSegmenter;
import org.newsgraph.extract.internal.BodyFilter;
import org.newsgraph.extract.internal.DateParser;
import org.newsgraph.extract.internal.LeadTitle;
import org.newsgraph.extract.internal.MainContent;
import org.newsgraph.extract.internal.TextBlock;
import org.newsgraph.extract.internal.TextDecoder;
import org.newsgraph.extract.internal.TextLayout;
import org.newsgraph.model.Article;
import org.newsgraph.model.Capture;
import org.newsgraph.model.Teaser;

/**
 * Extracts an article from an HTML page: the headline from the page's metadata or its first
 * heading, the body from the paragraphs of the article element (or the page's main content), and
 * teasers from "related" link blocks. Scripts, styles and page furniture (navigation, header,
 * footer, asides, forms, share and comment widgets) never reach the body. Stateless and
 * thread-safe.
 *
 * <p>Text is decoded from the byte order mark or the declared {@code <meta charset>}; a page that
 * declares nothing must be valid UTF-8, or it is rejected with the offset of the first bad byte.
 */
public final class HtmlPageExtractor implements ArticleExtractor {

  /** Fewer words than this is a shell or an index page, not an article. */
  static final int MIN_BODY_WORDS = 25;

  private static final Pattern DECLARED_CHARSET =
      Pattern.compile("(?i)<meta[^>]+charset\\s*=\\s*[\"']?\\s*([\\w.:-]+)");

  private static final int MAX_SITE_NAME_WORDS = 5;

  private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|\u2013\u2014-]\\s+");

  @Override
  public Extraction extract(Capture capture) {
    byte[] bytes = capture.content();
    Optional<String> binary = TextDecoder.binaryFormat(bytes);
    if (binary.isPresent()) {
      return new Extraction.Rejected("binary content (" + binary.get() + "), not HTML");
    }
    boolean declared = hasBom(bytes) || declaresCharset(bytes);
    if (!declared) {
      if (TextDecoder.decode(bytes) instanceof TextDecoder.Result.NotText n) {
        return new Extraction.Rejected(n.reason() + " (no charset declared)");
      }
    }
    Document doc;
    try {
      doc = Jsoup.parse(new ByteArrayInputStream(bytes), declared ? null : "UTF-8", "");
    } catch (IOException e) {
      return new Extraction.Rejected("cannot parse HTML: " + e.getMessage());
    }
    return extract(doc);
  }

  private static Extraction extract(Document doc) {
    String title =
        firstNonBlank(
            meta(doc, "og:title"),
            heading(doc),
            cleanTitle(doc.title(), meta(doc, "og:site_name")));
    List<Teaser> teasers = teasers(doc);
    Element body = doc.body();
    List<TextBlock> blocks = BlockSegmenter.segment(body);
    MainContent.Located located = MainContent.locate(body, blocks);
    List<String> titles = new ArrayList<>();
    for (String t : new String[] {title, meta(doc, "og:title"), heading(doc), doc.title()}) {
      if (t != null) {
        titles.add(t);
      }
    }
    List<String> paragraphs = BodyFilter.paragraphs(located.blocks(), titles);
    if (wordCount(paragraphs) < MIN_BODY_WORDS) {
      return new Extraction.Rejected("no article body");
    }
    boolean derived = title == null;
    if (derived) {
      title = LeadTitle.derive(paragraphs.get(0));
    }
    String lang = doc.select("html[lang]").attr("lang").strip();
    return new Extraction.Extracted(
        new Article(
            firstNonBlank(doc.select("link[rel=canonical]").attr("href"), meta(doc, "og:url")),
            title,
            derived,
            String.join(Article.PARAGRAPH_SEPARATOR, paragraphs),
            published(doc),
            lang.isEmpty() ? null : lang,
            meta(doc, "og:site_name"),
            teasers));
  }

  private static List<Teaser> teasers(Document doc) {
    Map<String, Teaser> byText = new LinkedHashMap<>();
    for (Element block : doc.select("[class*=related], [id*=related]")) {
      for (Element a : block.select("a[href]")) {
        String text = TextLayout.normaliseSpaces(a.text());
        if (text.length() >= 15) {
          String href = a.attr("abs:href");
          byText.putIfAbsent(text, new Teaser(text, href.isEmpty() ? a.attr("href") : href));
        }
      }
    }
    return List.copyOf(byText.values());
  }

  private static @Nullable Instant published(Document doc) {
    for (String name :
        List.of(
            "article:published_time",
            "datePublished",
            "pubdate",
            "publishdate",
            "date",
            "dc.date",
            "dcterms.created")) {
      String value = meta(doc, name);
      if (value != null) {
        Optional<Instant> parsed = DateParser.parse(value);
        if (parsed.isPresent()) {
          return parsed.get();
        }
      }
    }
    for (Element time : doc.select("time[datetime]")) {
      Optional<Instant> parsed = DateParser.parse(time.attr("datetime"));
      if (parsed.isPresent()) {
        return parsed.get();
      }
    }
    return null;
  }

  private static @Nullable String meta(Document doc, String name) {
    for (Element m : doc.select("meta[content]")) {
      String key =
          m.hasAttr("property")
              ? m.attr("property")
              : m.hasAttr("name") ? m.attr("name") : m.attr("itemprop");
      if (key.equalsIgnoreCase(name) && !m.attr("content").isBlank()) {
        return m.attr("content").strip();
      }
    }
    return null;
  }

  private static @Nullable String heading(Document doc) {
    Element h1 = doc.selectFirst("article h1, main h1, h1");
    return h1 == null ? null : TextLayout.normaliseSpaces(h1.text());
  }

  /**
   * Drops a site name from a document title: "Headline | Site" and "Site - Headline" become
   * "Headline". A side is the site name when it equals the page's declared site name, or else when
   * it is short, capitalised like a name, and shorter than the other side; otherwise the title is
   * kept whole, since headlines contain dashes too.
   */
  static @Nullable String cleanTitle(String title, @Nullable String siteName) {
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

  private static @Nullable String firstNonBlank(@Nullable String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return TextLayout.normaliseSpaces(v);
      }
    }
    return null;
  }

  private static int wordCount(List<String> paragraphs) {
    int n = 0;
    for (String p : paragraphs) {
      n += p.split("\\s+").length;
    }
    return n;
  }

  private static boolean hasBom(byte[] b) {
    return b.length >= 2
        && ((b[0] & 0xFF) == 0xEF || (b[0] & 0xFF) == 0xFE || (b[0] & 0xFF) == 0xFF)
        && ((b[1] & 0xFF) == 0xBB || (b[1] & 0xFF) == 0xFF || (b[1] & 0xFF) == 0xFE);
  }

  private static boolean declaresCharset(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
    return DECLARED_CHARSET.matcher(head.toLowerCase(Locale.ROOT)).find();
  }
}

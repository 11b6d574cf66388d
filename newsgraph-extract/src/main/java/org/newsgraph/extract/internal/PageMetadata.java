package org.newsgraph.extract.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;
import org.newsgraph.model.ArticleMetadata;
import org.newsgraph.model.MetadataField;

/**
 * Reads what an HTML page says about its article: headline, authors, publication and modification
 * times, language, address, site, section, tags, lead image and paywall. Each field is taken from
 * the most reliable source the page has (schema.org JSON-LD, then OpenGraph and other meta tags,
 * then the visible page: heading, byline, {@code <time>}, the address itself), and the source is
 * recorded. Dates later than the capture are impossible and are passed over.
 */
public final class PageMetadata {

  /** Clocks differ; a date this far past the capture time is still believed. */
  static final Duration CLOCK_SLACK = Duration.ofHours(1);

  private static final int MAX_TAGS = 30;

  /**
   * The page's facts.
   *
   * @param title the headline, if the page states one
   * @param titleCandidates every headline the page states, for recognising it in the body
   * @param published when the article was published
   * @param declaredLanguage the language the page declares (BCP 47)
   * @param url the article's canonical address
   * @param siteName the outlet's name
   * @param metadata the other fields and where every field came from
   */
  public record Found(
      @Nullable String title,
      List<String> titleCandidates,
      @Nullable Instant published,
      @Nullable String declaredLanguage,
      @Nullable String url,
      @Nullable String siteName,
      ArticleMetadata metadata) {}

  private final Document doc;
  private final MetaTags meta;
  private final JsonLd jsonLd;
  private final @Nullable String pageUrl;
  private final Instant capturedAt;
  private final Map<MetadataField, String> sources = new EnumMap<>(MetadataField.class);

  private PageMetadata(Document doc, @Nullable String pageUrl, Instant capturedAt) {
    this.doc = doc;
    this.meta = MetaTags.of(doc);
    this.jsonLd = JsonLd.of(doc);
    this.pageUrl = pageUrl;
    this.capturedAt = capturedAt;
  }

  /**
   * Reads the facts of {@code doc}.
   *
   * @param pageUrl where the page was fetched from, if known (used for relative links and dates in
   *     the address)
   * @param capturedAt when it was fetched: nothing can have been published after that
   */
  public static Found read(Document doc, @Nullable String pageUrl, Instant capturedAt) {
    return new PageMetadata(doc, pageUrl, capturedAt).read();
  }

  private Found read() {
    List<String> candidates = new ArrayList<>();
    String h1 = firstH1();
    String docTitle = doc.title().isBlank() ? null : TextLayout.normaliseSpaces(doc.title());
    String siteName =
        pick(
            MetadataField.SITE_NAME,
            "og:site_name",
            meta.first("og:site_name"),
            "json-ld:publisher",
            jsonLd.nameOf("publisher"),
            "meta[name=application-name]",
            meta.first("application-name"));
    String title =
        pick(
            MetadataField.TITLE,
            "json-ld:headline",
            jsonLd.text("headline"),
            "og:title",
            meta.first("og:title"),
            "h1",
            h1,
            "title",
            docTitle == null ? null : TitleCleaner.clean(docTitle, siteName));
    for (String c :
        new String[] {
          jsonLd.text("headline"), meta.first("og:title"), meta.first("twitter:title"), h1, docTitle
        }) {
      if (c != null && !c.isBlank()) {
        candidates.add(TextLayout.normaliseSpaces(c));
      }
    }
    Instant published = published();
    Instant modified =
        date(
            MetadataField.MODIFIED,
            "json-ld:dateModified",
            jsonLd.text("dateModified"),
            "article:modified_time",
            meta.first("article:modified_time"),
            "og:updated_time",
            meta.first("og:updated_time"),
            "meta[itemprop=dateModified]",
            meta.first("datemodified"));
    String language = declaredLanguage();
    String url = canonicalUrl();
    String section =
        pick(
            MetadataField.SECTION,
            "article:section",
            meta.first("article:section"),
            "json-ld:articleSection",
            jsonLd.text("articleSection"),
            "meta[name=section]",
            meta.first("section"));
    List<String> tags = tags();
    String image = image();
    boolean paywalled = jsonLd.notFree();
    if (paywalled) {
      sources.put(MetadataField.PAYWALL, "json-ld:isAccessibleForFree");
    }
    List<String> authors = Bylines.authors(doc, meta, jsonLd, sources);
    return new Found(
        title,
        List.copyOf(candidates),
        published,
        language,
        url,
        siteName,
        new ArticleMetadata(authors, modified, section, tags, image, paywalled, sources));
  }

  private @Nullable Instant published() {
    Instant fromTags =
        date(
            MetadataField.PUBLISHED,
            "json-ld:datePublished",
            jsonLd.text("datePublished"),
            "article:published_time",
            meta.first("article:published_time"),
            "meta[itemprop=datePublished]",
            meta.first("datepublished"),
            "meta[name=pubdate]",
            meta.first("pubdate"),
            "meta[name=publishdate]",
            meta.first("publishdate"),
            "meta[name=date]",
            meta.first("date"),
            "meta[name=dc.date]",
            first(
                meta.first("dc.date"), meta.first("dc.date.issued"), meta.first("dcterms.created")),
            "meta[name=parsely-pub-date]",
            meta.first("parsely-pub-date"),
            "meta[name=sailthru.date]",
            meta.first("sailthru.date"));
    if (fromTags != null) {
      return fromTags;
    }
    for (Element time : doc.getElementsByTag("time")) {
      Instant t = believable(DateParser.parse(time.attr("datetime")));
      if (t != null) {
        sources.put(MetadataField.PUBLISHED, "time[datetime]");
        return t;
      }
    }
    if (pageUrl != null) {
      Instant t = believable(DateParser.parseUrl(pageUrl));
      if (t != null) {
        sources.put(MetadataField.PUBLISHED, "url");
        return t;
      }
    }
    for (Element e :
        doc.select(
            "[class*=date], [class*=time], [class*=byline], [class*=dateline], [itemprop=datePublished]")) {
      String text = e.ownText().isBlank() ? e.text() : e.ownText();
      if (text.length() <= 120) {
        Instant t = believable(DateParser.parseProse(text));
        if (t != null) {
          sources.put(MetadataField.PUBLISHED, "dateline");
          return t;
        }
      }
    }
    return null;
  }

  private @Nullable String declaredLanguage() {
    String html = doc.select("html[lang]").attr("lang").strip();
    if (!html.isEmpty()) {
      sources.put(MetadataField.LANGUAGE, "html[lang]");
      return html;
    }
    return pick(
        MetadataField.LANGUAGE,
        "meta[http-equiv=content-language]",
        meta.first("content-language"),
        "og:locale",
        meta.first("og:locale") == null ? null : meta.first("og:locale").replace('_', '-'),
        "json-ld:inLanguage",
        jsonLd.text("inLanguage"));
  }

  private @Nullable String canonicalUrl() {
    Element canonical = doc.selectFirst("link[rel=canonical][href]");
    String link = canonical == null ? null : canonical.attr("href");
    String url =
        pick(
            MetadataField.URL,
            "link[rel=canonical]",
            absolute(link),
            "og:url",
            absolute(meta.first("og:url")),
            "json-ld:url",
            absolute(jsonLd.url("url")),
            "json-ld:mainEntityOfPage",
            absolute(jsonLd.url("mainEntityOfPage")));
    if (url == null && pageUrl != null && isWebAddress(pageUrl)) {
      sources.put(MetadataField.URL, "capture");
      return pageUrl;
    }
    return url;
  }

  private List<String> tags() {
    Set<String> tags = new LinkedHashSet<>();
    String source = null;
    for (String t : meta.all("article:tag")) {
      tags.add(t.strip());
      source = "article:tag";
    }
    if (tags.isEmpty()) {
      for (String t : jsonLd.keywords()) {
        tags.add(t.strip());
        source = "json-ld:keywords";
      }
    }
    if (tags.isEmpty()) {
      String keywords = first(meta.first("news_keywords"), meta.first("keywords"));
      if (keywords != null) {
        for (String t : keywords.split(",")) {
          tags.add(t.strip());
        }
        source = "meta[name=keywords]";
      }
    }
    tags.removeIf(t -> t.isEmpty() || t.length() > 80);
    if (!tags.isEmpty() && source != null) {
      sources.put(MetadataField.TAGS, source);
    }
    return tags.stream().limit(MAX_TAGS).toList();
  }

  private @Nullable String image() {
    return pick(
        MetadataField.IMAGE,
        "og:image",
        absolute(meta.first("og:image")),
        "twitter:image",
        absolute(first(meta.first("twitter:image"), meta.first("twitter:image:src"))),
        "json-ld:image",
        absolute(jsonLd.url("image")));
  }

  private @Nullable String firstH1() {
    Element h1 = doc.selectFirst("article h1, main h1, h1");
    if (h1 == null) {
      return null;
    }
    String text = TextLayout.normaliseSpaces(h1.text());
    return text.isEmpty() ? null : text;
  }

  /** The first of the (source, value) pairs with a value; records its source. */
  private @Nullable String pick(MetadataField field, @Nullable String... sourceValuePairs) {
    for (int i = 0; i + 1 < sourceValuePairs.length; i += 2) {
      String value = sourceValuePairs[i + 1];
      if (value != null && !value.isBlank()) {
        sources.put(field, sourceValuePairs[i]);
        return TextLayout.normaliseSpaces(value);
      }
    }
    return null;
  }

  /** The first of the (source, value) pairs that is a believable date; records its source. */
  private @Nullable Instant date(MetadataField field, @Nullable String... sourceValuePairs) {
    for (int i = 0; i + 1 < sourceValuePairs.length; i += 2) {
      String value = sourceValuePairs[i + 1];
      if (value == null) {
        continue;
      }
      Instant t = believable(DateParser.parse(value));
      if (t != null) {
        sources.put(field, sourceValuePairs[i]);
        return t;
      }
    }
    return null;
  }

  private @Nullable Instant believable(Optional<Instant> t) {
    if (t.isEmpty() || t.get().isAfter(capturedAt.plus(CLOCK_SLACK))) {
      return null;
    }
    return t.get().isBefore(Instant.parse("1900-01-01T00:00:00Z")) ? null : t.get();
  }

  private @Nullable String absolute(@Nullable String href) {
    if (href == null || href.isBlank()) {
      return null;
    }
    try {
      URI uri = new URI(href.strip());
      if (!uri.isAbsolute() && pageUrl != null && isWebAddress(pageUrl)) {
        uri = new URI(pageUrl).resolve(uri);
      }
      return uri.isAbsolute() ? uri.toString() : null;
    } catch (URISyntaxException | IllegalArgumentException e) {
      return null;
    }
  }

  private static boolean isWebAddress(String s) {
    return s.startsWith("http://") || s.startsWith("https://");
  }

  private static @Nullable String first(@Nullable String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v;
      }
    }
    return null;
  }
}

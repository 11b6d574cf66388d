package org.newsgraph.extract;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;
import org.newsgraph.extract.internal.BlockSegmenter;
import org.newsgraph.extract.internal.BodyFilter;
import org.newsgraph.extract.internal.HtmlDecoder;
import org.newsgraph.extract.internal.LeadTitle;
import org.newsgraph.extract.internal.MainContent;
import org.newsgraph.extract.internal.PageMetadata;
import org.newsgraph.extract.internal.TeaserFinder;
import org.newsgraph.extract.internal.TextBlock;
import org.newsgraph.model.Article;
import org.newsgraph.model.Capture;

/**
 * Extracts an article from an HTML page: its own paragraphs, headings, lists and quotes in order,
 * its metadata with where each value came from, and the teasers of related articles it shows.
 *
 * <p>The page is cut into text blocks the way a browser lays it out; the article is the box that
 * holds most of the page's prose once furniture (navigation, asides, share tools, comments, lists
 * of teaser cards) is set aside; within it, captions, interface labels, link lines and the bylines
 * around the text are dropped. Everything goes by structure, text and link density, and the
 * vocabulary of page furniture, never by site. Pages that are not articles (error pages, index
 * pages of links, empty shells) are rejected with a reason.
 *
 * <p>Stateless and thread-safe. Bytes are decoded by {@link HtmlDecoder}.
 */
public final class HtmlPageExtractor implements ArticleExtractor {

  /** Fewer words than this is a shell, not an article. */
  static final int MIN_BODY_WORDS = 25;

  /** An error page or an index page says little of its own: fewer words than this. */
  static final int SHORT_BODY_WORDS = 150;

  /** An index page links to at least this many other pages by headline. */
  static final int INDEX_HEADLINE_LINKS = 15;

  /** 10 MiB, as for ingest: a larger page is rejected before it is parsed. */
  public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;

  private static final Pattern ERROR_TITLE =
      Pattern.compile(
          "(?iu).*\\b(404|410|page not found|not found|no longer available|server error|página no"
              + " encontrada|seite nicht gefunden|page introuvable|pagina non trovata)\\b.*");

  private final long maxBytes;

  /** An extractor with the default size limit. */
  public HtmlPageExtractor() {
    this(DEFAULT_MAX_BYTES);
  }

  /** An extractor that rejects pages larger than {@code maxBytes}. */
  public HtmlPageExtractor(long maxBytes) {
    if (maxBytes < 1) {
      throw new IllegalArgumentException("maxBytes must be >= 1, got " + maxBytes);
    }
    this.maxBytes = maxBytes;
  }

  @Override
  public Extraction extract(Capture capture) {
    byte[] bytes = capture.content();
    if (bytes.length > maxBytes) {
      return new Extraction.Rejected(
          "page too large: %,d bytes is over the %,d-byte limit".formatted(bytes.length, maxBytes));
    }
    HtmlDecoder.Decoded decoded;
    switch (HtmlDecoder.decode(bytes, null)) {
      case HtmlDecoder.Result.NotHtml n -> {
        return new Extraction.Rejected(n.reason());
      }
      case HtmlDecoder.Decoded d -> decoded = d;
    }
    String pageUrl = webAddress(capture.source());
    Document doc = Jsoup.parse(decoded.text(), pageUrl == null ? "" : pageUrl);
    return extract(doc, capture, pageUrl);
  }

  private static Extraction extract(Document doc, Capture capture, @Nullable String pageUrl) {
    Element body = doc.body();
    if (body == null) {
      return new Extraction.Rejected("no article body");
    }
    PageMetadata.Found facts = PageMetadata.read(doc, pageUrl, capture.capturedAt());
    List<TextBlock> blocks = BlockSegmenter.segment(body);
    MainContent.Located located = MainContent.locate(body, blocks);
    List<String> paragraphs = BodyFilter.paragraphs(located.blocks(), facts.titleCandidates());
    int words = wordCount(paragraphs);
    Optional<String> notArticle = notAnArticle(facts, blocks, words);
    if (notArticle.isPresent()) {
      return new Extraction.Rejected(notArticle.get());
    }
    String title = facts.title();
    boolean derived = title == null;
    if (derived) {
      title = LeadTitle.derive(paragraphs.get(0));
    }
    return new Extraction.Extracted(
        new Article(
            facts.url(),
            title,
            derived,
            String.join(Article.PARAGRAPH_SEPARATOR, paragraphs),
            facts.published(),
            facts.declaredLanguage(),
            facts.siteName(),
            TeaserFinder.find(doc, facts.url() != null ? facts.url() : pageUrl),
            facts.metadata()));
  }

  /** Why the page is not an article, if it is not one. */
  private static Optional<String> notAnArticle(
      PageMetadata.Found facts, List<TextBlock> blocks, int words) {
    if (words >= SHORT_BODY_WORDS) {
      return Optional.empty();
    }
    if (facts.title() != null && ERROR_TITLE.matcher(facts.title()).matches()) {
      return Optional.of("not an article: an error page (\"" + facts.title() + "\")");
    }
    long headlineLinks =
        blocks.stream().filter(b -> b.linkDensity() >= 0.9 && b.words() >= 5).count();
    if (headlineLinks >= INDEX_HEADLINE_LINKS && facts.published() == null) {
      return Optional.of(
          "not an article: an index page (%d headline links, %d words of text)"
              .formatted(headlineLinks, words));
    }
    if (words < MIN_BODY_WORDS) {
      return Optional.of("no article body");
    }
    return Optional.empty();
  }

  private static @Nullable String webAddress(String source) {
    String s = source.toLowerCase(Locale.ROOT);
    return s.startsWith("http://") || s.startsWith("https://") ? source : null;
  }

  private static int wordCount(List<String> paragraphs) {
    int n = 0;
    for (String p : paragraphs) {
      boolean inWord = false;
      for (int i = 0; i < p.length(); i++) {
        boolean space = Character.isWhitespace(p.charAt(i));
        if (!space && !inWord) {
          n++;
        }
        inWord = !space;
      }
    }
    return n;
  }
}

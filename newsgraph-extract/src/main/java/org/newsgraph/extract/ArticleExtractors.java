package org.newsgraph.extract;

import java.util.EnumMap;
import java.util.Map;
import org.newsgraph.model.Capture;
import org.newsgraph.model.MediaType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The extractor for every media type: sends each capture to the extractor registered for its type,
 * and turns an extractor's unexpected failure into a rejection, so one pathological page can never
 * stop a batch. Thread-safe when its extractors are.
 */
public final class ArticleExtractors implements ArticleExtractor {

  private static final Logger LOG = LoggerFactory.getLogger(ArticleExtractors.class);

  private final Map<MediaType, ArticleExtractor> byType;

  private ArticleExtractors(Map<MediaType, ArticleExtractor> byType) {
    this.byType = Map.copyOf(byType);
  }

  /** Text pages, HTML pages and JSON article records, with default settings. */
  public static ArticleExtractors standard() {
    return standard(HtmlPageExtractor.DEFAULT_MAX_BYTES);
  }

  /**
   * Text pages, HTML pages and JSON article records; HTML pages above {@code maxBytes} are
   * rejected.
   */
  public static ArticleExtractors standard(long maxHtmlBytes) {
    Map<MediaType, ArticleExtractor> map = new EnumMap<>(MediaType.class);
    map.put(MediaType.TEXT_PLAIN, new TextPageExtractor());
    map.put(MediaType.TEXT_HTML, new HtmlPageExtractor(maxHtmlBytes));
    map.put(MediaType.ARTICLE_JSON, new JsonArticleExtractor());
    return new ArticleExtractors(map);
  }

  /** The given extractor for each media type; captures of other types are rejected. */
  public static ArticleExtractors of(Map<MediaType, ArticleExtractor> byType) {
    return new ArticleExtractors(byType);
  }

  @Override
  public Extraction extract(Capture capture) {
    ArticleExtractor extractor = byType.get(capture.mediaType());
    if (extractor == null) {
      return new Extraction.Rejected("no extractor for " + capture.mediaType().mime());
    }
    try {
      return extractor.extract(capture);
    } catch (RuntimeException | StackOverflowError e) {
      // A bug or a pathological page: the batch must go on, and the capture is already stored,
      // so nothing is lost; it can be re-extracted once the extractor is fixed.
      LOG.warn("extractor failed on {} ({}): {}", capture.source(), capture.id(), e.toString());
      return new Extraction.Rejected("extractor failed: " + e);
    }
  }
}

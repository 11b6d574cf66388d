package org.newsgraph.extract;

import java.util.function.Function;
import org.junit.jupiter.api.Nested;
import org.newsgraph.model.Capture;
import org.newsgraph.model.MediaType;
import org.newsgraph.testkit.ArticleExtractorContract;

/** Runs the extractor contract against every extractor. */
class ExtractorContractTests {

  static Function<Capture, ArticleExtractorContract.Outcome> adapt(ArticleExtractor extractor) {
    return capture ->
        switch (extractor.extract(capture)) {
          case Extraction.Extracted e -> new ArticleExtractorContract.Outcome.Accepted(e.article());
          case Extraction.Rejected r -> new ArticleExtractorContract.Outcome.Refused(r.reason());
        };
  }

  @Nested
  class TextPages extends ArticleExtractorContract {
    @Override
    protected MediaType mediaType() {
      return MediaType.TEXT_PLAIN;
    }

    @Override
    protected Function<Capture, Outcome> extractor() {
      return adapt(new TextPageExtractor());
    }
  }

  @Nested
  class HtmlPages extends ArticleExtractorContract {
    @Override
    protected MediaType mediaType() {
      return MediaType.TEXT_HTML;
    }

    @Override
    protected Function<Capture, Outcome> extractor() {
      return adapt(new HtmlPageExtractor());
    }

    @Override
    protected boolean detectsEncodings() {
      return true;
    }
  }

  @Nested
  class JsonRecords extends ArticleExtractorContract {
    @Override
    protected MediaType mediaType() {
      return MediaType.ARTICLE_JSON;
    }

    @Override
    protected Function<Capture, Outcome> extractor() {
      return adapt(new JsonArticleExtractor());
    }
  }
}

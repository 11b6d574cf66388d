package org.newsgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.MediaType;
import org.newsgraph.testkit.TestCaptures;

class ArticleExtractorsTest {

  @Test
  void sendsEachCaptureToTheExtractorForItsMediaType() {
    ArticleExtractors all = ArticleExtractors.standard();
    assertThat(
            all.extract(
                TestCaptures.text(
                    "Headline here\n\nA body paragraph that is longer than the headline.")))
        .isInstanceOf(Extraction.Extracted.class);
    assertThat(all.extract(TestCaptures.json("{\"text\":\"Body.\"}")))
        .isInstanceOf(Extraction.Extracted.class);
  }

  @Test
  void turnsAnExtractorFailureIntoARejection() {
    ArticleExtractors failing =
        ArticleExtractors.of(
            Map.of(
                MediaType.TEXT_PLAIN,
                capture -> {
                  throw new IllegalStateException("boom");
                }));
    Extraction e = failing.extract(TestCaptures.text("anything"));
    assertEquals(
        new Extraction.Rejected("extractor failed: java.lang.IllegalStateException: boom"), e);
  }

  @Test
  void rejectsAMediaTypeWithoutExtractor() {
    ArticleExtractors none = ArticleExtractors.of(Map.of());
    assertEquals(
        new Extraction.Rejected("no extractor for text/html"),
        none.extract(TestCaptures.html("<p>x</p>")));
  }
}

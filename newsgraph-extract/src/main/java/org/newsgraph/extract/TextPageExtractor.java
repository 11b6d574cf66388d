package org.newsgraph.extract;

import java.util.List;
import org.newsgraph.extract.internal.LeadTitle;
import org.newsgraph.extract.internal.TextDecoder;
import org.newsgraph.extract.internal.TextLayout;
import org.newsgraph.model.Article;
import org.newsgraph.model.Capture;
import org.newsgraph.model.Teaser;

/**
 * Extracts an article from a plain-text page, including pages dumped from a browser with their
 * chrome still attached: interface lines are dropped, a "related articles" block becomes teasers, a
 * leading short line becomes the headline, and a page without one gets a title derived from its
 * lead sentence ({@link Article#titleDerived()}). Stateless and thread-safe.
 */
public final class TextPageExtractor implements ArticleExtractor {

  @Override
  public Extraction extract(Capture capture) {
    return switch (TextDecoder.decode(capture.content())) {
      case TextDecoder.Result.NotText n -> new Extraction.Rejected(n.reason());
      case TextDecoder.Result.Text t -> fromText(t.text());
    };
  }

  private static Extraction fromText(String text) {
    TextLayout.Parts parts = TextLayout.read(text, true);
    if (parts.paragraphs().isEmpty()) {
      return new Extraction.Rejected("no article text");
    }
    String body = String.join(Article.PARAGRAPH_SEPARATOR, parts.paragraphs());
    boolean derived = parts.title() == null;
    String title = derived ? LeadTitle.derive(parts.paragraphs().get(0)) : parts.title();
    List<Teaser> teasers = parts.teasers().stream().map(t -> new Teaser(t, null)).toList();
    return new Extraction.Extracted(
        new Article(null, title, derived, body, null, null, null, teasers));
  }
}

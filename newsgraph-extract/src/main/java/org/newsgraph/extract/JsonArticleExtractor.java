package org.newsgraph.extract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.newsgraph.extract.internal.DateParser;
import org.newsgraph.extract.internal.LeadTitle;
import org.newsgraph.extract.internal.TextDecoder;
import org.newsgraph.extract.internal.TextLayout;
import org.newsgraph.model.Article;
import org.newsgraph.model.Capture;
import org.newsgraph.model.Teaser;

/**
 * Extracts an article from one JSON record, as found on a line of a JSON-lines file: {@code text}
 * (required), and optionally {@code title}, {@code url}, {@code published} (ISO-8601 or RFC 1123),
 * {@code source} (the outlet) and {@code language}. The text is cleaned like a text page, so a
 * record whose text still carries page chrome comes out clean. Stateless and thread-safe.
 */
public final class JsonArticleExtractor implements ArticleExtractor {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public Extraction extract(Capture capture) {
    String json;
    switch (TextDecoder.decode(capture.content())) {
      case TextDecoder.Result.NotText n -> {
        return new Extraction.Rejected(n.reason());
      }
      case TextDecoder.Result.Text t -> json = t.text();
    }
    JsonNode node;
    try {
      node = JSON.readTree(json);
    } catch (JsonProcessingException e) {
      return new Extraction.Rejected("not JSON: " + e.getOriginalMessage());
    }
    if (node == null || !node.isObject()) {
      return new Extraction.Rejected("not a JSON object");
    }
    String text = string(node, "text");
    if (text == null) {
      text = string(node, "body");
    }
    if (text == null || text.isBlank()) {
      return new Extraction.Rejected("missing \"text\"");
    }
    Instant published = null;
    String publishedText = string(node, "published");
    if (publishedText != null && !publishedText.isBlank()) {
      Optional<Instant> parsed = DateParser.parse(publishedText);
      if (parsed.isEmpty()) {
        return new Extraction.Rejected(
            "\"published\" is not a date: \"" + abbreviate(publishedText) + "\"");
      }
      published = parsed.get();
    }
    String title = string(node, "title");
    boolean hasTitle = title != null && !title.isBlank();
    TextLayout.Parts parts = TextLayout.read(text, !hasTitle);
    if (parts.paragraphs().isEmpty()) {
      return new Extraction.Rejected("no article text");
    }
    boolean derived = false;
    if (hasTitle) {
      title = TextLayout.normaliseSpaces(title);
    } else if (parts.title() != null) {
      title = parts.title();
    } else {
      title = LeadTitle.derive(parts.paragraphs().get(0));
      derived = true;
    }
    List<Teaser> teasers = parts.teasers().stream().map(t -> new Teaser(t, null)).toList();
    return new Extraction.Extracted(
        new Article(
            blankToNull(string(node, "url")),
            title,
            derived,
            String.join(Article.PARAGRAPH_SEPARATOR, parts.paragraphs()),
            published,
            blankToNull(string(node, "language")),
            blankToNull(string(node, "source")),
            teasers));
  }

  private static @Nullable String string(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }

  private static @Nullable String blankToNull(@Nullable String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static String abbreviate(String s) {
    return s.length() <= 40 ? s : s.substring(0, 40) + "\u2026";
  }
}

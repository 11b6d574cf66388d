package org.newsgraph.model;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Text and metadata of one article, as extracted from one capture.
 *
 * <p>The body is plain text: paragraphs separated by one blank line ({@code "\n\n"}), with no page
 * chrome. Later stages point into it with character offsets, so it never changes once extracted.
 *
 * @param url the article's address, when known
 * @param title the headline; when the source has none it is derived from the lead sentence
 * @param titleDerived whether {@code title} was derived rather than found in the source
 * @param body the article text, paragraphs separated by a blank line
 * @param published when the article was published, when known
 * @param language the language the source declares (BCP 47 tag), when it declares one
 * @param siteName the outlet that published it, when known
 * @param teasers related-article teasers the page showed, in page order
 * @param metadata everything else the page says about the article, with where it said it
 */
public record Article(
    @Nullable String url,
    String title,
    boolean titleDerived,
    String body,
    @Nullable Instant published,
    @Nullable String language,
    @Nullable String siteName,
    List<Teaser> teasers,
    ArticleMetadata metadata) {

  /** Separates paragraphs in {@link #body()}. */
  public static final String PARAGRAPH_SEPARATOR = "\n\n";

  public Article {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(body, "body");
    if (title.isBlank()) {
      throw new IllegalArgumentException("title must not be blank; url=" + url);
    }
    if (body.isBlank()) {
      throw new IllegalArgumentException("body must not be blank; url=" + url);
    }
    teasers = List.copyOf(teasers);
    Objects.requireNonNull(metadata, "metadata");
  }

  /** An article without metadata beyond its core fields. */
  public Article(
      @Nullable String url,
      String title,
      boolean titleDerived,
      String body,
      @Nullable Instant published,
      @Nullable String language,
      @Nullable String siteName,
      List<Teaser> teasers) {
    this(
        url,
        title,
        titleDerived,
        body,
        published,
        language,
        siteName,
        teasers,
        ArticleMetadata.empty());
  }

  /** The body's paragraphs, in order. */
  public List<String> paragraphs() {
    return Arrays.asList(body.split(PARAGRAPH_SEPARATOR));
  }
}

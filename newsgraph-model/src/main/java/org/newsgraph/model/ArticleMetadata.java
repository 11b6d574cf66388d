package org.newsgraph.model;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a page says about an article beyond its headline, text and date, and where each value was
 * read from, so a reader can always check it ("json-ld", "og:title", "meta[name=author]", "h1",
 * "url"...).
 *
 * @param authors the bylines, in page order
 * @param modified when the article was last changed, when the page says
 * @param section the section it was published in
 * @param tags the page's tags or keywords
 * @param image the lead image's address
 * @param paywalled whether the page says the article is not free to read
 * @param sources where each field present was read from
 */
public record ArticleMetadata(
    List<String> authors,
    @Nullable Instant modified,
    @Nullable String section,
    List<String> tags,
    @Nullable String image,
    boolean paywalled,
    Map<MetadataField, String> sources) {

  private static final ArticleMetadata EMPTY =
      new ArticleMetadata(List.of(), null, null, List.of(), null, false, Map.of());

  public ArticleMetadata {
    authors = List.copyOf(authors);
    tags = List.copyOf(tags);
    Objects.requireNonNull(sources, "sources");
    sources = sources.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(sources));
  }

  /** No metadata. */
  public static ArticleMetadata empty() {
    return EMPTY;
  }

  /** Where {@code field} was read from, if it was. */
  public @Nullable String source(MetadataField field) {
    return sources.get(field);
  }
}

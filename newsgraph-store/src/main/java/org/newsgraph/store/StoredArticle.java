package org.newsgraph.store;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.newsgraph.model.Article;

/**
 * An article as the catalog keeps it: the extracted article plus what the later stages and the
 * store know about it.
 *
 * @param id the article id (a prefix of its capture's id)
 * @param article the extracted article
 * @param language the language used for it: detected, else declared, else {@code "und"}
 * @param languageSource where {@code language} came from: "detected", or the declaration it was
 *     read from (e.g. "html[lang]"), or null when undetermined
 * @param copyOf the id of the earliest article with the same text, if this one is a copy
 * @param capture where the article came from
 * @param ingestedAt when it entered the catalog
 */
public record StoredArticle(
    String id,
    Article article,
    String language,
    @Nullable String languageSource,
    @Nullable String copyOf,
    CaptureInfo capture,
    Instant ingestedAt) {
  public StoredArticle {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(capture, "capture");
    Objects.requireNonNull(ingestedAt, "ingestedAt");
  }
}

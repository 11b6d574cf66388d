package org.newsgraph.server.api;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.io.IOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.newsgraph.model.ArticleMetadata;
import org.newsgraph.model.MetadataField;
import org.newsgraph.model.Teaser;
import org.newsgraph.model.analysis.Analysis;
import org.newsgraph.store.ArticleSummary;
import org.newsgraph.store.CaptureInfo;
import org.newsgraph.store.Catalog;
import org.newsgraph.store.Corpus;
import org.newsgraph.store.RelatedArticle;
import org.newsgraph.store.StoredArticle;
import org.newsgraph.store.StorySummary;

/**
 * One article in full ({@code GET /api/articles/{id}}, {@code newsgraph show ID --json}): its text
 * (paragraphs separated by a blank line), its metadata, the teasers its page showed, and where it
 * came from. For every metadata field read from the page, a field named after it with {@code
 * Source} appended says where ({@code "titleSource": "og:title"}, {@code "publishedSource":
 * "json-ld:datePublished"}). The {@link AnalysisFields} follow: entities, roles, attributions,
 * dates, summary, teaser and keyphrases, offsets into {@code text}; an article not analysed has
 * empty ones and {@code notAnalysed} says why.
 */
public record ArticleDocument(
    String id,
    String title,
    boolean titleDerived,
    @Nullable String url,
    @Nullable Instant published,
    @Nullable Instant modified,
    List<String> authors,
    String language,
    @Nullable String declaredLanguage,
    @Nullable String siteName,
    @Nullable String section,
    List<String> tags,
    @Nullable String image,
    boolean paywalled,
    String text,
    List<TeaserItem> teasers,
    @Nullable String copyOf,
    CaptureItem capture,
    Instant ingestedAt,
    @JsonIgnore Map<String, String> sources,
    @Nullable StoryRef story,
    List<CopyItem> copies,
    List<RelatedItem> related,
    @JsonUnwrapped AnalysisFields analysis) {

  /** The story the article belongs to. */
  public record StoryRef(String id, String label, long articles, long outlets) {
    static StoryRef of(StorySummary s) {
      return new StoryRef(s.id(), s.label(), s.articles(), s.outlets());
    }
  }

  /** An article recorded as a copy of this one (same or nearly the same text). */
  public record CopyItem(String id, String title, @Nullable String url, @Nullable String siteName) {
    static CopyItem of(ArticleSummary a) {
      return new CopyItem(a.id(), a.title(), a.url(), a.siteName());
    }
  }

  /** A teaser of another article, shown on this article's page. */
  public record TeaserItem(String text, @Nullable String url) {
    static TeaserItem of(Teaser t) {
      return new TeaserItem(t.text(), t.url());
    }
  }

  /** The capture the article was extracted from. */
  public record CaptureItem(
      String id, String source, String mediaType, long size, Instant capturedAt) {
    static CaptureItem of(CaptureInfo c) {
      return new CaptureItem(c.id(), c.source(), c.mediaType().mime(), c.size(), c.capturedAt());
    }
  }

  /** The {@code <field>Source} members of the JSON document. */
  @JsonAnyGetter
  public Map<String, String> sourceFields() {
    return sources;
  }

  /** How many related articles the document carries. */
  public static final int RELATED = 8;

  /** The document of article {@code id} in {@code corpus}, if it exists. */
  public static Optional<ArticleDocument> load(Corpus corpus, String id) throws IOException {
    Catalog catalog = corpus.catalog();
    Optional<StoredArticle> found = catalog.article(id);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    StoredArticle a = found.get();
    return Optional.of(
        of(
            a,
            catalog.analysis(a.id()),
            catalog.storyOf(a.id()).orElse(null),
            catalog.articles(catalog.copiesOf(a.id())).stream()
                .map(ArticleSummary::of)
                .sorted(java.util.Comparator.comparing(ArticleSummary::id))
                .toList(),
            corpus.related(a.id(), RELATED, 0)));
  }

  /** The document of {@code a}, with its analysis, story and copies when it has them. */
  public static ArticleDocument of(
      StoredArticle a,
      Optional<Analysis> analysis,
      @Nullable StorySummary story,
      List<ArticleSummary> copies,
      List<RelatedArticle> related) {
    ArticleMetadata m = a.article().metadata();
    Map<String, String> sources = new LinkedHashMap<>();
    for (MetadataField f : MetadataField.values()) {
      String source = m.source(f);
      if (source != null) {
        sources.put(jsonName(f) + "Source", source);
      }
    }
    if (a.languageSource() != null) {
      sources.put("languageSource", a.languageSource());
    }
    return new ArticleDocument(
        a.id(),
        a.article().title(),
        a.article().titleDerived(),
        a.article().url(),
        a.article().published(),
        m.modified(),
        m.authors(),
        a.language(),
        a.article().language(),
        a.article().siteName(),
        m.section(),
        m.tags(),
        m.image(),
        m.paywalled(),
        a.article().body(),
        a.article().teasers().stream().map(TeaserItem::of).toList(),
        a.copyOf(),
        CaptureItem.of(a.capture()),
        a.ingestedAt(),
        sources,
        story == null ? null : StoryRef.of(story),
        copies.stream().map(CopyItem::of).toList(),
        related.stream().map(RelatedItem::of).toList(),
        analysis.map(AnalysisFields::of).orElseGet(() -> AnalysisFields.missing("not analysed")));
  }

  /** TITLE → title, SITE_NAME → siteName, PAYWALL → paywalled. */
  private static String jsonName(MetadataField f) {
    if (f == MetadataField.PAYWALL) {
      return "paywalled";
    }
    if (f == MetadataField.LANGUAGE) {
      return "declaredLanguage";
    }
    String[] parts = f.name().toLowerCase(Locale.ROOT).split("_");
    StringBuilder sb = new StringBuilder(parts[0]);
    for (int i = 1; i < parts.length; i++) {
      sb.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i].substring(1));
    }
    return sb.toString();
  }
}

package org.newsgraph.enrich;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import org.newsgraph.model.Annotation;
import org.newsgraph.model.Article;

/**
 * The enrichment stage's full analysis of an article's body, as annotations (the language, then the
 * analysis): offsets index the body, and relative dates ("on Tuesday") are read against the
 * publication day (in UTC, which is the day most news sites date their stories by).
 */
public final class ArticleAnalyzer implements Enricher {

  private final TextAnalyzer analyzer;
  private final LanguageIdentifier languages = new LanguageIdentifier();

  public ArticleAnalyzer(TextAnalyzer analyzer) {
    this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
  }

  @Override
  public List<Annotation> enrich(Article article) {
    LocalDate published =
        article.published() == null
            ? null
            : LocalDate.ofInstant(article.published(), ZoneOffset.UTC);
    // the language is detected once, here, for both the pipeline and the analysis
    Annotation.Language language = languages.identify(article.title() + "\n" + article.body());
    boolean trusted =
        language.confidence() >= LanguageIdentifier.TRUSTED_CONFIDENCE
            && !language.code().equals(Annotation.Language.UNDETERMINED);
    return List.of(
        language,
        new Annotation.Analysed(
            analyzer.analyze(article.body(), published, trusted ? language.code() : null)));
  }
}

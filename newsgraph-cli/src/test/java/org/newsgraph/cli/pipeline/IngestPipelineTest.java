package org.newsgraph.cli.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.enrich.Enrichers;
import org.newsgraph.extract.ArticleExtractors;
import org.newsgraph.ingest.FileSource;
import org.newsgraph.ingest.IngestLimits;
import org.newsgraph.link.vectors.BgeSmallEmbedder;
import org.newsgraph.model.Annotation;
import org.newsgraph.store.Corpus;
import org.newsgraph.store.DataDir;
import org.newsgraph.store.LanguageChoice;

class IngestPipelineTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2025-01-01T00:00:00Z"), ZoneOffset.UTC);

  @TempDir Path tmp;

  private Path corpusOfCopies() throws IOException {
    Path in = tmp.resolve("in");
    Files.createDirectories(in);
    for (int i = 0; i < 40; i++) {
      // Every fifth story reuses the text of story 0 under its own headline: a copy.
      int text = i % 5 == 0 ? 0 : i;
      Files.writeString(
          in.resolve("s%02d.txt".formatted(i)),
          "Headline %d\n\nThe council met on day %d and voted on the budget for the harbour."
              .formatted(i, text));
    }
    return in;
  }

  /** A pipeline over text files with no language analysis, linking when {@code link} is given. */
  private static IngestPipeline pipeline(
      Corpus corpus, Clock clock, int threads, @Nullable LinkStage link) {
    return new IngestPipeline(
        corpus,
        new FileSource(IngestLimits.defaults(), CLOCK),
        ArticleExtractors.standard(),
        Enrichers.none(),
        clock,
        threads,
        false,
        link);
  }

  private Map<String, String> ingest(Path in, String dataName, int threads, List<InputOutcome> seen)
      throws IOException {
    Map<String, String> copyOf = new TreeMap<>();
    try (Corpus corpus =
        Corpus.open(new DataDir(tmp.resolve(dataName)), Corpus.Access.READ_WRITE)) {
      pipeline(corpus, CLOCK, threads, null).run(List.of(in.toString()), seen::add);
      corpus
          .catalog()
          .forEachArticle(a -> copyOf.put(a.article().title(), String.valueOf(a.copyOf())));
    }
    return copyOf;
  }

  @Test
  void resultsDoNotDependOnTheNumberOfThreads() throws IOException {
    Path in = corpusOfCopies();
    List<InputOutcome> one = new ArrayList<>();
    List<InputOutcome> four = new ArrayList<>();

    Map<String, String> withOne = ingest(in, "one", 1, one);
    Map<String, String> withFour = ingest(in, "four", 4, four);

    assertEquals(withOne, withFour);
    assertEquals(
        one.stream().map(InputOutcome::location).toList(),
        four.stream().map(InputOutcome::location).toList());
    assertThat(one.stream().map(InputOutcome::location).toList()).isSorted();
    // Stories 5, 10, ... 35 are copies of story 0, the first one ingested.
    assertThat(withOne.values().stream().filter(v -> !v.equals("null"))).hasSize(7);
    assertEquals("null", withOne.get("Headline 0"));
  }

  @Test
  void aLongRunSavesTheLinkStateAsItGoes() throws Exception {
    Path in = corpusOfCopies();
    // each reading of the clock is a minute later, so the save interval passes within the run
    Clock ticking =
        new Clock() {
          private Instant now = Instant.parse("2025-01-01T00:00:00Z");

          @Override
          public synchronized Instant instant() {
            now = now.plusSeconds(60);
            return now;
          }

          @Override
          public ZoneOffset getZone() {
            return ZoneOffset.UTC;
          }

          @Override
          public Clock withZone(java.time.ZoneId zone) {
            return this;
          }
        };
    DataDir dir = new DataDir(tmp.resolve("data"));
    List<Boolean> savedBefore = new ArrayList<>();
    try (Corpus corpus = Corpus.open(dir, Corpus.Access.READ_WRITE)) {
      IngestPipeline pipeline =
          pipeline(
              corpus,
              ticking,
              1,
              new LinkStage(new BgeSmallEmbedder(), LinkStage.NEAR_COPY_THRESHOLD));

      pipeline.run(
          List.of(in.toString()), outcome -> savedBefore.add(Files.exists(dir.linkState())));
    }

    assertThat(savedBefore).hasSize(40);
    // saved part way, not only at the end
    assertThat(savedBefore.indexOf(true)).isBetween(1, 20);
  }

  @Test
  void theSameBytesTwiceInOneRunAreStoredOnce() throws IOException {
    Path in = tmp.resolve("in");
    Files.createDirectories(in.resolve("b"));
    String page = "Same page\n\nIdentical bytes in two places.";
    Files.writeString(in.resolve("a.txt"), page);
    Files.writeString(in.resolve("b/a.txt"), page);
    List<InputOutcome> seen = new ArrayList<>();

    ingest(in, "data", 2, seen);

    assertThat(seen).hasSize(2);
    assertThat(seen.get(0)).isInstanceOf(InputOutcome.Added.class);
    assertThat(seen.get(1)).isInstanceOf(InputOutcome.Unchanged.class);
  }

  @Test
  void aConfidentDetectionWinsOverTheDeclaredLanguage() {
    assertEquals(
        new LanguageChoice("fr", "detected"),
        IngestPipeline.language(
            List.of(new Annotation.Language("fr", 0.9)), "en-US", "html[lang]"));
  }

  @Test
  void theDeclaredLanguageWinsOverAnUnsureDetection() {
    assertEquals(
        new LanguageChoice("en", "html[lang]"),
        IngestPipeline.language(
            List.of(new Annotation.Language("fr", 0.41)), "en-US", "html[lang]"));
    assertEquals(
        new LanguageChoice("pt", "og:locale"),
        IngestPipeline.language(List.of(new Annotation.Language("und", 0)), "pt_BR", "og:locale"));
  }

  @Test
  void withNeitherTheLanguageIsUndetermined() {
    assertEquals(new LanguageChoice("und", null), IngestPipeline.language(List.of(), null, null));
    assertEquals(
        new LanguageChoice("de", "detected"),
        IngestPipeline.language(List.of(new Annotation.Language("de", 0.3)), null, null));
  }
}

package org.newsgraph.eval.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.extract.ArticleExtractors;
import org.newsgraph.testkit.Fixtures;

class ExtractionEvaluationTest {

  @Test
  void scoresEveryPageOfADataSet() throws IOException {
    ExtractionDataset set = ExtractionDataset.open(Fixtures.path("tiny-set"));
    assertEquals(List.of("p1", "p2", "p3"), set.ids());

    ExtractionEvaluation.Report report =
        new ExtractionEvaluation(ArticleExtractors.standard(), Clock.systemUTC()).run(set);

    assertEquals(3, report.pages().size());
    PageResult p1 = report.pages().get(0);
    assertEquals(new PageScore(1, 1, true, true), p1.score());
    assertEquals("Library reopens after flood repairs", p1.title());
    PageResult p2 = report.pages().get(1);
    assertThat(p2.body()).doesNotContain("Share on X").doesNotContain("parking charges");
    assertEquals(1.0, p2.score().recall(), 1e-9);
    PageResult p3 = report.pages().get(2);
    assertThat(p3.rejection()).isNotNull();
    assertEquals(0, p3.score().recall(), 1e-9);

    ExtractionScores s = report.scores();
    double expectedPrecision = (p1.score().precision() + p2.score().precision()) / 2;
    assertEquals(expectedPrecision, s.precision(), 1e-9);
    assertEquals((1 + 1 + 0) / 3.0, s.recall(), 1e-9);
    assertThat(report.pagesPerSecond()).isPositive();
  }

  @Test
  void aFolderWithoutGroundTruthIsNotADataSet(@TempDir Path empty) {
    NoSuchFileException e =
        assertThrows(NoSuchFileException.class, () -> ExtractionDataset.open(empty));
    assertThat(e.getMessage()).contains("ground-truth.json");
  }
}

package org.newsgraph.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.newsgraph.eval.extract.ExtractionDataset;
import org.newsgraph.eval.extract.ExtractionEvaluation;
import org.newsgraph.eval.extract.ExtractionScores;
import org.newsgraph.eval.extract.PageResult;
import org.newsgraph.extract.ArticleExtractors;
import org.newsgraph.server.api.ApiJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code newsgraph eval extract DIR}: article extraction against a labelled page set. */
@Command(
    name = "extract",
    description = {
      "Extract every page of a labelled set (html/<id>.html.gz + ground-truth.json) and score the"
          + " bodies as the article extraction benchmark does: 4-token shingles, P = mean"
          + " precision over pages with text, R = mean recall over all pages, F1, accuracy."
    })
final class EvalExtractCommand implements Callable<Integer> {

  @ParentCommand EvalCommand eval;

  @Parameters(paramLabel = "DIR", description = "The data set folder.")
  Path dir;

  @Option(
      names = "--out",
      paramLabel = "PRED.json",
      description = "Write predictions as {id: {articleBody, title, published}}.")
  @Nullable Path out;

  @Option(names = "--json", description = "Print the scores as JSON.")
  boolean json;

  @Option(
      names = "--passes",
      paramLabel = "N",
      description =
          "After the scored pass and 10 untimed warm-up passes, time N passes over all pages"
              + " to measure throughput (default: 10; 0 reports the cold pass only).")
  int passes = 10;

  @Option(
      names = "--worst",
      paramLabel = "N",
      description = "Also list the N pages with the lowest F1 (default: 0).")
  int worst;

  @Override
  public Integer call() throws IOException {
    NewsgraphCommand root = eval.root;
    ExtractionDataset dataset;
    try {
      dataset = ExtractionDataset.open(dir);
    } catch (NoSuchFileException e) {
      root.err().println("newsgraph: " + e.getMessage());
      return ExitCode.USAGE;
    }
    ExtractionEvaluation.Report report =
        new ExtractionEvaluation(ArticleExtractors.standard(), root.environment().clock())
            .run(dataset, passes);
    if (out != null) {
      writePredictions(report.pages(), out);
    }
    ExtractionScores s = report.scores();
    if (json) {
      ObjectNode node = ApiJson.mapper().valueToTree(s);
      node.put("pagesPerSecond", round(report.pagesPerSecond()));
      node.put("firstPassPagesPerSecond", round(report.firstPassPagesPerSecond()));
      root.printJson(node);
    } else {
      PrintWriter w = root.out();
      w.printf(
          "eval extract: %d pages from %s%nprecision %.4f  recall %.4f  F1 %.4f  accuracy %.4f%n"
              + "%.1f pages/s on one thread after warm-up (%d timed passes; cold first pass %.1f pages/s)%n",
          s.pages(),
          dir,
          s.precision(),
          s.recall(),
          s.f1(),
          s.accuracy(),
          report.pagesPerSecond(),
          passes,
          report.firstPassPagesPerSecond());
      if (worst > 0) {
        printWorst(report.pages(), w);
      }
      w.flush();
    }
    return ExitCode.OK;
  }

  private void printWorst(List<PageResult> pages, PrintWriter w) {
    w.println();
    pages.stream()
        .sorted(Comparator.comparingDouble(EvalExtractCommand::f1))
        .limit(worst)
        .forEach(
            p ->
                w.printf(
                    "%.3f  P %.3f R %.3f  %s  %s%s%n",
                    f1(p),
                    p.score().precision(),
                    p.score().recall(),
                    p.id().substring(0, Math.min(8, p.id().length())),
                    p.url(),
                    p.rejection() == null ? "" : "  (" + p.rejection() + ")"));
  }

  private static double f1(PageResult p) {
    double pr = p.score().precision();
    double re = p.score().recall();
    return pr + re == 0 ? 0 : 2 * pr * re / (pr + re);
  }

  private static void writePredictions(List<PageResult> pages, Path file) throws IOException {
    Map<String, Map<String, @Nullable Object>> predictions = new LinkedHashMap<>();
    for (PageResult p : pages) {
      Map<String, @Nullable Object> entry = new LinkedHashMap<>();
      entry.put("articleBody", p.body());
      entry.put("title", p.title());
      entry.put("published", p.published() == null ? null : p.published().toString());
      predictions.put(p.id(), entry);
    }
    ApiJson.mapper().writerWithDefaultPrettyPrinter().writeValue(file.toFile(), predictions);
  }

  private static double round(double v) {
    return Math.round(v * 10) / 10.0;
  }
}

package org.newsgraph.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.newsgraph.enrich.TextAnalyzer;
import org.newsgraph.eval.attribution.AttributionDataset;
import org.newsgraph.eval.attribution.AttributionEvaluation;
import org.newsgraph.eval.attribution.AttributionRole;
import org.newsgraph.eval.attribution.LabelledAttribution;
import org.newsgraph.eval.attribution.RoleScores;
import org.newsgraph.model.analysis.Span;
import org.newsgraph.server.api.ApiJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code newsgraph eval attributions DIR}: who-said-what against a labelled set. */
@Command(
    name = "attributions",
    description = {
      "Find the attributions of every document of a labelled set (PolNeAR layout: docs.jsonl,"
          + " text/, gold.jsonl) and score sources, cues and contents by exact match, overlap and"
          + " Jaccard similarity of their word tokens: span by span, as the published work on"
          + " PolNeAR scores them, and attribution by attribution, each role taken whole."
    })
final class EvalAttributionsCommand implements Callable<Integer> {

  @ParentCommand EvalCommand eval;

  @Parameters(paramLabel = "DIR", description = "The data set folder.")
  Path dir;

  @Option(
      names = "--out",
      paramLabel = "PRED.jsonl",
      description = "Write predictions, one per line: {doc, source, cue, content}.")
  @Nullable Path out;

  @Option(names = "--json", description = "Print the scores as JSON.")
  boolean json;

  @Override
  public Integer call() throws IOException {
    NewsgraphCommand root = eval.root;
    AttributionDataset dataset;
    try {
      dataset = AttributionDataset.open(dir);
    } catch (NoSuchFileException e) {
      root.err().println("newsgraph: " + e.getMessage());
      return ExitCode.USAGE;
    }
    TextAnalyzer analyzer = new TextAnalyzer();
    AttributionEvaluation.Report report =
        new AttributionEvaluation(analyzer::attributions).run(dataset);
    if (out != null) {
      writePredictions(report.predictions(), out);
    }
    if (json) {
      ObjectNode node = ApiJson.mapper().createObjectNode();
      node.put("documents", report.documents());
      node.put("documentsPerSecond", report.documents() / Math.max(1e-9, report.seconds()));
      putRoles(node, report.roles());
      putRoles(node.putObject("byAttribution"), report.byAttribution());
      root.printJson(node);
    } else {
      PrintWriter w = root.out();
      w.printf("eval attributions: %d documents from %s%n", report.documents(), dir);
      table(w, "span by span, as published", report.roles());
      table(w, "attribution by attribution, each role whole", report.byAttribution());
      w.printf("%.1f documents/s%n", report.documents() / Math.max(1e-9, report.seconds()));
      w.flush();
    }
    return ExitCode.OK;
  }

  private static void putRoles(
      ObjectNode node, Map<AttributionRole, AttributionEvaluation.RoleReport> roles) {
    for (Map.Entry<AttributionRole, AttributionEvaluation.RoleReport> e : roles.entrySet()) {
      ObjectNode role = node.putObject(e.getKey().name().toLowerCase(Locale.ROOT));
      role.set("exact", ApiJson.mapper().valueToTree(e.getValue().exact()));
      role.set("overlap", ApiJson.mapper().valueToTree(e.getValue().overlap()));
      role.set("jaccard", ApiJson.mapper().valueToTree(e.getValue().jaccard()));
    }
  }

  private static void table(
      PrintWriter w, String title, Map<AttributionRole, AttributionEvaluation.RoleReport> roles) {
    w.printf("%n%s%n", title);
    w.printf(
        "%-8s %-8s %9s %9s %9s %7s %7s%n",
        "role", "match", "precision", "recall", "F1", "pred", "gold");
    for (Map.Entry<AttributionRole, AttributionEvaluation.RoleReport> e : roles.entrySet()) {
      String role = e.getKey().name().toLowerCase(Locale.ROOT);
      row(w, role, "exact", e.getValue().exact());
      row(w, role, "overlap", e.getValue().overlap());
      row(w, role, "jaccard", e.getValue().jaccard());
    }
  }

  private static void row(PrintWriter w, String role, String match, RoleScores s) {
    w.printf(
        Locale.ROOT,
        "%-8s %-8s %9.4f %9.4f %9.4f %7d %7d%n",
        role,
        match,
        s.precision(),
        s.recall(),
        s.f1(),
        s.predicted(),
        s.gold());
  }

  private static void writePredictions(List<LabelledAttribution> predictions, Path file)
      throws IOException {
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (LabelledAttribution p : predictions) {
        ObjectNode node = ApiJson.mapper().createObjectNode();
        node.put("doc", p.doc());
        for (AttributionRole role : AttributionRole.values()) {
          ArrayNode spans = node.putArray(role.name().toLowerCase(Locale.ROOT));
          for (Span s : p.of(role)) {
            spans.addArray().add(s.start()).add(s.end());
          }
        }
        w.write(ApiJson.mapper().writeValueAsString(node));
        w.newLine();
      }
    }
  }
}

package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.server.api.ApiJson;

class EvalAttributionsCommandTest {

  @TempDir Path tmp;

  // an interrupted quotation (two content spans) and a reported clause
  private static final String TEXT =
      "\u201cThe bridge will reopen on Monday,\u201d the mayor said, \u201cand the ferries will"
          + " stop.\u201d Transport officials said the repairs cost $4 million.";

  /** A set in the PolNeAR layout whose gold holds both attributions of {@link #TEXT}. */
  private Path dataSet(String gold) throws IOException {
    Path dir = tmp.resolve("set");
    Files.createDirectories(dir.resolve("text"));
    Files.writeString(dir.resolve("text/d1.txt"), TEXT);
    Files.writeString(
        dir.resolve("docs.jsonl"),
        "{\"doc\": \"d1\", \"text_file\": \"text/d1.txt\", \"publisher\": \"example\"}\n");
    Files.writeString(dir.resolve("gold.jsonl"), gold);
    return dir;
  }

  private static final String BOTH =
      """
      {"doc": "d1", "id": "E1", "source": [[36, 45]], "cue": [[46, 50]], "content": [[1, 33], [53, 78]]}
      {"doc": "d1", "id": "E2", "source": [[81, 100]], "cue": [[101, 105]], "content": [[106, 133]]}
      """;

  @Test
  void scoresSpanBySpanAndAttributionByAttribution() throws IOException {
    Path out = tmp.resolve("pred.jsonl");
    Cli.Result r =
        new Cli(tmp.resolve("data"))
            .run(
                "eval",
                "attributions",
                dataSet(BOTH).toString(),
                "--json",
                "--out",
                out.toString());

    assertEquals(0, r.exit(), r.err());
    JsonNode scores = ApiJson.mapper().readTree(r.out());
    assertEquals(1, scores.get("documents").asInt());
    for (String role : List.of("source", "cue", "content")) {
      assertEquals(1.0, scores.get(role).get("exact").get("f1").asDouble(), 1e-9, role);
      assertEquals(
          1.0, scores.get("byAttribution").get(role).get("exact").get("f1").asDouble(), 1e-9);
    }
    // the quotation is two spans, but one attribution
    assertEquals(3, scores.get("content").get("exact").get("gold").asInt());
    assertEquals(2, scores.get("byAttribution").get("content").get("exact").get("gold").asInt());

    List<String> lines = Files.readAllLines(out);
    assertThat(lines).hasSize(2);
    assertThat(ApiJson.mapper().readTree(lines.get(0)).get("content")).hasSize(2);
  }

  @Test
  void scoresSpansWhereTheGoldCutsThemAndAttributionsByTheirWords() throws IOException {
    // the gold splits the second half of the quotation where no prediction does
    String gold =
        """
        {"doc": "d1", "id": "E1", "source": [[36, 45]], "cue": [[46, 50]], "content": [[1, 33], [53, 60], [61, 78]]}
        """;
    Cli.Result r =
        new Cli(tmp.resolve("data"))
            .run("eval", "attributions", dataSet(gold).toString(), "--json");

    assertEquals(0, r.exit(), r.err());
    JsonNode scores = ApiJson.mapper().readTree(r.out());
    JsonNode spans = scores.get("content").get("exact");
    assertEquals(1.0 / 3, spans.get("recall").asDouble(), 1e-9);
    // taken whole, the quotation has the same words however it is cut
    assertEquals(
        1.0, scores.get("byAttribution").get("content").get("exact").get("recall").asDouble());
  }

  @Test
  void printsBothTables() throws IOException {
    Cli.Result r =
        new Cli(tmp.resolve("data")).run("eval", "attributions", dataSet(BOTH).toString());

    assertEquals(0, r.exit(), r.err());
    assertThat(r.out())
        .contains("span by span, as published")
        .contains("attribution by attribution, each role whole");
    assertThat(r.out().lines().filter(l -> l.startsWith("content  exact"))).hasSize(2);
  }

  @Test
  void refusesAFolderWithoutTheManifest() {
    Cli.Result r =
        new Cli(tmp.resolve("data")).run("eval", "attributions", tmp.resolve("none").toString());

    assertEquals(ExitCode.USAGE, r.exit());
    assertThat(r.err()).contains("docs.jsonl");
  }
}

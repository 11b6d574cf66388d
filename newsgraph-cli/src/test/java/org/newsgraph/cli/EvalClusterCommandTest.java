package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.server.api.ApiJson;
import org.newsgraph.testkit.Fixtures;

class EvalClusterCommandTest {

  @TempDir Path tmp;

  @Test
  void clustersALabelledStreamAndScoresIt() throws IOException {
    Path stream = Fixtures.path("cluster/three-stories.jsonl");
    Path out = tmp.resolve("pred.jsonl");

    Cli.Result r =
        new Cli(null)
            .runRaw("eval", "cluster", stream.toString(), "--json", "--out", out.toString());

    assertThat(r.exit()).isZero();
    JsonNode scores = ApiJson.mapper().readTree(r.out());
    assertThat(scores.get("documents").asInt()).isEqualTo(9);
    assertThat(scores.get("goldClusters").asInt()).isEqualTo(3);
    assertThat(scores.get("bcubedF1").asDouble()).isEqualTo(1.0);
    assertThat(scores.get("pairwiseF1").asDouble()).isEqualTo(1.0);
    List<String> lines = Files.readAllLines(out);
    assertThat(lines).hasSize(9);
    Map<String, String> story = new HashMap<>();
    for (String line : lines) {
      JsonNode p = ApiJson.mapper().readTree(line);
      story.put(p.get("id").asText(), p.get("cluster").asText());
    }
    assertThat(story.get("1")).isEqualTo(story.get("4")).isEqualTo(story.get("7"));
    assertThat(story.get("1")).isNotEqualTo(story.get("2"));
  }

  @Test
  void aMalformedStreamIsAUsageErrorNamingTheLine() throws IOException {
    Path bad = tmp.resolve("bad.jsonl");
    Files.writeString(bad, "{\"id\": \"1\", \"title\": \"x\"}\n");

    Cli.Result r = new Cli(null).runRaw("eval", "cluster", bad.toString());

    assertThat(r.exit()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err()).contains(bad + ":1: needs id, title and cluster");
  }
}

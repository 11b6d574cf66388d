package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.server.api.ApiJson;

class EvalCommandTest {

  @TempDir Path tmp;

  private Path dataSet() throws IOException {
    Path dir = tmp.resolve("set");
    Files.createDirectories(dir.resolve("html"));
    String body =
        "Rail workers voted on Thursday to accept a new pay offer, ending a dispute that had"
            + " closed the line twice this spring. The union said the deal raised wages by five per cent.";
    String html =
        "<html><head><title>Rail strike ends | Example</title>"
            + "<meta property=\"article:published_time\" content=\"2025-05-01T10:00:00Z\"></head>"
            + "<body><nav><a href=\"/\">Home</a></nav><article><h1>Rail strike ends</h1><p>"
            + body
            + "</p></article></body></html>";
    try (OutputStream out =
        new GZIPOutputStream(Files.newOutputStream(dir.resolve("html/a1.html.gz")))) {
      out.write(html.getBytes(StandardCharsets.UTF_8));
    }
    Files.writeString(
        dir.resolve("ground-truth.json"),
        "{\"a1\": {\"articleBody\": \""
            + body
            + "\", \"url\": \"https://rail.example/2025/05/01/deal\"}}");
    return dir;
  }

  @Test
  void scoresADataSetAndWritesPredictions() throws IOException {
    Path out = tmp.resolve("pred.json");
    Cli.Result r =
        new Cli(tmp.resolve("data"))
            .run("eval", "extract", dataSet().toString(), "--json", "--out", out.toString());

    assertEquals(0, r.exit(), r.err());
    JsonNode scores = ApiJson.mapper().readTree(r.out());
    assertEquals(1, scores.get("pages").asInt());
    assertEquals(1.0, scores.get("f1").asDouble(), 1e-9);
    assertEquals(1.0, scores.get("accuracy").asDouble(), 1e-9);
    assertThat(scores.get("pagesPerSecond").asDouble()).isPositive();

    JsonNode predictions = ApiJson.mapper().readTree(out.toFile());
    assertThat(predictions.get("a1").get("articleBody").asText()).startsWith("Rail workers voted");
    assertEquals("Rail strike ends", predictions.get("a1").get("title").asText());
    assertEquals("2025-05-01T10:00:00Z", predictions.get("a1").get("published").asText());
  }

  @Test
  void printsReadableScores() throws IOException {
    Cli.Result r = new Cli(tmp.resolve("data")).run("eval", "extract", dataSet().toString());
    assertThat(r.out()).contains("precision 1.0000  recall 1.0000  F1 1.0000  accuracy 1.0000");
  }

  @Test
  void aFolderThatIsNotADataSetIsAnError() {
    Cli.Result r = new Cli(tmp.resolve("data")).run("eval", "extract", tmp.toString());
    assertEquals(ExitCode.USAGE, r.exit());
    assertThat(r.err()).contains("ground-truth.json");
  }
}

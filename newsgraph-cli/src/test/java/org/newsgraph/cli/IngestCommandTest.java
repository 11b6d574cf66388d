package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.server.api.ApiJson;
import org.newsgraph.testkit.Fixtures;

class IngestCommandTest {

  private static final String SAMPLE_TITLE =
      "U.S.-Iran Talks Heighten Israeli Security Risks Amid Iranian Terrorism";

  @TempDir Path tmp;

  private Cli cli() {
    return new Cli(tmp.resolve("data"));
  }

  private Path samplesOnly() throws IOException {
    return Fixtures.copyInto(
        tmp.resolve("in"), "samples", "000_ca7439a74214b565.txt", "002_e236cc5d13e8879a.txt");
  }

  private static JsonNode json(String text) throws IOException {
    return ApiJson.mapper().readTree(text);
  }

  @Test
  void ingestsTheTwoSampleDocumentsAsTwoArticlesWithTheirTitles() throws IOException {
    Cli cli = cli();
    Cli.Result r = cli.run("ingest", samplesOnly().toString());
    assertEquals(0, r.exit(), r.err());
    assertThat(r.out()).contains("2 new, 0 unchanged, 0 rejected");

    JsonNode list = json(cli.run("list", "--json").out());
    assertEquals(2, list.size());
    List<String> titles = list.findValuesAsText("title");
    assertThat(titles).contains(SAMPLE_TITLE);
    JsonNode derived = list.get(0).get("titleDerived").asBoolean() ? list.get(0) : list.get(1);
    assertThat(derived.get("title").asText()).startsWith("A new week brings");
    assertThat(derived.get("title").asText().length()).isLessThanOrEqualTo(100);
    for (JsonNode item : list) {
      assertThat(item.has("url")).isTrue();
      assertThat(item.has("published")).isTrue();
      assertEquals("en", item.get("language").asText());
    }
  }

  @Test
  void showGivesTheCleanBodyAndTheEightTeasers() throws IOException {
    Cli cli = cli();
    cli.run("ingest", samplesOnly().toString());
    String id = idOf(cli, SAMPLE_TITLE);

    JsonNode article = json(cli.run("show", id, "--json").out());

    assertEquals(SAMPLE_TITLE, article.get("title").asText());
    String text = article.get("text").asText();
    assertThat(text)
        .startsWith("Senior officials from the United States and Iran")
        .doesNotContain("Edit Content")
        .doesNotContain("Related Articles")
        .doesNotContain("No More Articles")
        .doesNotContain("Share the Article")
        .doesNotContain("Sharing:");
    assertEquals(8, article.get("teasers").size());
    assertThat(article.get("teasers").get(0).get("text").asText())
        .startsWith("The Israeli military intercepted a missile");
    assertThat(cli.run("show", id).out()).contains("Related articles:").contains(SAMPLE_TITLE);
  }

  @Test
  void searchFindsBothSamplesForHouthis() throws IOException {
    Cli cli = cli();
    cli.run("ingest", samplesOnly().toString());
    Cli.Result r = cli.run("search", "Houthis", "--json");
    assertEquals(0, r.exit(), r.err());
    JsonNode hits = json(r.out());
    assertEquals(2, hits.size());
    for (JsonNode hit : hits) {
      assertThat(hit.get("snippet").asText()).containsIgnoringCase("Houthi");
      assertThat(hit.get("score").asDouble()).isPositive();
      assertThat(hit.has("id") && hit.has("title") && hit.has("url") && hit.has("published"))
          .isTrue();
    }
    assertThat(cli.run("search", "Houthis", "--limit", "1", "--json").out()).isNotBlank();
    assertEquals(1, json(cli.run("search", "Houthis", "--limit", "1", "--json").out()).size());
  }

  @Test
  void ingestingTheSameFilesAgainChangesNothing() throws IOException {
    Cli cli = cli();
    Path in = samplesOnly();
    cli.run("ingest", in.toString());
    Cli.Result again = cli.run("ingest", in.toString());

    assertEquals(0, again.exit());
    assertThat(again.out()).contains("0 new, 2 unchanged");
    assertEquals(2, json(cli.run("list", "--json").out()).size());
    assertEquals(2, json(cli.run("search", "Houthis", "--json").out()).size());
  }

  @Test
  void reportsARejectedBinaryFileAndIngestsTheOthers() throws IOException {
    Cli cli = cli();
    Path in = samplesOnly();
    byte[] png = {
      (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'
    };
    Files.write(in.resolve("photo.html"), png);

    Cli.Result r = cli.run("ingest", in.toString());

    assertEquals(ExitCode.REJECTED, r.exit());
    assertEquals(
        List.of("rejected: " + in.resolve("photo.html") + ": binary content (PNG image), not HTML"),
        r.errLines());
    assertThat(r.out()).contains("2 new, 0 unchanged, 1 rejected");
    assertEquals(2, json(cli.run("list", "--json").out()).size());
  }

  @Test
  void givesEachKindOfBadInputOneLineAndKeepsGoing() throws IOException {
    Path in = tmp.resolve("bad");
    Files.createDirectories(in);
    Files.writeString(
        in.resolve("good.txt"),
        "A good headline\n\nA good body paragraph that says something useful.");
    Files.writeString(in.resolve("empty.txt"), "");
    Files.write(
        in.resolve("latin1.txt"), "Caf\u00e9 society news".getBytes(StandardCharsets.ISO_8859_1));
    try (RandomAccessFile big = new RandomAccessFile(in.resolve("huge.txt").toFile(), "rw")) {
      big.setLength(50L * 1024 * 1024);
    }
    Files.writeString(
        in.resolve("shell.html"), "<html><body><div class=menu><a href=/>Home</a></div></body>");
    Files.writeString(
        in.resolve("feed.jsonl"),
        "{\"title\":\"From a feed\",\"text\":\"Feed text about the river.\",\"published\":\"2025-01-02\"}\n"
            + "this line is not json\n");
    Path missing = tmp.resolve("missing.txt");

    Cli.Result r = cli().run("ingest", in.toString(), missing.toString());

    assertEquals(ExitCode.REJECTED, r.exit());
    assertThat(r.errLines())
        .containsExactly(
            "rejected: " + in.resolve("empty.txt") + ": empty file",
            "rejected: "
                + in.resolve("feed.jsonl")
                + ":2: not JSON: Unrecognized token 'this': was"
                + " expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false')",
            "rejected: "
                + in.resolve("huge.txt")
                + ": too large: 52,428,800 bytes is over the"
                + " 10,485,760-byte input limit",
            "rejected: " + in.resolve("latin1.txt") + ": invalid UTF-8 at byte 3",
            "rejected: " + in.resolve("shell.html") + ": no article body",
            "rejected: " + missing + ": no such file or directory");
    assertThat(r.out()).contains("2 new, 0 unchanged, 6 rejected");
    JsonNode list = json(cli().run("list", "--json").out());
    assertThat(list.findValuesAsText("title"))
        .containsExactlyInAnyOrder("A good headline", "From a feed");
  }

  @Test
  void theInputSizeLimitIsAnOption() throws IOException {
    Path in = tmp.resolve("in.txt");
    Files.writeString(in, "Headline\n\n" + "Body words. ".repeat(200));
    Cli.Result r = cli().run("ingest", "--max-input-size", "1k", in.toString());
    assertEquals(ExitCode.REJECTED, r.exit());
    assertThat(r.err()).contains("too large").contains("1,024-byte input limit");
    assertEquals(0, cli().run("ingest", "--max-input-size", "1M", in.toString()).exit());
  }

  @Test
  void printsASummaryAsJson() throws IOException {
    Path in = samplesOnly();
    Files.writeString(in.resolve("empty.txt"), "");
    JsonNode summary = json(cli().run("ingest", "--json", in.toString()).out());
    assertEquals(2, summary.get("added").size());
    assertEquals(1, summary.get("rejected").size());
    assertEquals("empty file", summary.get("rejected").get(0).get("reason").asText());
    assertEquals(2, summary.get("indexed").asInt());
  }

  @Test
  void usageErrorsExitWithTwo() {
    assertEquals(ExitCode.USAGE, cli().run("ingest").exit());
    assertEquals(ExitCode.USAGE, cli().run("ingest", "--no-such-option", "x").exit());
    assertEquals(ExitCode.USAGE, cli().run("list", "--limit", "0").exit());
    assertEquals(ExitCode.USAGE, cli().run("ingest", "--max-input-size", "ten", "x").exit());
    assertEquals(ExitCode.USAGE, cli().run().exit());
  }

  @Test
  void anUnparsableQueryExitsWithTwoAndSaysWhy() throws IOException {
    Cli cli = cli();
    cli.run("ingest", samplesOnly().toString());
    Cli.Result r = cli.run("search", "\"unclosed");
    assertEquals(ExitCode.USAGE, r.exit());
    assertThat(r.err()).startsWith("newsgraph: invalid query: Cannot parse");
  }

  @Test
  void showingAnUnknownIdExitsWithOne() {
    Cli.Result r = cli().run("show", "0123456789abcdef");
    assertEquals(ExitCode.REJECTED, r.exit());
    assertThat(r.err()).contains("no article with id '0123456789abcdef'");
  }

  @Test
  void theDataDirectoryComesFromTheEnvironmentWhenNotGiven() throws IOException {
    Path data = tmp.resolve("from-env");
    Cli cli = new Cli(null, Map.of(NewsgraphCommand.DATA_VARIABLE, data.toString()));
    assertEquals(0, cli.runRaw("ingest", samplesOnly().toString()).exit());
    assertThat(data.resolve("catalog.db")).exists();
    assertThat(data.resolve("captures")).isDirectory();
  }

  @Test
  void reindexRebuildsALostIndex() throws IOException {
    Cli cli = cli();
    cli.run("ingest", samplesOnly().toString());
    deleteTree(tmp.resolve("data/index"));
    assertEquals(0, json(cli.run("search", "Houthis", "--json").out()).size());

    Cli.Result r = cli.run("reindex");

    assertEquals(0, r.exit(), r.err());
    assertThat(r.out()).contains("reindex: 2 articles indexed");
    assertEquals(2, json(cli.run("search", "Houthis", "--json").out()).size());
  }

  private static String idOf(Cli cli, String title) throws IOException {
    for (JsonNode item : json(cli.run("list", "--json").out())) {
      if (item.get("title").asText().equals(title)) {
        return item.get("id").asText();
      }
    }
    throw new AssertionError("no article titled " + title);
  }

  private static void deleteTree(Path root) throws IOException {
    try (var paths = Files.walk(root)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}

package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.server.api.ApiJson;
import org.newsgraph.store.Corpus;
import org.newsgraph.store.DataDir;
import org.newsgraph.testkit.Fixtures;

/** The packaged command, run as separate processes: ingest, serve, and a crash in between. */
class NewsgraphEndToEndIT {

  private static final Pattern SERVING = Pattern.compile("at http://localhost:(\\d+)/");

  @TempDir Path tmp;

  @Test
  void ingestsTheSamplesAndServesThemOverHttp() throws Exception {
    Path data = tmp.resolve("data");
    NewsgraphProcess.Finished ingest =
        NewsgraphProcess.run(
            data, tmp.resolve("logs"), "ingest", Fixtures.path("samples").toString());
    assertEquals(0, ingest.exit(), ingest.err());
    assertThat(ingest.out()).contains("6 new, 0 unchanged, 0 rejected, 1 skipped");

    Process serve =
        NewsgraphProcess.builder(data, "serve", "--port", "0").redirectErrorStream(true).start();
    try {
      int port = awaitPort(serve);
      HttpClient http = HttpClient.newHttpClient();
      JsonNode health = get(http, port, "/health");
      assertEquals(6, health.get("articles").asInt());
      assertEquals(6, health.get("indexed").asInt());

      JsonNode hits = get(http, port, "/api/search?q=Houthis");
      List<String> titles = hits.findValuesAsText("title");
      assertThat(titles)
          .contains("U.S.-Iran Talks Heighten Israeli Security Risks Amid Iranian Terrorism")
          .anyMatch(t -> t.startsWith("A new week brings"));

      String id = hits.get(0).get("id").asText();
      HttpResponse<String> page =
          http.send(
              HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/articles/" + id))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertEquals(200, page.statusCode());
      assertThat(page.body())
          .contains("<h1>" + hits.get(0).get("title").asText().replace("&", "&amp;"));
    } finally {
      serve.destroy();
      assertTrue(serve.waitFor(30, TimeUnit.SECONDS), "serve stops on SIGTERM");
    }
  }

  @Test
  void aRunKilledMidIngestLosesNothingAndARerunDuplicatesNothing() throws Exception {
    int files = 4000;
    Path in = tmp.resolve("in");
    Files.createDirectories(in);
    for (int i = 0; i < files; i++) {
      Files.writeString(
          in.resolve("story-%05d.txt".formatted(i)),
          "Harbour report number %d\n\nThe harbour master filed report %d about tides, cargo and the weather at sea."
              .formatted(i, i));
    }
    Path data = tmp.resolve("data");
    Process first =
        NewsgraphProcess.builder(data, "ingest", in.toString())
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    awaitCaptures(data, 400, first);
    assertTrue(first.isAlive(), "the ingest must still be running when it is killed");
    first.destroyForcibly(); // SIGKILL: no shutdown hooks, no clean close
    first.waitFor(30, TimeUnit.SECONDS);

    long storedBeforeRerun;
    try (Corpus corpus = Corpus.open(new DataDir(data), Corpus.Access.READ_ONLY)) {
      storedBeforeRerun = corpus.catalog().countArticles();
    }
    assertThat(storedBeforeRerun).isLessThan(files);

    NewsgraphProcess.Finished rerun =
        NewsgraphProcess.run(data, tmp.resolve("logs"), "ingest", in.toString());
    assertEquals(0, rerun.exit(), rerun.err());
    assertThat(rerun.out())
        .contains((files - storedBeforeRerun) + " new, " + storedBeforeRerun + " unchanged");

    try (Corpus corpus = Corpus.open(new DataDir(data), Corpus.Access.READ_ONLY)) {
      assertEquals(files, corpus.catalog().countArticles());
      assertEquals(files, corpus.index().count());
      List<String> ids = new ArrayList<>();
      corpus.catalog().forEachArticle(a -> ids.add(a.id()));
      assertThat(ids).hasSize(files).doesNotHaveDuplicates();
      assertThat(corpus.catalog().unindexed(10)).isEmpty();
    }
  }

  private static void awaitCaptures(Path data, int atLeast, Process p) throws Exception {
    Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
    Path captures = data.resolve("captures");
    while (Instant.now().isBefore(deadline) && p.isAlive()) {
      if (Files.isDirectory(captures)) {
        try (Stream<Path> walk = Files.walk(captures)) {
          if (walk.filter(f -> f.toString().endsWith(".json")).count() >= atLeast) {
            return;
          }
        } catch (IOException | UncheckedIOException e) {
          // files appear while we walk; look again
        }
      }
      Thread.sleep(20);
    }
  }

  private static int awaitPort(Process serve) throws IOException {
    BufferedReader out =
        new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8));
    StringBuilder seen = new StringBuilder();
    for (String line = out.readLine(); line != null; line = out.readLine()) {
      seen.append(line).append('\n');
      Matcher m = SERVING.matcher(line);
      if (m.find()) {
        Thread drain = new Thread(() -> out.lines().forEach(l -> {}));
        drain.setDaemon(true);
        drain.start();
        return Integer.parseInt(m.group(1));
      }
    }
    throw new AssertionError("serve exited without serving:\n" + seen);
  }

  private static JsonNode get(HttpClient http, int port, String path) throws Exception {
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode(), r.body());
    return ApiJson.mapper().readTree(r.body());
  }
}

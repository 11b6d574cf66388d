package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.server.api.ApiJson;
import org.newsgraph.testkit.Fixtures;

/** Ingest analyses articles; {@code entities} and {@code show} report what it found. */
class EntitiesCommandTest {

  @TempDir Path tmp;

  private Path samples() throws IOException {
    return Fixtures.copyInto(
        tmp.resolve("in"), "samples", "000_ca7439a74214b565.txt", "002_e236cc5d13e8879a.txt");
  }

  private static JsonNode json(String text) throws IOException {
    return ApiJson.mapper().readTree(text);
  }

  @Test
  void listsEntitiesSharedByTheSamplesWithStableIds() throws IOException {
    Cli cli = new Cli(tmp.resolve("data"));
    assertThat(cli.run("ingest", samples().toString()).exit()).isZero();

    JsonNode entities = json(cli.run("entities", "--json", "--limit", "500").out());

    List<String> ids = new ArrayList<>();
    for (JsonNode e : entities) {
      ids.add(e.get("id").asText());
    }
    assertThat(ids)
        .contains(
            "person:israel-katz",
            "person:eyal-zamir",
            "person:hossein-amir-abdollahian",
            "organization:islamic-revolutionary-guard-corps",
            "organization:hezbollah",
            "country:iran");
    JsonNode iran = entities.get(ids.indexOf("country:iran"));
    assertThat(iran.get("articles").asInt()).isEqualTo(2);
    List<String> aliases = new ArrayList<>();
    iran.get("aliases").forEach(a -> aliases.add(a.get("text").asText()));
    assertThat(aliases).contains("Iran", "Iranian", "Tehran");
    JsonNode netanyahu = entities.get(ids.indexOf("person:benjamin-netanyahu"));
    assertThat(netanyahu.get("articles").asInt()).isEqualTo(2);

    Cli.Result table = cli.run("entities", "--limit", "3");
    assertThat(table.out()).contains("country:").contains("3 of " + ids.size() + " entities");
  }

  @Test
  void showIncludesTheStoredAnalysis() throws IOException {
    Cli cli = new Cli(tmp.resolve("data"));
    cli.run("ingest", samples().toString());
    String id = null;
    for (JsonNode a : json(cli.run("list", "--json").out())) {
      if (a.get("title").asText().contains("Iran")) {
        id = a.get("id").asText();
      }
    }

    JsonNode doc = json(cli.run("show", id, "--json").out());

    String text = doc.get("text").asText();
    assertThat(doc.get("notAnalysed").isNull()).isTrue();
    assertThat(doc.get("entities")).isNotEmpty();
    for (JsonNode e : doc.get("entities")) {
      assertThat(e.get("id").asText()).contains(":");
      JsonNode m = e.get("mentions").get(0);
      assertThat(text.substring(m.get("start").asInt(), m.get("end").asInt()))
          .isEqualTo(m.get("text").asText());
    }
    assertThat(doc.get("attributions")).isNotEmpty();
    assertThat(doc.get("summary").asText()).isNotBlank();
    assertThat(cli.run("show", id).out()).contains("Attributions:").contains("Entities:");
  }

  @Test
  void ingestWithoutAnalysisStoresNoneAndALaterIngestAddsIt() throws IOException {
    Cli cli = new Cli(tmp.resolve("data"));
    Path in = samples();
    cli.run("ingest", "--no-analysis", in.toString());
    assertThat(json(cli.run("entities", "--json").out())).isEmpty();

    Cli.Result again = cli.run("ingest", in.toString());

    assertThat(again.out()).contains("0 new, 2 unchanged");
    assertThat(json(cli.run("entities", "--json").out())).isNotEmpty();
  }
}

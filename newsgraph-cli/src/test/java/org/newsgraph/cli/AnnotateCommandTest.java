package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.testkit.Fixtures;

class AnnotateCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path tmp;

  private final Cli cli = new Cli(null);

  private static List<JsonNode> documents(String out) throws IOException {
    List<JsonNode> docs = new ArrayList<>();
    try (var parser = JSON.createParser(out)) {
      var it = JSON.readValues(parser, JsonNode.class);
      while (it.hasNext()) {
        docs.add(it.next());
      }
    }
    return docs;
  }

  private static List<String> names(JsonNode doc, String type) {
    List<String> out = new ArrayList<>();
    for (JsonNode e : doc.get("entities")) {
      if (e.get("type").asText().equals(type)) {
        out.add(e.get("name").asText());
      }
    }
    return out;
  }

  @Test
  void annotatesASampleWithOffsetsIntoTheInput() throws IOException {
    Path sample = Fixtures.path("samples/000_ca7439a74214b565.txt");
    String text = Files.readString(sample);

    Cli.Result r = cli.runRaw("annotate", sample.toString(), "--json", "--published", "2025-06-20");

    assertThat(r.exit()).isZero();
    JsonNode doc = documents(r.out()).get(0);
    assertThat(doc.get("file").asText()).isEqualTo(sample.toString());
    assertThat(doc.get("language").asText()).isEqualTo("en");
    assertThat(names(doc, "person")).contains("Hossein Amir-Abdollahian", "Israel Katz");
    assertThat(names(doc, "organization")).contains("Hezbollah");
    for (JsonNode e : doc.get("entities")) {
      for (JsonNode m : e.get("mentions")) {
        assertThat(text.substring(m.get("start").asInt(), m.get("end").asInt()))
            .isEqualTo(m.get("text").asText());
      }
    }
    JsonNode role = doc.get("roles").get(1);
    assertThat(text.substring(role.get("start").asInt(), role.get("end").asInt()))
        .endsWith(role.get("person").asText());
    assertThat(doc.get("attributions")).isNotEmpty();
    for (JsonNode a : doc.get("attributions")) {
      assertThat(a.get("class").asText())
          .isIn(
              "named_person",
              "named_organization",
              "unnamed_official",
              "vague",
              "document",
              "none");
      assertThat(a.get("cue")).isNotEmpty();
      assertThat(a.get("content")).isNotEmpty();
    }
    assertThat(doc.get("summary").asText()).isNotBlank();
    assertThat(doc.get("teaser").asText().length()).isLessThanOrEqualTo(240);
    assertThat(doc.get("keyphrases").size()).isBetween(5, 10);
    assertThat(doc.get("dates").get(0).get("date").asText()).isEqualTo("2025-06-14");
  }

  @Test
  void readsStandardInputVerbatim() throws IOException {
    String text = "\r\n  Israeli officials said on Monday that the crossing would reopen.\r\n";

    Cli.Result r =
        cli.runWithInput(text.getBytes(StandardCharsets.UTF_8), "annotate", "-", "--json");

    JsonNode doc = documents(r.out()).get(0);
    assertThat(doc.has("file")).isFalse();
    JsonNode source = doc.get("attributions").get(0).get("source").get(0);
    assertThat(text.substring(source.get(0).asInt(), source.get(1).asInt()))
        .isEqualTo("Israeli officials");
    assertThat(doc.get("attributions").get(0).get("class").asText()).isEqualTo("unnamed_official");
  }

  @Test
  void unreadableInputsGetOneLineEachAndTheRestGoesOn() throws IOException {
    Path latin1 = tmp.resolve("latin1.txt");
    Files.write(latin1, "Caf\u00e9 owners said prices rose.".getBytes(StandardCharsets.ISO_8859_1));
    Path binary = tmp.resolve("image.txt");
    Files.write(binary, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
    Path good = tmp.resolve("good.txt");
    Files.writeString(good, "Analysts said the ceasefire would hold.");

    Cli.Result r =
        cli.runRaw(
            "annotate",
            latin1.toString(),
            binary.toString(),
            tmp.resolve("missing.txt").toString(),
            good.toString(),
            "--json");

    assertThat(r.exit()).isEqualTo(ExitCode.REJECTED);
    assertThat(r.errLines())
        .containsExactly(
            "newsgraph: " + latin1 + ": not UTF-8 text; convert it first (e.g. with iconv)",
            "newsgraph: " + binary + ": binary data, not text",
            "newsgraph: " + tmp.resolve("missing.txt") + ": no such file");
    List<JsonNode> docs = documents(r.out());
    assertThat(docs).hasSize(1);
    assertThat(docs.get(0).get("attributions").get(0).get("class").asText()).isEqualTo("vague");
  }

  @Test
  void otherLanguagesSayWhyTheyAreNotAnalysed() throws IOException {
    String spanish =
        "El ministro de Asuntos Exteriores dijo el lunes que las conversaciones con Irán se"
            + " reanudarán la próxima semana en Mascate, según varios diplomáticos.";

    Cli.Result r = cli.runWithInput(spanish.getBytes(StandardCharsets.UTF_8), "annotate", "--json");

    JsonNode doc = documents(r.out()).get(0);
    assertThat(doc.get("notAnalysed").asText()).isEqualTo("language es");
    assertThat(doc.get("entities")).isEmpty();
  }

  @Test
  void aBadPublicationDateIsAUsageError() {
    Cli.Result r = cli.runRaw("annotate", "--published", "last tuesday", "-");

    assertThat(r.exit()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err()).contains("--published must be a date like 2025-06-20");
  }
}

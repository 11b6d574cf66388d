package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.cli.pipeline.LinkStage;
import org.newsgraph.link.vectors.BgeSmallEmbedder;
import org.newsgraph.server.api.ApiJson;
import org.newsgraph.store.Corpus;
import org.newsgraph.store.DataDir;

/** Ingest finds copies and stories; {@code stories}, {@code show} and {@code reprocess}. */
class StoriesCommandTest {

  private static final String WIRE =
      "ADEN, Yemen — A storm forced the closure of the Red Sea port of Hodeidah on Monday,"
          + " leaving dozens of ships carrying grain and fuel waiting offshore, port officials"
          + " said.\n\nThe harbour master said winds of up to 90 kilometres an hour had damaged two"
          + " cranes and part of the main quay, and that repairs would take at least a week.\n\n"
          + "Aid agencies warned that the delay could worsen shortages of flour and cooking gas in"
          + " the north of the country, where most people depend on imports through the port.\n\n"
          + "The United Nations said it was working with the port authority to reroute urgent"
          + " cargo through smaller harbours along the coast.\n";

  private static final String OTHER =
      "Central bank raises rates for the third time this year\n\nThe central bank raised its"
          + " main interest rate by half a percentage point on Thursday, saying inflation had"
          + " proved more stubborn than expected.\n\nThe governor said further rises could not be"
          + " ruled out if food and energy prices kept climbing, and that wages would be watched"
          + " closely.\n";

  @TempDir Path tmp;

  private Path inputs() throws IOException {
    Path in = tmp.resolve("in");
    Files.createDirectories(in);
    List<String> headlines =
        List.of(
            "Storm shuts Yemen's main port",
            "Ships stranded off Hodeidah after storm",
            "Red Sea port closed as storm damages cranes",
            "Hodeidah port closure threatens grain supplies",
            "Yemen: storm halts work at Hodeidah");
    for (int i = 0; i < headlines.size(); i++) {
      // each outlet credits the wire in its own dateline: no two bodies are the same
      String body =
          i == 0 ? WIRE : WIRE.replace("ADEN, Yemen —", "ADEN, Yemen (Outlet " + i + ") —");
      Files.writeString(in.resolve("wire-" + i + ".txt"), headlines.get(i) + "\n\n" + body);
    }
    Files.writeString(in.resolve("rates.txt"), OTHER);
    return in;
  }

  private static JsonNode json(String text) throws IOException {
    return ApiJson.mapper().readTree(text);
  }

  @Test
  void aWireStoryRepublishedByFiveOutletsIsOneOriginalAndFourCopies() throws IOException {
    Cli cli = new Cli(tmp.resolve("data"));
    assertThat(cli.run("ingest", "--no-analysis", inputs().toString()).exit()).isZero();

    Map<String, String> copyOf = new HashMap<>();
    String original = null;
    for (JsonNode a : json(cli.run("list", "--json").out())) {
      if (a.get("title").asText().contains("Yemen's main port")) {
        original = a.get("id").asText();
      }
      copyOf.put(a.get("id").asText(), a.get("copyOf").isNull() ? null : a.get("copyOf").asText());
    }
    assertThat(original).isNotNull();
    String originalId = original;
    assertThat(copyOf.get(original)).isNull();
    assertThat(copyOf.values()).filteredOn(originalId::equals).hasSize(4);

    JsonNode stories = json(cli.run("stories", "--json").out());
    assertThat(stories).hasSize(2);
    JsonNode port = stories.get(0);
    assertThat(port.get("articles").asInt()).isEqualTo(5);
    assertThat(port.get("copies").asInt()).isEqualTo(4);

    JsonNode shown = json(cli.run("show", original, "--json").out());
    assertThat(shown.get("copies")).hasSize(4);
    assertThat(shown.get("story").get("id").asText()).isEqualTo(port.get("id").asText());
    List<String> related = new ArrayList<>();
    shown.get("related").forEach(r -> related.add(r.get("id").asText()));
    assertThat(related)
        .doesNotContain(original)
        .doesNotContainAnyElementsOf(
            copyOf.keySet().stream().filter(id -> originalId.equals(copyOf.get(id))).toList());
    assertThat(related).hasSize(1);
  }

  @Test
  void searchFoldsCopiesIntoTheOriginalUnlessAskedNotTo() throws IOException {
    Cli cli = new Cli(tmp.resolve("data"));
    cli.run("ingest", "--no-analysis", inputs().toString());

    JsonNode folded = json(cli.run("search", "hodeidah", "--json").out());
    JsonNode all = json(cli.run("search", "hodeidah", "--json", "--include-copies").out());

    assertThat(folded).hasSize(1);
    assertThat(folded.get(0).get("copies").asInt()).isEqualTo(4);
    assertThat(folded.get(0).get("outlets")).hasSize(4);
    assertThat(all).hasSize(5);
    assertThat(cli.run("search", "hodeidah").out()).contains("4 copies: ");
  }

  @Test
  void aNearCopyThresholdOutsideZeroToOneIsAUsageError() throws IOException {
    Cli.Result bad =
        new Cli(tmp.resolve("data"))
            .run("ingest", "--near-copy-threshold", "1.5", inputs().toString());

    assertThat(bad.exit()).isEqualTo(ExitCode.USAGE);
    assertThat(bad.err()).contains("--near-copy-threshold must be above 0 and at most 1, got 1.5");
  }

  @Test
  void storiesStoredByAnotherVersionAreDecidedAgainWhenTheyDoNotReplay() throws Exception {
    Cli cli = new Cli(tmp.resolve("data"));
    cli.run("ingest", "--no-analysis", inputs().toString());
    String before = cli.run("stories", "--json").out();
    // what a version with other rules leaves behind: the same articles under ids this one would
    // not give them
    try (Connection c =
            DriverManager.getConnection(
                "jdbc:sqlite:" + tmp.resolve("data").resolve("catalog.db"));
        Statement st = c.createStatement()) {
      st.executeUpdate("UPDATE article_links SET story_id = 'old' || story_id");
      st.executeUpdate("UPDATE stories SET id = 'old' || id");
    }
    assertThat(cli.run("stories", "--json").out()).contains("\"olds1\"");

    Cli.Result again = cli.run("ingest", "--no-analysis", inputs().toString());

    assertThat(again.exit()).isZero();
    assertThat(cli.run("stories", "--json").out()).isEqualTo(before).doesNotContain("old");
  }

  @Test
  void aRunReadsTheLinkStateTheLastRunSavedInsteadOfReplayingTheCatalog() throws Exception {
    Cli cli = new Cli(tmp.resolve("data"));
    cli.run("ingest", "--no-analysis", inputs().toString());
    Path state = tmp.resolve("data").resolve("link-state.bin");
    assertThat(state).isRegularFile();

    assertThat(load(state)).isZero();
  }

  @Test
  void aRunThatStoppedAfterTheLastSaveIsReplayedFromThere() throws Exception {
    Cli cli = new Cli(tmp.resolve("data"));
    Path in = inputs();
    cli.run("ingest", "--no-analysis", in.resolve("wire-0.txt").toString());
    Path state = tmp.resolve("data").resolve("link-state.bin");
    Path older = tmp.resolve("older.bin");
    Files.copy(state, older);
    cli.run("ingest", "--no-analysis", in.toString());
    String stories = cli.run("stories", "--json").out();
    // what a run killed before its save leaves: the catalog ahead of the saved state
    Files.copy(older, state, StandardCopyOption.REPLACE_EXISTING);

    // the five articles after the save, and no more: the stories replay, so nothing is redone
    assertThat(load(state)).isEqualTo(5);
    assertThat(cli.run("stories", "--json").out()).isEqualTo(stories);
  }

  @Test
  void aDamagedLinkStateIsRebuiltFromTheCatalog() throws Exception {
    Cli cli = new Cli(tmp.resolve("data"));
    cli.run("ingest", "--no-analysis", inputs().toString());
    String stories = cli.run("stories", "--json").out();
    Path state = tmp.resolve("data").resolve("link-state.bin");
    byte[] bytes = Files.readAllBytes(state);
    bytes[bytes.length / 2] ^= 0x5A;
    Files.write(state, bytes);

    int[] replayed = new int[1];
    String log = stderrOf(() -> replayed[0] = load(state));

    assertThat(replayed[0]).as("every decision replayed, nothing read").isEqualTo(6);
    assertThat(log).contains("is not used (damaged state file: checksum mismatch)");
    assertThat(cli.run("ingest", "--no-analysis", inputs().toString()).exit()).isZero();
    assertThat(cli.run("stories", "--json").out()).isEqualTo(stories);
    assertThat(load(state)).as("saved again, whole").isZero();
  }

  @Test
  void aLinkStateFromAnotherDataDirectoryGivesWayToTheCatalog() throws Exception {
    Path in = inputs();
    Cli cli = new Cli(tmp.resolve("data"));
    cli.run("ingest", "--no-analysis", in.toString());
    String stories = cli.run("stories", "--json").out();
    // the same articles, linked in another order: its last decision matches this catalog's, its
    // story ids do not
    Cli other = new Cli(tmp.resolve("other"));
    other.run("ingest", "--no-analysis", in.resolve("wire-0.txt").toString());
    other.run("ingest", "--no-analysis", in.toString());
    Path state = tmp.resolve("data").resolve("link-state.bin");
    Files.copy(
        tmp.resolve("other").resolve("link-state.bin"), state, StandardCopyOption.REPLACE_EXISTING);

    int[] replayed = new int[1];
    String log = stderrOf(() -> replayed[0] = load(state));

    assertThat(replayed[0]).isEqualTo(6);
    assertThat(log)
        .contains("in other stories than the catalog; replaying the catalog's decisions instead")
        .doesNotContain("placing every article again");
    assertThat(cli.run("stories", "--json").out()).isEqualTo(stories);
  }

  /** Reads the link state of the test's data directory as a run would; the decisions replayed. */
  private int load(Path state) throws Exception {
    try (Corpus corpus = Corpus.open(new DataDir(tmp.resolve("data")), Corpus.Access.READ_WRITE)) {
      LinkStage link = new LinkStage(new BgeSmallEmbedder(), LinkStage.NEAR_COPY_THRESHOLD);
      int replayed = link.load(corpus.catalog(), 1, state);
      link.save(corpus.catalog(), state);
      return replayed;
    }
  }

  private interface Action {
    void run() throws Exception;
  }

  /** What the logger printed while {@code action} ran (it prints to the standard error). */
  private static String stderrOf(Action action) throws Exception {
    PrintStream saved = System.err;
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    try {
      action.run();
    } finally {
      System.setErr(saved);
    }
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void aLinkStateThatCannotBeWrittenCostsTheRunNothing() throws IOException {
    Path data = tmp.resolve("data");
    // where the state is written first: a folder with something in it cannot become a file
    Files.createDirectories(data.resolve("link-state.bin.tmp"));
    Files.writeString(data.resolve("link-state.bin.tmp").resolve("keep"), "x");
    Cli cli = new Cli(data);

    Cli.Result r = cli.run("ingest", "--no-analysis", inputs().toString());

    assertThat(r.exit()).isZero();
    assertThat(data.resolve("link-state.bin")).doesNotExist();
    JsonNode stories = json(cli.run("stories", "--json").out());
    assertThat(stories).hasSize(2);
    assertThat(stories.get(0).get("articles").asInt()).isEqualTo(5);
  }

  @Test
  void reprocessGivesTheSameStories() throws IOException {
    Cli cli = new Cli(tmp.resolve("data"));
    cli.run("ingest", "--no-analysis", inputs().toString());
    String before = cli.run("stories", "--json").out();

    Cli.Result r = cli.run("reprocess");

    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("reprocess: 6 articles in 2 stories");
    assertThat(cli.run("stories", "--json").out()).isEqualTo(before);
  }
}

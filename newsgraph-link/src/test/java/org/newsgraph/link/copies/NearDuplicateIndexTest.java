package org.newsgraph.link.copies;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.link.state.StateReader;
import org.newsgraph.link.state.StateWriter;

class NearDuplicateIndexTest {

  private static final String WIRE =
      "ADEN, Yemen (Wire) — A storm forced the closure of the Red Sea port of Hodeidah on"
          + " Monday, leaving dozens of ships carrying grain and fuel waiting offshore, port"
          + " officials said. The harbour master said winds of up to 90 kilometres an hour had"
          + " damaged two cranes and part of the main quay, and that repairs would take at least"
          + " a week. Aid agencies warned that the delay could worsen shortages of flour and"
          + " cooking gas in the north of the country, where most of the population depends on"
          + " imports through the port. The United Nations said it was working with the port"
          + " authority to reroute urgent cargo through smaller harbours along the coast.";

  private static final String OTHER =
      "The central bank raised its main interest rate by half a percentage point on Thursday,"
          + " its third increase this year, saying inflation had proved more stubborn than"
          + " expected. The governor said further rises could not be ruled out if prices for"
          + " food and energy kept climbing, and that the bank would watch wages closely. Markets"
          + " had expected a smaller move, and the currency rose against the dollar after the"
          + " announcement while shares in banks and property developers fell.";

  @Test
  void wireStoryRepublishedByFiveOutletsIsOneOriginalAndFourCopies() {
    List<String> versions =
        List.of(
            WIRE,
            "Storm shuts Yemen's main port\n\n" + WIRE + "\n\nCopyright 2025 The Harbor Post.",
            "UPDATED 10:42. " + WIRE.replace("(Wire) —", "—") + " Follow us for more news.",
            "Ships stranded off Hodeidah after storm\n\nBy Staff Writers\n\n" + WIRE,
            WIRE.replace("Monday", "Monday morning") + "\n\nRead more: Red Sea shipping.");
    NearDuplicateIndex index = new NearDuplicateIndex(0.8);
    List<String> originals = new ArrayList<>();

    for (int i = 0; i < versions.size(); i++) {
      int[] sig = MinHash.of(versions.get(i));
      originals.add(index.find(sig));
      index.add("v" + i, sig);
    }

    assertThat(originals).containsExactly(null, "v0", "v0", "v0", "v0");
  }

  @Test
  void anIndexReadFromASavedOneFindsTheSameCopies(@TempDir Path tmp) throws IOException {
    NearDuplicateIndex saved = new NearDuplicateIndex(0.8);
    saved.add("other", MinHash.of(OTHER));
    saved.add("wire", MinHash.of(WIRE));
    Path file = tmp.resolve("state.bin");
    try (StateWriter out = StateWriter.create(file)) {
      saved.writeTo(out);
      out.commit();
    }

    NearDuplicateIndex read = new NearDuplicateIndex(0.8);
    try (StateReader in = StateReader.open(file)) {
      read.readFrom(in);
      in.finish();
    }

    assertThat(read.size()).isEqualTo(2);
    assertThat(read.find(MinHash.of("UPDATED. " + WIRE))).isEqualTo("wire");
    assertThat(read.find(MinHash.of(OTHER + " More to follow."))).isEqualTo("other");
  }

  @Test
  void unrelatedTextIsNoCopy() {
    NearDuplicateIndex index = new NearDuplicateIndex(0.8);
    index.add("wire", MinHash.of(WIRE));

    assertThat(index.find(MinHash.of(OTHER))).isNull();
    assertThat(MinHash.similarity(MinHash.of(WIRE), MinHash.of(OTHER))).isLessThan(0.1);
  }

  @Test
  void aRewriteSharingOnlyTheTopicIsNoCopy() {
    String rewrite =
        "Hodeidah port was closed on Monday after a storm damaged cranes and the main quay,"
            + " officials said. Dozens of ships with grain and fuel are waiting offshore. Aid"
            + " groups fear shortages of flour and cooking gas in the north.";
    NearDuplicateIndex index = new NearDuplicateIndex(0.8);
    index.add("wire", MinHash.of(WIRE));

    assertThat(index.find(MinHash.of(rewrite))).isNull();
  }

  @Test
  void findsCopiesAmongManyTexts() {
    NearDuplicateIndex index = new NearDuplicateIndex(0.8);
    for (int i = 0; i < 5000; i++) {
      index.add("n" + i, MinHash.of(OTHER + " Item number " + i + " of a long series of notes."));
    }
    index.add("wire", MinHash.of(WIRE));

    assertThat(index.find(MinHash.of("Storm shuts port\n\n" + WIRE))).isEqualTo("wire");
    assertThat(index.size()).isEqualTo(5001);
  }
}

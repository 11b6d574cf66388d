package org.newsgraph.link.vectors;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.link.state.StateReader;
import org.newsgraph.link.state.StateWriter;

class TermVectorsTest {

  @Test
  void aWordSeenBeforeWeighsLessThanANewOne() {
    TermVectors vectors = new TermVectors();
    vectors.add("Storm shuts Yemen port", "");

    SparseVector next = vectors.add("Storm hits Oman", "");

    // "storm" was in the first headline, "oman" was not
    assertThat(next.weights()[0]).isLessThan(next.weights()[2]);
  }

  @Test
  void statisticsReadBackWeighTheNextDocumentAsTheSavedOnes(@TempDir Path tmp) throws IOException {
    TermVectors saved = new TermVectors();
    saved.add(
        "Storm shuts Yemen's main port", "Ships wait off Hodeidah as the storm damages cranes.");
    saved.add("Central bank raises rates", "The bank raised its main rate by half a point.");
    Path file = tmp.resolve("state.bin");
    try (StateWriter out = StateWriter.create(file)) {
      saved.writeTo(out);
      out.commit();
    }
    TermVectors read = new TermVectors();
    try (StateReader in = StateReader.open(file)) {
      read.readFrom(in);
      in.finish();
    }

    SparseVector expected = saved.add("Port of Hodeidah reopens after storm", "Cranes repaired.");
    SparseVector actual = read.add("Port of Hodeidah reopens after storm", "Cranes repaired.");

    assertThat(actual.terms()).containsExactly(expected.terms());
    assertThat(actual.weights()).containsExactly(expected.weights());
  }
}

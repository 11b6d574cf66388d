package org.newsgraph.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.model.Capture;
import org.newsgraph.model.MediaType;

class FileCaptureStoreTest {

  @TempDir Path dir;

  private static final Instant T = Instant.parse("2025-05-05T05:05:05Z");

  @Test
  void storesBytesAndProvenanceUnderTheContentHash() throws IOException {
    FileCaptureStore store = new FileCaptureStore(dir);
    Capture c = Capture.ofText("/in/a.html", MediaType.TEXT_HTML, T, "<p>hello</p>");

    assertTrue(store.put(c));

    Path blob = dir.resolve(c.id().substring(0, 2)).resolve(c.id().substring(2, 4)).resolve(c.id());
    assertArrayEquals(c.content(), Files.readAllBytes(blob));
    Capture back = store.get(c.id()).orElseThrow();
    assertEquals(c, back);
    assertArrayEquals(c.content(), back.content());
  }

  @Test
  void storingTheSameBytesAgainKeepsTheFirstProvenance() throws IOException {
    FileCaptureStore store = new FileCaptureStore(dir);
    Capture first = Capture.ofText("/in/a.txt", MediaType.TEXT_PLAIN, T, "same");
    Capture again = Capture.ofText("/in/b.txt", MediaType.TEXT_PLAIN, T.plusSeconds(60), "same");

    assertTrue(store.put(first));
    assertFalse(store.put(again));

    assertEquals("/in/a.txt", store.get(first.id()).orElseThrow().source());
  }

  @Test
  void leavesNoTemporaryFilesBehind() throws IOException {
    FileCaptureStore store = new FileCaptureStore(dir);
    for (int i = 0; i < 5; i++) {
      store.put(Capture.ofText("/in/" + i, MediaType.TEXT_PLAIN, T, "text " + i));
    }
    try (Stream<Path> files = Files.walk(dir)) {
      assertThat(files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()))
          .hasSize(10)
          .noneMatch(n -> n.contains("incoming"));
    }
  }

  @Test
  void listsEveryStoredCaptureAndFindsNothingForUnknownIds() throws IOException {
    FileCaptureStore store = new FileCaptureStore(dir);
    Capture a = Capture.ofText("/a", MediaType.TEXT_PLAIN, T, "a");
    Capture b = Capture.ofText("/b", MediaType.TEXT_PLAIN, T, "b");
    store.put(a);
    store.put(b);

    List<String> ids = new ArrayList<>();
    store.forEachId(ids::add);

    assertThat(ids).containsExactlyInAnyOrder(a.id(), b.id());
    assertTrue(store.get("0".repeat(64)).isEmpty());
    assertTrue(store.get("../../etc/passwd").isEmpty());
  }

  @Test
  void aCaptureWithoutItsProvenanceFileIsNotComplete() throws IOException {
    FileCaptureStore store = new FileCaptureStore(dir);
    Capture c = Capture.ofText("/a", MediaType.TEXT_PLAIN, T, "interrupted");
    store.put(c);
    Path meta =
        dir.resolve(c.id().substring(0, 2))
            .resolve(c.id().substring(2, 4))
            .resolve(c.id() + ".json");
    Files.delete(meta); // as if the process died between the two writes

    assertTrue(store.get(c.id()).isEmpty());
    assertTrue(store.put(c), "an incomplete capture is written again");
    assertTrue(store.get(c.id()).isPresent());
  }
}

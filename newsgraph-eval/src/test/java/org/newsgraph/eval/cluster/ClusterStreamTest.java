package org.newsgraph.eval.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClusterStreamTest {

  @TempDir Path dir;

  @Test
  void readsItemsInFileOrder() throws IOException {
    Path f = dir.resolve("s.jsonl");
    Files.writeString(
        f,
        """
        {"id": "2", "title": "Fed holds rates", "cluster": "c1", "published": "2014-03-10T12:00:00Z"}

        {"id": "1", "title": "Rates unchanged at Fed", "text": "The Fed kept rates.", "source": "Wire", "cluster": "c1"}
        """);

    List<LabelledItem> items = ClusterStream.read(f);

    assertThat(items).extracting(LabelledItem::id).containsExactly("2", "1");
    assertThat(items.get(0).published()).isEqualTo(Instant.parse("2014-03-10T12:00:00Z"));
    assertThat(items.get(1).text()).isEqualTo("The Fed kept rates.");
    assertThat(items.get(1).published()).isNull();
  }

  @Test
  void namesTheBadLine() throws IOException {
    Path f = dir.resolve("bad.jsonl");
    Files.writeString(
        f, "{\"id\": \"1\", \"title\": \"t\", \"cluster\": \"c\"}\n{\"id\": \"2\"}\n");

    assertThatThrownBy(() -> ClusterStream.read(f))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(f + ":2: needs id, title and cluster");
  }

  @Test
  void rejectsRepeatedIds() throws IOException {
    Path f = dir.resolve("dup.jsonl");
    Files.writeString(
        f,
        "{\"id\": \"1\", \"title\": \"t\", \"cluster\": \"c\"}\n"
            + "{\"id\": \"1\", \"title\": \"u\", \"cluster\": \"c\"}\n");

    assertThatThrownBy(() -> ClusterStream.read(f)).hasMessageContaining("id 1 appears twice");
  }
}

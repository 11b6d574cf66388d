package org.newsgraph.eval.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A labelled stream of articles in a JSON-lines file: one object per line with {@code id}, {@code
 * title}, optional {@code text}, {@code published} (ISO-8601) and {@code source}, and the gold
 * {@code cluster}. Lines are kept in file order, which is the order a clusterer sees them in.
 */
public final class ClusterStream {

  private static final ObjectMapper JSON = new ObjectMapper();

  private ClusterStream() {}

  /**
   * Reads {@code file}.
   *
   * @throws IOException if it cannot be read
   * @throws IllegalArgumentException naming the line, if a line is not valid (no id, no title, no
   *     cluster, a repeated id, bad JSON)
   */
  public static List<LabelledItem> read(Path file) throws IOException {
    List<LabelledItem> out = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      int n = 0;
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        n++;
        if (line.isBlank()) {
          continue;
        }
        JsonNode o;
        try {
          o = JSON.readTree(line);
        } catch (IOException e) {
          throw new IllegalArgumentException(file + ":" + n + ": not JSON");
        }
        String id = text(o, "id");
        String title = text(o, "title");
        String cluster = text(o, "cluster");
        if (id == null || title == null || cluster == null) {
          throw new IllegalArgumentException(file + ":" + n + ": needs id, title and cluster");
        }
        if (!ids.add(id)) {
          throw new IllegalArgumentException(file + ":" + n + ": id " + id + " appears twice");
        }
        String text = text(o, "text");
        out.add(
            new LabelledItem(
                id,
                title,
                text == null ? "" : text,
                instant(text(o, "published")),
                text(o, "source"),
                cluster));
      }
    }
    return out;
  }

  private static String text(JsonNode o, String field) {
    JsonNode v = o.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static Instant instant(String s) {
    if (s == null || s.isBlank()) {
      return null;
    }
    try {
      return OffsetDateTime.parse(s).toInstant();
    } catch (DateTimeParseException e) {
      try {
        return Instant.parse(s);
      } catch (DateTimeParseException e2) {
        return null; // an unreadable time is no time: the clusterer works without
      }
    }
  }
}

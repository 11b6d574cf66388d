package org.newsgraph.eval.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * A labelled extraction data set in the layout of the article extraction benchmark: {@code
 * ground-truth.json} maps each page id to {@code {"articleBody": ..., "url": ...}}, and {@code
 * html/<id>.html.gz} (or {@code .html}) holds the page as fetched.
 */
public final class ExtractionDataset {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path dir;
  private final List<String> ids;
  private final JsonNode truth;

  private ExtractionDataset(Path dir, JsonNode truth) {
    this.dir = dir;
    this.truth = truth;
    List<String> all = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = truth.fields(); it.hasNext(); ) {
      all.add(it.next().getKey());
    }
    all.sort(null);
    this.ids = List.copyOf(all);
  }

  /**
   * Opens the data set in {@code dir}.
   *
   * @throws IOException if {@code ground-truth.json} is missing or not the expected JSON
   */
  public static ExtractionDataset open(Path dir) throws IOException {
    Path file = dir.resolve("ground-truth.json");
    if (!Files.isRegularFile(file)) {
      throw new NoSuchFileException(
          file.toString(), null, "not an extraction data set: no ground-truth.json");
    }
    JsonNode truth = JSON.readTree(file.toFile());
    if (truth == null || !truth.isObject()) {
      throw new IOException(file + ": expected a JSON object of page id to {articleBody, url}");
    }
    return new ExtractionDataset(dir, truth);
  }

  /** The page ids, sorted. */
  public List<String> ids() {
    return ids;
  }

  /** Loads page {@code id}. */
  public LabelledPage page(String id) throws IOException {
    JsonNode entry = truth.path(id);
    return new LabelledPage(
        id, entry.path("url").asText(""), html(id), entry.path("articleBody").asText(""));
  }

  private byte[] html(String id) throws IOException {
    Path gz = dir.resolve("html").resolve(id + ".html.gz");
    if (Files.isRegularFile(gz)) {
      try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
        return in.readAllBytes();
      }
    }
    Path plain = dir.resolve("html").resolve(id + ".html");
    if (Files.isRegularFile(plain)) {
      return Files.readAllBytes(plain);
    }
    throw new NoSuchFileException(gz.toString(), null, "page " + id + " has no HTML file");
  }
}

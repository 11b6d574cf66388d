package org.newsgraph.eval.attribution;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.model.analysis.Span;

/**
 * A labelled attribution data set in the PolNeAR layout: {@code docs.jsonl} lists the documents
 * ({@code doc}, {@code text_file}), {@code text/} holds their texts, and {@code gold.jsonl} one
 * attribution per line with {@code source}, {@code cue} and {@code content} as lists of {@code
 * [start, end)} character offsets.
 */
public final class AttributionDataset {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Map<String, Path> texts;
  private final Map<String, List<LabelledAttribution>> gold;

  private AttributionDataset(Map<String, Path> texts, Map<String, List<LabelledAttribution>> gold) {
    this.texts = texts;
    this.gold = gold;
  }

  /**
   * Opens the data set in {@code dir}.
   *
   * @throws NoSuchFileException if {@code docs.jsonl} or {@code gold.jsonl} is missing
   */
  public static AttributionDataset open(Path dir) throws IOException {
    Map<String, Path> texts = new LinkedHashMap<>();
    for (JsonNode doc : lines(dir.resolve("docs.jsonl"))) {
      texts.put(doc.path("doc").asText(), dir.resolve(doc.path("text_file").asText()));
    }
    Map<String, List<LabelledAttribution>> gold = new LinkedHashMap<>();
    for (JsonNode g : lines(dir.resolve("gold.jsonl"))) {
      String doc = g.path("doc").asText();
      Map<AttributionRole, List<Span>> spans = new EnumMap<>(AttributionRole.class);
      spans.put(AttributionRole.SOURCE, spans(g.path("source")));
      spans.put(AttributionRole.CUE, spans(g.path("cue")));
      spans.put(AttributionRole.CONTENT, spans(g.path("content")));
      gold.computeIfAbsent(doc, k -> new ArrayList<>()).add(new LabelledAttribution(doc, spans));
    }
    return new AttributionDataset(texts, gold);
  }

  /** The document names, in the order of {@code docs.jsonl}. */
  public List<String> docs() {
    return List.copyOf(texts.keySet());
  }

  /** The text of {@code doc}. */
  public String text(String doc) throws IOException {
    return Files.readString(texts.get(doc), StandardCharsets.UTF_8);
  }

  /** The gold attributions of {@code doc}. */
  public List<LabelledAttribution> gold(String doc) {
    return gold.getOrDefault(doc, List.of());
  }

  static List<Span> spans(JsonNode node) {
    List<Span> out = new ArrayList<>();
    for (JsonNode pair : node) {
      out.add(new Span(pair.get(0).asInt(), pair.get(1).asInt()));
    }
    return out;
  }

  private static List<JsonNode> lines(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new NoSuchFileException(
          file.toString(), null, "not an attribution data set: no " + file.getFileName());
    }
    List<JsonNode> out = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isBlank()) {
          out.add(JSON.readTree(line));
        }
      }
    }
    return out;
  }
}

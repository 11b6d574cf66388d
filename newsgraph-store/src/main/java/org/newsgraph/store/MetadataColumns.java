package org.newsgraph.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.newsgraph.model.MetadataField;

/** Lists and source maps of article metadata as the JSON text the catalog stores them in. */
final class MetadataColumns {

  private static final ObjectMapper JSON = new ObjectMapper();

  private MetadataColumns() {}

  static String list(List<String> values) {
    try {
      return JSON.writeValueAsString(values);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a list of strings is always JSON", e);
    }
  }

  static List<String> list(@Nullable String json) {
    if (json == null || json.isBlank()) {
      return List.of();
    }
    try {
      return JSON.readValue(json, new TypeReference<List<String>>() {});
    } catch (JsonProcessingException e) {
      return List.of(); // a damaged cell loses only its own value
    }
  }

  static String sources(Map<MetadataField, String> sources) {
    try {
      return JSON.writeValueAsString(sources);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a map of strings is always JSON", e);
    }
  }

  static Map<MetadataField, String> sources(@Nullable String json) {
    Map<MetadataField, String> out = new EnumMap<>(MetadataField.class);
    if (json == null || json.isBlank()) {
      return out;
    }
    try {
      Map<String, String> raw = JSON.readValue(json, new TypeReference<Map<String, String>>() {});
      for (Map.Entry<String, String> e : raw.entrySet()) {
        try {
          out.put(MetadataField.valueOf(e.getKey()), e.getValue());
        } catch (IllegalArgumentException unknown) {
          // a field from a newer version: kept in the database, not shown here
        }
      }
    } catch (JsonProcessingException e) {
      // a damaged cell loses only its own value
    }
    return out;
  }
}

package org.newsgraph.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.newsgraph.model.analysis.Analysis;

/**
 * How an {@link Analysis} is kept in the {@code analyses} table: the record as JSON. Unknown fields
 * are ignored, so a catalog written by a newer version still reads.
 */
final class AnalysisJson {

  /** The layout written now; bump it when the JSON changes shape. */
  static final int FORMAT = 1;

  private static final ObjectMapper JSON =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private AnalysisJson() {}

  static String write(Analysis analysis) {
    try {
      return JSON.writeValueAsString(analysis);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write analysis as JSON", e);
    }
  }

  static Analysis read(String json) {
    try {
      return JSON.readValue(json, Analysis.class);
    } catch (JsonProcessingException e) {
      throw new CatalogException("stored analysis is not readable: " + e.getOriginalMessage(), e);
    }
  }
}

package org.newsgraph.server.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** The JSON mapper for every public JSON document: times as ISO-8601 strings, nulls written. */
public final class ApiJson {

  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

  private ApiJson() {}

  /** The shared mapper; configured once, safe to share between threads. */
  public static ObjectMapper mapper() {
    return MAPPER;
  }
}

package org.newsgraph.server;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;

/**
 * The {@code limit} and {@code offset} query parameters of a paged request, validated: a bad value
 * is a 400 that names the parameter and the allowed range.
 */
public record Paging(int limit, int offset) {

  /** Most items one page may hold. */
  public static final int MAX_LIMIT = 1000;

  /** Reads {@code limit} (default {@code defaultLimit}) and {@code offset} (default 0). */
  public static Paging of(Context ctx, int defaultLimit) {
    int limit = intParam(ctx, "limit", defaultLimit, 1, MAX_LIMIT);
    int offset = intParam(ctx, "offset", 0, 0, Integer.MAX_VALUE - MAX_LIMIT);
    return new Paging(limit, offset);
  }

  private static int intParam(Context ctx, String name, int fallback, int min, int max) {
    String raw = ctx.queryParam(name);
    if (raw == null || raw.isBlank()) {
      return fallback;
    }
    try {
      int value = Integer.parseInt(raw.strip());
      if (value >= min && value <= max) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below with the allowed range
    }
    throw new BadRequestResponse(
        "query parameter '%s' must be a whole number from %d to %d, got '%s'"
            .formatted(name, min, max, raw));
  }
}

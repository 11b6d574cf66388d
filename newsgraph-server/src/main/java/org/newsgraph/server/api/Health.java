package org.newsgraph.server.api;

/**
 * The body of {@code GET /health}.
 *
 * @param status {@code "ok"} when the catalog and index answer
 * @param articles articles in the catalog
 * @param indexed articles in the search index
 */
public record Health(String status, long articles, long indexed) {}

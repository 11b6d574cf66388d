package org.newsgraph.server.api;

/**
 * The body of every API error response.
 *
 * @param status the HTTP status code
 * @param error the status's name, e.g. {@code "Not Found"}
 * @param message what went wrong, for a person to read and act on
 */
public record ApiError(int status, String error, String message) {}

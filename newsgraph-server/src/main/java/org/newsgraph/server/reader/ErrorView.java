package org.newsgraph.server.reader;

/** An error page: the status and a message that says what to do. */
public record ErrorView(int status, String title, String message) {}

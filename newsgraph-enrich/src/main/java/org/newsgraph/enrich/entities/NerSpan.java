package org.newsgraph.enrich.entities;

/**
 * A name found by the statistical recogniser: token range {@code [firstToken, lastToken]} of one
 * sentence's tokens, character offsets, and its type (PERSON, ORGANIZATION or LOCATION).
 */
record NerSpan(int sentence, int firstToken, int lastToken, int start, int end, String type) {}

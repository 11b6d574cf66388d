package org.newsgraph.store;

/**
 * A point in the sequence of link decisions: the article decided at position {@code seq}, and how
 * many decisions the catalog holds up to and including it. A saved copy of the link stage's memory
 * carries the mark it was saved at, and is used only while the catalog still has that mark.
 */
public record LinkMark(long seq, String articleId, long linked) {}

package org.newsgraph.eval.extract;

/** One page of an extraction data set: its id, address, raw HTML and the true article body. */
public record LabelledPage(String id, String url, byte[] html, String truth) {}

package org.newsgraph.eval.attribution;

/** The three parts of an attribution that are scored separately. */
public enum AttributionRole {
  SOURCE,
  CUE,
  CONTENT
}

package org.newsgraph.store;

/** How far the catalog got with a capture. */
public enum CaptureState {
  /** The catalog has never seen it. */
  UNKNOWN,
  /** An article was extracted from it and stored. */
  EXTRACTED,
  /** It was read but held no usable article; the reason is stored with it. */
  REJECTED
}

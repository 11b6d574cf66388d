package org.newsgraph.model.analysis;

/** Whether attributed content is quoted word for word. */
public enum AttributionKind {
  /** The content is a quotation. */
  DIRECT,
  /** The content is paraphrased (reported speech, beliefs, intentions). */
  INDIRECT,
  /** Paraphrase with quoted words inside it. */
  MIXED
}

package org.newsgraph.model.analysis;

/** How a mention refers to its entity. */
public enum MentionKind {
  /** The name as written ("Donald Trump", "Hezbollah"). */
  NAME,
  /** A later, shorter name ("Trump" for Donald Trump). */
  SHORT_NAME,
  /** An acronym defined in the text or widely known ("IRGC", "IDF", "U.S."). */
  ACRONYM,
  /** A nationality adjective standing for its country ("Iranian"). */
  NATIONALITY,
  /** A capital standing for its country's government ("Tehran warned..."). */
  CAPITAL_FOR_GOVERNMENT
}

package org.newsgraph.model.analysis;

/** How well an attribution's source is identified. */
public enum SourceClass {
  /** A person named in the text ("Defense Minister Israel Katz"). */
  NAMED_PERSON,
  /** An organisation named in the text ("the IDF", "Hezbollah"). */
  NAMED_ORGANIZATION,
  /** Officials not named ("Israeli officials", "intelligence officials", "a senior official"). */
  UNNAMED_OFFICIAL,
  /** Unidentified people ("observers", "analysts", "experts", "critics"). */
  VAGUE,
  /** A document ("a report", "official releases", "intelligence assessments"). */
  DOCUMENT,
  /** No source given, or a thing where people would be ("The incident highlights ..."). */
  NONE
}

package org.newsgraph.model.analysis;

/** What kind of thing an entity is. */
public enum EntityType {
  PERSON,
  ORGANIZATION,
  COUNTRY,
  CITY,
  LOCATION,
  MISC
}

package org.newsgraph.enrich.entities;

import org.jspecify.annotations.Nullable;

/**
 * One phrase the gazetteer knows: what it is and what it stands for.
 *
 * @param kind what the phrase is
 * @param canonical the full name it stands for ("Iran" for "Iranian", "Islamic Revolutionary Guard
 *     Corps" for "IRGC", "foreign minister" for a title)
 * @param country the country it belongs to (a capital's or demonym's country, an organisation's
 *     home), if any
 * @param detail the organisation type or title kind from the data file
 */
record GazetteerEntry(Kind kind, String canonical, @Nullable String country, String detail) {

  /** What a gazetteer phrase is. */
  enum Kind {
    COUNTRY,
    DEMONYM,
    CAPITAL,
    ORGANIZATION,
    TITLE
  }
}

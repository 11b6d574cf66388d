-- Newsgraph catalog, version 3: what enrichment found in each article, and the entities that
-- articles share.

-- One row per analysed article: the analysis as JSON, with entity ids replaced by catalog ids.
CREATE TABLE analyses (
  article_id    TEXT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
  format        INTEGER NOT NULL,         -- version of the JSON layout
  language      TEXT NOT NULL,
  not_analysed  TEXT,                     -- why the analysis stopped early, if it did
  json          TEXT NOT NULL
);

-- Entities across articles. The id is the type and a slug of the name ("person:donald-trump"),
-- so the same name gets the same id in every catalog.
CREATE TABLE entities (
  id       TEXT PRIMARY KEY,
  type     TEXT NOT NULL,
  name     TEXT NOT NULL,
  country  TEXT
);

-- How each article refers to each entity: one row per entity and surface form.
CREATE TABLE article_entities (
  article_id  TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  entity_id   TEXT NOT NULL REFERENCES entities (id),
  alias       TEXT NOT NULL,
  mentions    INTEGER NOT NULL,
  PRIMARY KEY (article_id, entity_id, alias)
);

CREATE INDEX article_entities_by_entity ON article_entities (entity_id);
CREATE INDEX article_entities_by_alias ON article_entities (alias);

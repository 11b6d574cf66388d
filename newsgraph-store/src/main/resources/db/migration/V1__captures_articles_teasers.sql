-- Newsgraph catalog, version 1. Times are milliseconds since the epoch (UTC), so they sort.

-- One row per capture the pipeline has processed; the bytes themselves live in captures/.
CREATE TABLE captures (
  id           TEXT PRIMARY KEY,          -- SHA-256 of the bytes, lowercase hex
  source       TEXT NOT NULL,             -- where the bytes came from (path, path:line, URL)
  media_type   TEXT NOT NULL,
  size         INTEGER NOT NULL,
  captured_at  INTEGER NOT NULL,
  state        TEXT NOT NULL CHECK (state IN ('EXTRACTED', 'REJECTED')),
  reason       TEXT                       -- why it was rejected
);

CREATE TABLE articles (
  id                  TEXT PRIMARY KEY,   -- first 16 hex digits of the capture id
  capture_id          TEXT NOT NULL UNIQUE REFERENCES captures (id),
  url                 TEXT,
  title               TEXT NOT NULL,
  title_derived       INTEGER NOT NULL,
  body                TEXT NOT NULL,
  published           INTEGER,
  declared_language   TEXT,
  language            TEXT NOT NULL,
  site_name           TEXT,
  fingerprint         TEXT NOT NULL,      -- copy fingerprint of the body
  copy_of             TEXT REFERENCES articles (id),
  ingested_at         INTEGER NOT NULL,
  indexed             INTEGER NOT NULL DEFAULT 0
);

CREATE INDEX articles_by_fingerprint ON articles (fingerprint, ingested_at);
CREATE INDEX articles_unindexed ON articles (indexed) WHERE indexed = 0;
CREATE INDEX articles_by_date ON articles (published DESC, ingested_at DESC);

CREATE TABLE teasers (
  article_id  TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  position    INTEGER NOT NULL,
  text        TEXT NOT NULL,
  url         TEXT,
  PRIMARY KEY (article_id, position)
);

-- Newsgraph catalog, version 2: article metadata beyond the core fields, and where each value
-- was read from. Lists and maps are JSON text.

ALTER TABLE articles ADD COLUMN authors TEXT NOT NULL DEFAULT '[]';
ALTER TABLE articles ADD COLUMN modified INTEGER;
ALTER TABLE articles ADD COLUMN section TEXT;
ALTER TABLE articles ADD COLUMN tags TEXT NOT NULL DEFAULT '[]';
ALTER TABLE articles ADD COLUMN image TEXT;
ALTER TABLE articles ADD COLUMN paywalled INTEGER NOT NULL DEFAULT 0;
ALTER TABLE articles ADD COLUMN metadata_sources TEXT NOT NULL DEFAULT '{}';
ALTER TABLE articles ADD COLUMN language_source TEXT;

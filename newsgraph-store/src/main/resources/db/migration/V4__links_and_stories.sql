-- Newsgraph catalog, version 4: what the link stage decided for each article (its vectors, its
-- story, the text it nearly copies) and the stories themselves.

-- One row per linked article, in the order the link stage saw them (seq), which is the order a
-- replay must follow to rebuild the same stories.
CREATE TABLE article_links (
  article_id    TEXT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
  seq           INTEGER NOT NULL UNIQUE,
  embedding     BLOB NOT NULL,            -- float32 little-endian, unit length
  minhash       BLOB NOT NULL,            -- int32 little-endian MinHash signature
  entities      TEXT NOT NULL DEFAULT '[]', -- entity keys the clusterer used, JSON
  story_id      TEXT NOT NULL,
  near_copy_of  TEXT                      -- the earlier article it nearly copies, if any
);

CREATE INDEX article_links_by_story ON article_links (story_id, seq);

CREATE TABLE stories (
  id          TEXT PRIMARY KEY,
  label       TEXT NOT NULL,              -- the most central headline
  first_seen  INTEGER,                    -- earliest publication time among its articles
  last_seen   INTEGER
);

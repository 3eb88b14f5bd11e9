-- 0002: the feeds briefbot follows, the feed items it has taken, and the
-- story each article belongs to. Times are unix seconds (UTC), NULL when
-- unknown; durations are seconds.

CREATE TABLE feeds (
    id            INTEGER PRIMARY KEY,
    url           TEXT    NOT NULL UNIQUE,
    name          TEXT    NOT NULL DEFAULT '',
    lang          TEXT    NOT NULL DEFAULT '',      -- '' to detect per article
    interval_s    INTEGER NOT NULL DEFAULT 0 CHECK (interval_s >= 0), -- 0: the configured default
    enabled       INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1)),
    added         INTEGER,
    -- Polling state, kept across restarts.
    etag          TEXT    NOT NULL DEFAULT '',
    last_modified TEXT    NOT NULL DEFAULT '',
    last_check    INTEGER,
    last_success  INTEGER,
    last_error    TEXT    NOT NULL DEFAULT '',      -- '' when healthy
    failures      INTEGER NOT NULL DEFAULT 0 CHECK (failures >= 0),
    failing_since INTEGER,
    next_check    INTEGER                           -- NULL: due at once
) STRICT;

-- Which enabled feeds are due; NULL (never scheduled) sorts first.
CREATE INDEX feeds_due ON feeds (next_check) WHERE enabled = 1;

-- The items of a feed already taken, by GUID or else link, so a poll takes
-- only new ones. They go with their feed.
CREATE TABLE feed_items (
    feed_id INTEGER NOT NULL REFERENCES feeds (id) ON DELETE CASCADE,
    key     TEXT    NOT NULL,
    seen_at INTEGER NOT NULL,                        -- when it was first taken
    PRIMARY KEY (feed_id, key)
) STRICT, WITHOUT ROWID;

-- The feed an article came from; NULL for files and samples, and once its
-- feed is removed (the article stays).
ALTER TABLE articles ADD COLUMN feed_id INTEGER REFERENCES feeds (id) ON DELETE SET NULL;

-- The story an article reports: the id of the first stored article of that
-- story. Articles stored before stories existed are each a story of their own.
ALTER TABLE articles ADD COLUMN story_id INTEGER NOT NULL DEFAULT 0;
UPDATE articles SET story_id = id;

-- briefbot.SimHash of the text, its 64 bits stored as a signed integer;
-- 0 means unknown (articles stored before fingerprints existed), and such
-- an article is never matched as a near-duplicate.
ALTER TABLE articles ADD COLUMN simhash INTEGER NOT NULL DEFAULT 0;

-- The members of a story.
CREATE INDEX articles_story ON articles (story_id);
-- Removing a feed sets its articles' feed_id to NULL without a table scan.
CREATE INDEX articles_feed ON articles (feed_id) WHERE feed_id IS NOT NULL;

-- The store adds articles to the full-text index itself, with one
-- statement per batch of articles, instead of by a trigger per row: FTS5
-- writes its pending index to disk whenever a statement that touches it
-- begins, so a trigger per inserted row wrote one small segment per article
-- and then spent its time merging them. Updates and deletes still go
-- through their triggers.
DROP TRIGGER articles_fts_insert;

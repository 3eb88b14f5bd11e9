-- 0009: each article's search keys, its places and concepts as exact
-- keys ("pkr" for South Korea, "cdisaster0earthquake"), written at ingest
-- so that a topic becomes a handful of exact terms in any language
-- instead of dozens of words and prefixes merged at every search.
--
-- keys holds them separated by spaces, as the full-text index reads them;
-- keys_version is the version of the rules that wrote them (0: never
-- written), so that the articles stored before new rules are found and
-- keyed again without a table scan.

ALTER TABLE articles ADD COLUMN keys TEXT NOT NULL DEFAULT '';
ALTER TABLE articles ADD COLUMN keys_version INTEGER NOT NULL DEFAULT 0;

CREATE INDEX articles_keys_version ON articles (keys_version, id);

-- FTS5 cannot add a column to a table, so the index is made again with
-- keys as its sixth column and rebuilt from articles, once. Words are
-- searched in the first five columns only (see the store's matchExpr).
DROP TRIGGER articles_fts_delete;
DROP TRIGGER articles_fts_update;
DROP TABLE articles_fts;

CREATE VIRTUAL TABLE articles_fts USING fts5 (
    title, text, summary, who, where_, keys,
    content = 'articles',
    content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, text, summary, who, where_, keys)
    VALUES ('delete', old.id, old.title, old.text, old.summary, old.who, old.where_, old.keys);
END;

CREATE TRIGGER articles_fts_update AFTER UPDATE OF id, title, text, summary, who, where_, keys ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, text, summary, who, where_, keys)
    VALUES ('delete', old.id, old.title, old.text, old.summary, old.who, old.where_, old.keys);
    INSERT INTO articles_fts (rowid, title, text, summary, who, where_, keys)
    VALUES (new.id, new.title, new.text, new.summary, new.who, new.where_, new.keys);
END;

INSERT INTO articles_fts (articles_fts) VALUES ('rebuild');

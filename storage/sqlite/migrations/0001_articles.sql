-- 0001: articles, their summaries, and the full-text index over them.
-- Times are unix seconds (UTC). Text columns hold '' rather than NULL when
-- empty, except published, which is NULL when the article carries no date.

CREATE TABLE articles (
    id           INTEGER PRIMARY KEY,
    source       TEXT    NOT NULL DEFAULT '',
    url          TEXT    NOT NULL DEFAULT '',  -- canonical URL; '' when none
    title        TEXT    NOT NULL DEFAULT '',
    lang         TEXT    NOT NULL DEFAULT '',
    published    INTEGER,                      -- NULL when unknown
    ingested     INTEGER NOT NULL,
    -- The time an article counts at, for windows and "newest first": its
    -- publication time, or when it was ingested. Derived, so never stale.
    seen         INTEGER NOT NULL GENERATED ALWAYS AS (coalesce(published, ingested)) STORED,
    text         TEXT    NOT NULL DEFAULT '',
    content_hash TEXT    NOT NULL,             -- briefbot.ContentHash(text)
    sample       INTEGER NOT NULL DEFAULT 0 CHECK (sample IN (0, 1)),
    -- Summary. who and where_ are JSON arrays of strings.
    who          TEXT    NOT NULL DEFAULT '[]' CHECK (json_valid(who) AND json_type(who) = 'array'),
    what         TEXT    NOT NULL DEFAULT '',
    where_       TEXT    NOT NULL DEFAULT '[]' CHECK (json_valid(where_) AND json_type(where_) = 'array'),
    when_date    TEXT    NOT NULL DEFAULT ''   -- YYYY-MM-DD or ''
                 CHECK (when_date = '' OR when_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    when_text    TEXT    NOT NULL DEFAULT '',
    summary      TEXT    NOT NULL DEFAULT '',
    summary_lang TEXT    NOT NULL DEFAULT ''
) STRICT;

-- One article per canonical URL; articles without a URL are told apart by
-- their content alone.
CREATE UNIQUE INDEX articles_url ON articles (url) WHERE url <> '';
-- One article per content, whatever its URL.
CREATE UNIQUE INDEX articles_content_hash ON articles (content_hash);
-- Windows ("since yesterday") and newest-first listings.
CREATE INDEX articles_seen ON articles (seen);
-- Finding and removing the bundled sample corpus.
CREATE INDEX articles_sample ON articles (sample) WHERE sample = 1;

-- Full-text index over what a reader searches for: the headline, the body,
-- the one-line summary, and the people and places of the summary.
--
-- It is an external-content table (content='articles'): the text is stored
-- once, in articles, and FTS5 keeps only its index, while snippet() and
-- highlight() can still read the text back to show why an article matched.
-- A contentless table would save no more space and could show nothing. The
-- price of external content is that the index must be kept in step with
-- articles by hand, which the three triggers below do; deletes hand FTS5 the
-- old values so it can remove exactly the tokens it indexed.
--
-- unicode61 with remove_diacritics 2 folds case and accents, so "coree"
-- finds "Corée" and "seoul" finds "Séoul".
CREATE VIRTUAL TABLE articles_fts USING fts5 (
    title, text, summary, who, where_,
    content = 'articles',
    content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts (rowid, title, text, summary, who, where_)
    VALUES (new.id, new.title, new.text, new.summary, new.who, new.where_);
END;

CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, text, summary, who, where_)
    VALUES ('delete', old.id, old.title, old.text, old.summary, old.who, old.where_);
END;

CREATE TRIGGER articles_fts_update AFTER UPDATE OF id, title, text, summary, who, where_ ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, text, summary, who, where_)
    VALUES ('delete', old.id, old.title, old.text, old.summary, old.who, old.where_);
    INSERT INTO articles_fts (rowid, title, text, summary, who, where_)
    VALUES (new.id, new.title, new.text, new.summary, new.who, new.where_);
END;

-- 0004: the first and last article of each day, so that a search in a
-- window reads the full-text index only between them. Articles arrive
-- roughly in time order, so the rowids of a window's articles lie between
-- the first id of its first day and the last id of its last: a rowid range
-- that the full-text index applies while it reads its lists, where a time
-- range could only be checked on each match. day is unix days of an
-- article's seen time; first_id and last_id the least and greatest id of
-- an article seen that day. Deleting articles leaves them as they were:
-- still bounds, which is all a search needs.

CREATE TABLE article_days (
    day      INTEGER PRIMARY KEY,
    first_id INTEGER NOT NULL,
    last_id  INTEGER NOT NULL
) STRICT;

INSERT INTO article_days (day, first_id, last_id)
SELECT seen / 86400, min(id), max(id) FROM articles GROUP BY seen / 86400;

CREATE TRIGGER article_days_insert AFTER INSERT ON articles BEGIN
    INSERT INTO article_days (day, first_id, last_id) VALUES (new.seen / 86400, new.id, new.id)
    ON CONFLICT (day) DO UPDATE SET first_id = min(first_id, excluded.first_id), last_id = max(last_id, excluded.last_id);
END;

CREATE TRIGGER article_days_update AFTER UPDATE OF published, ingested ON articles BEGIN
    INSERT INTO article_days (day, first_id, last_id) VALUES (new.seen / 86400, new.id, new.id)
    ON CONFLICT (day) DO UPDATE SET first_id = min(first_id, excluded.first_id), last_id = max(last_id, excluded.last_id);
END;

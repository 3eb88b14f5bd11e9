-- 0010: whether an article's Where is the country of its main actor
-- rather than a place its text names (an article that names no place:
-- "the Federal Reserve" → United States), so that a brief can say so.

ALTER TABLE articles ADD COLUMN where_inferred INTEGER NOT NULL DEFAULT 0 CHECK (where_inferred IN (0, 1));

-- 0002: whether an article's Where is the country of its main actor
-- rather than a place its text names (an article that names no place:
-- "the Federal Reserve" → United States), so that a brief can say so.

ALTER TABLE articles ADD COLUMN where_inferred boolean NOT NULL DEFAULT false;

-- 0006: articles whose summary could not be written. The summarizer failed
-- on them (it is contained, so the article is stored all the same), and
-- `briefbot resummarize` retries them.

ALTER TABLE articles ADD COLUMN summary_error TEXT NOT NULL DEFAULT '';  -- '' when summarized

-- Finding the articles to retry without a table scan.
CREATE INDEX articles_summary_error ON articles (id) WHERE summary_error <> '';

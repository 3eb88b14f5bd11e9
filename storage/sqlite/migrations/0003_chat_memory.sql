-- 0003: what each chat remembers for follow-up questions: the articles of
-- its last brief and its last few questions. A chat is its platform and the
-- platform's chat id. Times are unix seconds (UTC).

CREATE TABLE chat_briefs (
    platform TEXT    NOT NULL,
    chat_id  TEXT    NOT NULL,
    topic    TEXT    NOT NULL,
    at       INTEGER NOT NULL,
    PRIMARY KEY (platform, chat_id)
) STRICT, WITHOUT ROWID;

-- The articles a brief showed, in its order. No foreign key to articles:
-- retention may delete an article, and a recall simply skips it.
CREATE TABLE chat_brief_articles (
    platform   TEXT    NOT NULL,
    chat_id    TEXT    NOT NULL,
    pos        INTEGER NOT NULL CHECK (pos >= 0),
    article_id INTEGER NOT NULL,
    PRIMARY KEY (platform, chat_id, pos),
    FOREIGN KEY (platform, chat_id) REFERENCES chat_briefs (platform, chat_id) ON DELETE CASCADE
) STRICT, WITHOUT ROWID;

-- The questions a chat asked and the answers it got, newest kept.
CREATE TABLE chat_turns (
    id       INTEGER PRIMARY KEY,
    platform TEXT    NOT NULL,
    chat_id  TEXT    NOT NULL,
    at       INTEGER NOT NULL,
    question TEXT    NOT NULL,
    answer   TEXT    NOT NULL
) STRICT;

CREATE INDEX chat_turns_chat ON chat_turns (platform, chat_id, id);

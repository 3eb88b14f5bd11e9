-- 0005: daily digests. A chat's time zone, its subscriptions to topics and
-- the delivery log that makes each (subscription, local date) digest happen
-- once. Times are unix seconds (UTC); local dates are YYYY-MM-DD.

CREATE TABLE chat_settings (
    platform TEXT NOT NULL,
    chat_id  TEXT NOT NULL,
    zone     TEXT NOT NULL,
    PRIMARY KEY (platform, chat_id)
) STRICT, WITHOUT ROWID;

CREATE TABLE subscriptions (
    id           INTEGER PRIMARY KEY,
    platform     TEXT    NOT NULL,
    chat_id      TEXT    NOT NULL,
    topic        TEXT    NOT NULL,
    local_time   TEXT    NOT NULL CHECK (local_time GLOB '[0-2][0-9]:[0-5][0-9]'),
    zone         TEXT    NOT NULL,
    notify_empty INTEGER NOT NULL DEFAULT 0 CHECK (notify_empty IN (0, 1)),
    created      INTEGER NOT NULL,
    paused       TEXT    NOT NULL DEFAULT '',
    last_date    TEXT    NOT NULL DEFAULT '',
    last_digest  INTEGER NOT NULL DEFAULT 0,
    UNIQUE (platform, chat_id, topic)
) STRICT;

-- One row per subscription and local date: the primary key is what makes a
-- second claim of the same digest fail.
CREATE TABLE deliveries (
    subscription_id INTEGER NOT NULL REFERENCES subscriptions (id) ON DELETE CASCADE,
    local_date      TEXT    NOT NULL,
    state           TEXT    NOT NULL CHECK (state IN ('claimed', 'sending', 'sent', 'empty', 'skipped', 'failed')),
    claimed         INTEGER NOT NULL,
    attempted       INTEGER NOT NULL DEFAULT 0,
    note            TEXT    NOT NULL DEFAULT '',
    PRIMARY KEY (subscription_id, local_date)
) STRICT, WITHOUT ROWID;

CREATE INDEX deliveries_pending ON deliveries (state) WHERE state IN ('claimed', 'sending');

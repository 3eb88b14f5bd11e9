-- 0008: the language a chat reads briefbot in. A chat's own choice
-- (/language) is a chat setting beside its time zone; a subscription keeps
-- the language its chat read in when it subscribed, for the digests of a
-- chat that chose none. '' is none: a chat with no setting follows its
-- platform's language, and a row made for a language alone has no zone.

ALTER TABLE chat_settings ADD COLUMN lang TEXT NOT NULL DEFAULT '';
ALTER TABLE subscriptions ADD COLUMN lang TEXT NOT NULL DEFAULT '';

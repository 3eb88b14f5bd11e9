-- 0007: deliveries held by one scheduler at a time, part by part. Several
-- briefbot processes may share one database: the scheduler that claims or
-- takes a delivery owns it until its lease expires (renewed with every part
-- it sends), and only then may another take it. A digest is stored as first
-- built, with how many of its parts were sent, so a retry or a restart
-- sends the same message from the first part not yet sent. Times are unix
-- seconds (UTC).

ALTER TABLE deliveries ADD COLUMN owner       TEXT    NOT NULL DEFAULT '';
ALTER TABLE deliveries ADD COLUMN lease_until INTEGER NOT NULL DEFAULT 0;  -- 0: free to take
ALTER TABLE deliveries ADD COLUMN digest      TEXT    NOT NULL DEFAULT '';  -- '' until built
ALTER TABLE deliveries ADD COLUMN built       INTEGER NOT NULL DEFAULT 0;
ALTER TABLE deliveries ADD COLUMN parts       INTEGER NOT NULL DEFAULT 0 CHECK (parts >= 0);
ALTER TABLE deliveries ADD COLUMN parts_sent  INTEGER NOT NULL DEFAULT 0 CHECK (parts_sent >= 0);

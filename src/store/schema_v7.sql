-- Schema 7: a tamper-evident audit log. Each row carries the SHA-256 of its own content chained to
-- the previous row's hash (`jingpin audit verify`): a row changed, deleted or inserted by hand
-- breaks the chain at that row. Rows written before this schema are chained when it is applied.
ALTER TABLE audit ADD COLUMN prev TEXT NOT NULL DEFAULT '';
ALTER TABLE audit ADD COLUMN hash TEXT NOT NULL DEFAULT '';

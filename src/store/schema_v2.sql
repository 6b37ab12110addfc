-- Schema 2: the session's secret, from which each judge's score-sheet HMAC key is derived.
-- Sessions made before it get one the first time sheets are exported.
ALTER TABLE session ADD COLUMN secret TEXT NOT NULL DEFAULT '';

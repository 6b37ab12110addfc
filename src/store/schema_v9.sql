-- Schema 9: the roster's teachers matched against the bar register (失信名单) when they came in.
-- Kept in the session, so the file says what was found wherever it goes; the chair confirms
-- (the lesson is kept out, reason `barred`) or dismisses (a namesake) each, with a reason.
CREATE TABLE bar_match (
    lesson  TEXT NOT NULL,
    teacher TEXT NOT NULL,
    entry   TEXT NOT NULL,                  -- JSON: the register entry as it was matched
    kind    TEXT NOT NULL,                  -- exact | possible
    status  TEXT NOT NULL DEFAULT 'pending',-- pending | confirmed | dismissed
    note    TEXT NOT NULL DEFAULT '',       -- the chair's reason
    PRIMARY KEY (lesson, teacher, entry)
);

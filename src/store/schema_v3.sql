-- Schema 3: merged score sheets and the chair's decisions.
-- Every accepted sheet is kept (judge, revision, content); a judge's current scores are derived
-- from the set — the highest revision, unless two different contents share it (a conflict) — so
-- the order in which sheets arrive never matters.
CREATE TABLE sheet_import (
    judge         TEXT NOT NULL REFERENCES judge(id),
    revision      INTEGER NOT NULL,
    content_hash  TEXT NOT NULL,
    status        TEXT NOT NULL,          -- intact | external_edit
    file          TEXT NOT NULL,
    imported_at   TEXT NOT NULL,
    scores        TEXT NOT NULL,          -- JSON: lesson id -> LessonScores
    changes       TEXT NOT NULL,          -- JSON: cells changed outside the app
    PRIMARY KEY (judge, revision, content_hash)
);
CREATE TABLE judgement (
    judge     TEXT NOT NULL REFERENCES judge(id),
    lesson    TEXT NOT NULL REFERENCES lesson(id),
    revision  INTEGER NOT NULL,
    scores    TEXT NOT NULL,              -- JSON LessonScores
    PRIMARY KEY (judge, lesson)
);
CREATE TABLE absence (
    judge   TEXT PRIMARY KEY REFERENCES judge(id),
    reason  TEXT NOT NULL
);
CREATE TABLE decision (
    id         INTEGER PRIMARY KEY CHECK (id = 1),
    decisions  TEXT NOT NULL,            -- JSON aggregate::Decisions
    finalized  TEXT                      -- RFC 3339 when the chair finalized
);

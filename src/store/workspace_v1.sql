-- A judge's local workspace: their sheet's lessons and rubrics, and every score as they enter it.
CREATE TABLE meta (
    key    TEXT PRIMARY KEY,
    value  TEXT NOT NULL
);
CREATE TABLE rubric (
    category  TEXT PRIMARY KEY,
    sheet     TEXT NOT NULL,
    toml      TEXT NOT NULL
);
CREATE TABLE lesson (
    id        TEXT PRIMARY KEY,
    seq       INTEGER NOT NULL UNIQUE,
    category  TEXT NOT NULL REFERENCES rubric(category),
    fields    TEXT NOT NULL,          -- JSON LessonFields
    scores    TEXT NOT NULL           -- JSON LessonScores
);
CREATE TABLE state (
    id        INTEGER PRIMARY KEY CHECK (id = 1),
    locked    INTEGER NOT NULL,
    revision  INTEGER NOT NULL
);

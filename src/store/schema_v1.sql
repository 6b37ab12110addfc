-- Schema 1: the session, its rubrics, lessons, panels, judges, the assignment and the audit log.
CREATE TABLE session (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    uid         TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    settings    TEXT NOT NULL            -- JSON of settings::Settings
);
CREATE TABLE rubric (
    category     TEXT PRIMARY KEY,       -- one rubric per category in a session
    rubric_id    TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    toml         TEXT NOT NULL           -- the rubric as it was when the session took it
);
CREATE TABLE lesson (
    id        TEXT PRIMARY KEY,
    seq       INTEGER NOT NULL UNIQUE,
    category  TEXT NOT NULL,
    region    TEXT NOT NULL,
    stage     TEXT NOT NULL,
    subject   TEXT NOT NULL,
    grade     TEXT NOT NULL,
    edition   TEXT NOT NULL,
    node      TEXT NOT NULL,
    title     TEXT NOT NULL,
    teachers  TEXT NOT NULL,             -- JSON array
    school    TEXT NOT NULL,
    source    TEXT NOT NULL,             -- JSON Location
    warnings  TEXT NOT NULL,             -- JSON array of Problem
    UNIQUE (category, node, title, teachers)
);
CREATE TABLE panel (
    name        TEXT PRIMARY KEY,
    categories  TEXT NOT NULL,           -- JSON arrays; empty = any
    stages      TEXT NOT NULL,
    subjects    TEXT NOT NULL
);
CREATE TABLE judge (
    id      TEXT PRIMARY KEY,
    seq     INTEGER NOT NULL UNIQUE,
    name    TEXT NOT NULL,
    unit    TEXT NOT NULL,
    region  TEXT NOT NULL,
    panel   TEXT NOT NULL REFERENCES panel(name) ON UPDATE CASCADE,
    role    TEXT NOT NULL,
    source  TEXT NOT NULL,
    UNIQUE (name, unit)
);
CREATE TABLE assignment (
    judge   TEXT NOT NULL REFERENCES judge(id),
    lesson  TEXT NOT NULL REFERENCES lesson(id),
    PRIMARY KEY (judge, lesson)
);
CREATE TABLE recusal (
    judge   TEXT NOT NULL REFERENCES judge(id),
    lesson  TEXT NOT NULL REFERENCES lesson(id),
    reason  TEXT NOT NULL,
    PRIMARY KEY (judge, lesson)
);
CREATE TABLE shortfall (
    lesson    TEXT PRIMARY KEY REFERENCES lesson(id),
    panel     TEXT,
    required  INTEGER NOT NULL,
    assigned  INTEGER NOT NULL
);
CREATE TABLE audit (
    seq     INTEGER PRIMARY KEY AUTOINCREMENT,
    at      TEXT NOT NULL,               -- RFC 3339, UTC
    who     TEXT NOT NULL,
    action  TEXT NOT NULL,
    target  TEXT NOT NULL,
    old     TEXT,
    new     TEXT
);

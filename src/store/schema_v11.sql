-- Schema 11: 查重. The last screening of the lessons' documents (findings, files not screened,
-- the options used), and the text of every document a finding names, so that its passages can be
-- shown side by side without the materials folder.
CREATE TABLE similar_run (
    id     INTEGER PRIMARY KEY CHECK (id = 1),
    at     TEXT NOT NULL,
    report TEXT NOT NULL
);
CREATE TABLE similar_text (
    hash TEXT PRIMARY KEY,
    text TEXT NOT NULL
);
-- A finding the chair looked at and dismissed (a teacher's own earlier work, a joint lesson),
-- with the reason; kept across reruns by the two documents it names.
CREATE TABLE similar_dismissal (
    a_lesson TEXT NOT NULL,
    a_file   TEXT NOT NULL,
    b_lesson TEXT NOT NULL,
    b_file   TEXT NOT NULL,
    reason   TEXT NOT NULL,
    who      TEXT NOT NULL,
    at       TEXT NOT NULL,
    PRIMARY KEY (a_lesson, a_file, b_lesson, b_file)
);

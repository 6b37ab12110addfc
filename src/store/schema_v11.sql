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

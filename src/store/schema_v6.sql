-- Schema 6: 形式审查 — the last check of each lesson's submitted materials, and the run it came from.
-- A new run replaces them all (the audit log keeps that it ran, when, by whom, on which folder).
CREATE TABLE material_check (
    lesson  TEXT PRIMARY KEY REFERENCES lesson(id) ON DELETE CASCADE,
    status  TEXT NOT NULL,               -- passed | warnings | failed
    result  TEXT NOT NULL                -- JSON materials::LessonCheck
);
CREATE TABLE material_run (
    id         INTEGER PRIMARY KEY CHECK (id = 1),
    root       TEXT NOT NULL,            -- the materials folder
    at         TEXT NOT NULL,            -- RFC 3339
    unmatched  TEXT NOT NULL             -- JSON: folders that matched no lesson
);
-- Lessons the chair keeps out of the evaluation after 形式审查 (not assigned, not ranked), with
-- the reason; the chair may also keep a failing lesson in.
CREATE TABLE exclusion (
    lesson  TEXT PRIMARY KEY REFERENCES lesson(id) ON DELETE CASCADE,
    reason  TEXT NOT NULL
);

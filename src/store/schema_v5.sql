-- Schema 5: what the session issued, and the chair's confirmation of sheets it cannot verify.
--
-- Every blank sheet written for a judge is recorded with its token (an HMAC of the session
-- secret over judge, time and lessons, carried in the sheet): a returned sheet whose signature
-- does not verify is read against the issue its token names, never against its own hidden sheet.
CREATE TABLE sheet_issue (
    token       TEXT PRIMARY KEY,
    judge       TEXT NOT NULL REFERENCES judge(id),
    issued_at   TEXT NOT NULL,             -- RFC 3339, the sheet's generated_at
    revision    INTEGER NOT NULL,
    categories  TEXT NOT NULL              -- JSON: [{category, sheet, rubric_hash, lessons}]
);
-- verified: the sheet's signature held (its judge and revision are the judge app's own).
-- confirmed: NULL while the sheet waits for the chair (an edit made outside the app, or a sheet
-- that cannot be verified); 0 when it counts without confirmation (intact); otherwise the order
-- in which the chair confirmed it, which settles a same-revision conflict in favour of the
-- latest confirmation. Sheets stored before this schema were counted when they were imported
-- and keep counting.
ALTER TABLE sheet_import ADD COLUMN verified INTEGER NOT NULL DEFAULT 1;
ALTER TABLE sheet_import ADD COLUMN confirmed INTEGER DEFAULT 0;
-- The top tier of a judge's sheets that count: verified before unverified, then the highest
-- revision. (Correlated subqueries rather than window functions, so that a look-up of one judge
-- reads only that judge's rows.)
CREATE VIEW top_sheet AS
    SELECT * FROM sheet_import s
    WHERE s.confirmed IS NOT NULL
      AND NOT EXISTS (SELECT 1 FROM sheet_import t
                      WHERE t.judge = s.judge AND t.confirmed IS NOT NULL
                        AND (t.verified > s.verified OR (t.verified = s.verified AND t.revision > s.revision)));
-- A judge's current sheet: the top tier's only content, or the one the chair confirmed last;
-- two contents and no confirmation between them is a conflict, and then none.
DROP VIEW current_sheet;
CREATE VIEW current_sheet AS
    SELECT judge, revision, content_hash, scores FROM top_sheet s
    WHERE NOT EXISTS (SELECT 1 FROM top_sheet u
                      WHERE u.judge = s.judge AND u.content_hash <> s.content_hash AND u.confirmed >= s.confirmed);

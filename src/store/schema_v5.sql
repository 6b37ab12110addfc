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
-- A judge's current sheet: among the sheets that count, verified before unverified, then the
-- highest revision; when that tier holds several contents, the one the chair confirmed last,
-- else none (a conflict).
DROP VIEW current_sheet;
CREATE VIEW current_sheet AS
    SELECT judge, revision, content_hash, scores FROM (
        SELECT judge, revision, content_hash, scores, confirmed,
               RANK() OVER (PARTITION BY judge ORDER BY verified DESC, revision DESC) AS tier,
               COUNT(*) OVER w AS contents,
               MAX(confirmed) OVER w AS settled
        FROM sheet_import WHERE confirmed IS NOT NULL
        WINDOW w AS (PARTITION BY judge, verified, revision))
    WHERE tier = 1 AND (contents = 1 OR (settled > 0 AND confirmed = settled));

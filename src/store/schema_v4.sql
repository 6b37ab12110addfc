-- Schema 4: a judge's current scores are read from their current sheet instead of being copied
-- into one row per lesson. Which sheet is current follows from the accepted sheets alone (the
-- highest revision, unless two different contents share it: a conflict, and then none), so it is
-- a view, with nothing to keep in step. The dropped table held only copies of sheet_import rows.
DROP TABLE judgement;
CREATE VIEW current_sheet AS
    SELECT judge, revision, content_hash, scores FROM sheet_import s
    WHERE revision = (SELECT MAX(revision) FROM sheet_import t WHERE t.judge = s.judge)
      AND NOT EXISTS (SELECT 1 FROM sheet_import u
                      WHERE u.judge = s.judge AND u.revision = s.revision AND u.content_hash <> s.content_hash);

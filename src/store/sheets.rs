//! Returned score sheets: what the session issued to each judge, the sheets it accepted, the
//! chair's confirmations, and which sheet of a judge counts (see `schema_v5.sql`).

use std::collections::BTreeMap;
use std::path::Path;

use rusqlite::{params, Connection, OptionalExtension, Transaction};
use serde::{Deserialize, Serialize};

use super::{audit, database_error, exec, from_json, json, Actor, Store};
use crate::error::{Error, ErrorKind};
use crate::judges::JudgeId;
use crate::roster::LessonId;
use crate::scores::LessonScores;
use crate::sheet::read::SheetStatus;
use crate::sheet::IssuedSheet;

impl Store {
    /// Records blank sheets as issued (the session's own account of what each judge received),
    /// audited; issuing the same sheet twice records it once.
    pub fn record_issues(&mut self, issues: &[IssuedSheet], actor: &Actor) -> Result<(), Error> {
        let (tx, path) = self.begin_write()?;
        let err = database_error(path);
        for i in issues {
            let added = exec(
                &tx,
                "INSERT OR IGNORE INTO sheet_issue (token, judge, issued_at, revision, categories) VALUES (?1, ?2, ?3, ?4, ?5)",
                params![i.token, i.judge.as_str(), i.issued_at, i.revision, json(&i.categories)],
            )
            .map_err(err)?;
            if added > 0 {
                let lessons = i.lesson_ids().map(LessonId::as_str).collect::<Vec<_>>().join(",");
                audit(
                    &tx,
                    actor,
                    "sheet.issue",
                    i.judge.as_str(),
                    None,
                    Some(&format!("{} {lessons}", i.issued_at)),
                )
                .map_err(err)?;
            }
        }
        tx.commit().map_err(err)
    }

    /// Every sheet the session issued, by token.
    pub fn issued_sheets(&self) -> Result<BTreeMap<String, IssuedSheet>, Error> {
        let e = self.db_err();
        let mut stmt = self
            .conn
            .prepare("SELECT token, judge, issued_at, revision, categories FROM sheet_issue")
            .map_err(&e)?;
        let rows = stmt
            .query_map([], |r| {
                Ok(IssuedSheet {
                    token: r.get(0)?,
                    judge: JudgeId::new(r.get::<_, String>(1)?),
                    issued_at: r.get(2)?,
                    revision: r.get(3)?,
                    categories: from_json(&r.get::<_, String>(4)?)?,
                })
            })
            .map_err(&e)?;
        rows.map(|r| r.map(|i| (i.token.clone(), i)))
            .collect::<Result<_, _>>()
            .map_err(&e)
    }

    /// Stores an accepted sheet and re-derives its judge's current scores, in one transaction.
    #[cfg(test)]
    pub(crate) fn import_sheet(&mut self, sheet: &ImportedSheet, actor: &Actor) -> Result<SheetMerge, Error> {
        let batch = self.sheet_batch()?;
        let merge = batch.import(&sheet.clone().prepare(), false, actor)?;
        batch.commit()?;
        Ok(merge)
    }

    /// Opens one transaction for many sheets: every sheet imported through the batch is stored
    /// when it commits, and none if it is dropped (an error anywhere rolls all of them back).
    pub fn sheet_batch(&mut self) -> Result<SheetBatch<'_>, Error> {
        // 定稿 checked inside the batch's transaction: one committed while this import waited is seen
        let (tx, path) = self.begin_write()?;
        Ok(SheetBatch { tx, path })
    }

    /// Every judge's current scores: (judge, lesson) → scores, from each judge's current sheet.
    pub fn judgements(&self) -> Result<BTreeMap<(JudgeId, LessonId), LessonScores>, Error> {
        self.judgement_rows()?.parse()
    }

    /// Each judge's current scores as stored (JSON), to be parsed apart from the connection: the
    /// results read the roster while the scores are parsed.
    pub fn judgement_rows(&self) -> Result<StoredJudgements, Error> {
        let e = self.db_err();
        let mut stmt = self
            .conn
            .prepare("SELECT judge, scores FROM current_sheet ORDER BY judge")
            .map_err(&e)?;
        let rows: Vec<(String, String)> = stmt
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
            .map_err(&e)?
            .collect::<Result<_, _>>()
            .map_err(&e)?;
        Ok(StoredJudgements {
            path: self.path.clone(),
            rows,
        })
    }

    /// The accepted sheets, in (judge, revision) order.
    pub fn sheet_imports(&self) -> Result<Vec<SheetRecord>, Error> {
        let e = self.db_err();
        let mut stmt = self
            .conn
            .prepare(
                "SELECT judge, revision, content_hash, status, file, changes, confirmed IS NOT NULL
                 FROM sheet_import ORDER BY judge, revision, content_hash",
            )
            .map_err(&e)?;
        let rows = stmt
            .query_map([], |r| {
                Ok(SheetRecord {
                    judge: JudgeId::new(r.get::<_, String>(0)?),
                    revision: r.get(1)?,
                    content_hash: r.get(2)?,
                    status: status_at(r, 3)?,
                    file: r.get(4)?,
                    changes: from_json::<Vec<serde_json::Value>>(&r.get::<_, String>(5)?)?.len() as u32,
                    counts: r.get(6)?,
                })
            })
            .map_err(&e)?;
        rows.collect::<Result<_, _>>().map_err(&e)
    }

    /// Judges whose sheets that count leave a tie the chair has not settled: two different
    /// contents in the top tier (see the `current_sheet` view), with that revision.
    pub fn conflicts(&self) -> Result<Vec<(JudgeId, u32)>, Error> {
        let mut out: Vec<(JudgeId, u32)> = self
            .waiting_sheets()?
            .into_iter()
            .filter(|w| w.reason == WaitReason::Conflict)
            .map(|w| (w.judge, w.revision))
            .collect();
        out.dedup();
        Ok(out)
    }

    /// The sheets waiting for the chair: edits made outside the app and sheets that cannot be
    /// verified (stored, not counted until confirmed), and the contents of every unsettled
    /// same-revision conflict. In (judge, revision, content) order.
    pub fn waiting_sheets(&self) -> Result<Vec<WaitingSheet>, Error> {
        let e = self.db_err();
        let mut stmt = self
            .conn
            .prepare(
                "SELECT s.judge, s.revision, s.content_hash, s.status, s.file, s.imported_at, s.changes,
                        s.confirmed IS NOT NULL, s.scores
                 FROM sheet_import s
                 WHERE s.confirmed IS NULL
                    OR (s.judge NOT IN (SELECT judge FROM current_sheet)
                        AND EXISTS (SELECT 1 FROM top_sheet c WHERE c.judge = s.judge AND c.revision = s.revision
                                    AND c.content_hash = s.content_hash))
                 ORDER BY s.judge, s.revision, s.content_hash",
            )
            .map_err(&e)?;
        let rows = stmt
            .query_map([], |r| {
                Ok(WaitingSheet {
                    judge: JudgeId::new(r.get::<_, String>(0)?),
                    revision: r.get(1)?,
                    content_hash: r.get(2)?,
                    status: status_at(r, 3)?,
                    file: r.get(4)?,
                    imported_at: r.get(5)?,
                    changes: from_json(&r.get::<_, String>(6)?)?,
                    reason: if r.get(7)? {
                        WaitReason::Conflict
                    } else {
                        WaitReason::Unconfirmed
                    },
                    lessons: from_json::<BTreeMap<LessonId, LessonScores>>(&r.get::<_, String>(8)?)?
                        .into_iter()
                        .map(|(lesson, s)| WaitingLesson::of(lesson, &s))
                        .collect(),
                })
            })
            .map_err(&e)?;
        rows.collect::<Result<_, _>>().map_err(&e)
    }

    /// The chair confirms one waiting sheet of `judge` (its scores count from now on, audited with
    /// every changed cell), or settles a same-revision conflict in its favour. `pick` narrows the
    /// waiting sheets to one; several left is an error naming their files.
    pub fn confirm_sheet(&mut self, judge: &JudgeId, pick: &SheetPick, actor: &Actor) -> Result<SheetMerge, Error> {
        let candidates: Vec<WaitingSheet> = self
            .waiting_sheets()?
            .into_iter()
            .filter(|w| &w.judge == judge && pick.matches(w))
            .collect();
        let sheet = match candidates.as_slice() {
            [one] => one.clone(),
            [] => {
                return Err(ErrorKind::NothingToConfirm {
                    judge: judge.to_string(),
                    revision: pick.revision,
                }
                .into())
            }
            many => {
                return Err(ErrorKind::AmbiguousSheet {
                    judge: judge.to_string(),
                    files: many
                        .iter()
                        .map(|w| format!("{} (revision {})", w.file, w.revision))
                        .collect(),
                }
                .into())
            }
        };
        let batch = self.sheet_batch()?;
        let err = database_error(batch.path);
        let before = current(&batch.tx, judge).map_err(err)?;
        confirm(
            &batch.tx,
            judge,
            sheet.revision,
            &sheet.content_hash,
            &sheet.file,
            &sheet.changes,
            actor,
        )
        .map_err(err)?;
        let merge = batch.outcome(judge, &sheet.content_hash, before, actor)?;
        batch.commit()?;
        Ok(merge)
    }
}

/// Which waiting sheet `sheets confirm` means: any of the judge's, narrowed by revision, content
/// hash or file name.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct SheetPick {
    pub revision: Option<u32>,
    pub content_hash: Option<String>,
    /// The file's path or its name alone.
    pub file: Option<String>,
}

impl SheetPick {
    fn matches(&self, w: &WaitingSheet) -> bool {
        let name = |f: &str| {
            Path::new(f)
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default()
        };
        self.revision.is_none_or(|r| r == w.revision)
            && self.content_hash.as_ref().is_none_or(|h| *h == w.content_hash)
            && self
                .file
                .as_ref()
                .is_none_or(|f| *f == w.file || name(f) == name(&w.file))
    }
}

/// Why a stored sheet waits for the chair.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
#[derive(strum::IntoStaticStr)]
#[strum(serialize_all = "snake_case")]
pub enum WaitReason {
    /// Edited outside the app, or not verifiable: its scores count once the chair confirms.
    Unconfirmed,
    /// One of two or more different contents of the judge's top revision.
    Conflict,
}

impl WaitReason {
    /// The reason's stable code, as serialized.
    pub fn code(self) -> &'static str {
        self.into()
    }
}

/// A stored sheet that waits for the chair, with every cell it changes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct WaitingSheet {
    pub judge: JudgeId,
    pub revision: u32,
    pub content_hash: String,
    /// `intact`, `external_edit` or `unverified`.
    pub status: SheetStatus,
    pub file: String,
    pub imported_at: String,
    pub changes: Vec<crate::sheet::read::SheetChange>,
    pub reason: WaitReason,
    /// What the sheet says of each lesson, for confirming a sheet filled in a spreadsheet program
    /// from a summary instead of cell by cell.
    pub lessons: Vec<WaitingLesson>,
}

/// One lesson of a waiting sheet, summed up: its total, its veto items, whether it has a comment
/// and its 未评 reason.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct WaitingLesson {
    pub lesson: LessonId,
    /// The sum of the scores given (none given: no total).
    pub total: Option<crate::points::Points>,
    /// Indicators left blank.
    pub blank: u32,
    pub vetoes: Vec<String>,
    pub comment: bool,
    pub unscored: Option<String>,
}

impl WaitingLesson {
    fn of(lesson: LessonId, s: &LessonScores) -> WaitingLesson {
        let given: Vec<crate::points::Points> = s.scores.iter().flatten().copied().collect();
        WaitingLesson {
            lesson,
            total: (!given.is_empty()).then(|| given.iter().copied().sum()),
            blank: s.scores.iter().filter(|x| x.is_none()).count() as u32,
            vetoes: s.vetoes.iter().map(|v| v.veto.clone()).collect(),
            comment: !s.comment.trim().is_empty(),
            unscored: s.unscored.clone(),
        }
    }
}

/// A sheet the reader accepted, as the store keeps it.
#[derive(Debug, Clone)]
pub struct ImportedSheet {
    pub judge: JudgeId,
    pub revision: u32,
    pub status: SheetStatus,
    pub file: String,
    pub scores: BTreeMap<LessonId, LessonScores>,
    pub changes: Vec<crate::sheet::read::SheetChange>,
}

impl ImportedSheet {
    /// Computes the stored form (JSON, content hash). Pure, so a batch import prepares sheets on
    /// every core and only the writes run on the store's thread.
    pub fn prepare(self) -> PreparedSheet {
        let lessons = self.scores.iter().map(|(l, s)| (l.clone(), json(s))).collect();
        PreparedSheet::new(
            self.judge,
            self.revision,
            self.status,
            self.file,
            lessons,
            &self.changes,
        )
    }
}

/// A sheet ready to store (see [`ImportedSheet::prepare`]).
#[derive(Debug, Clone)]
pub struct PreparedSheet {
    judge: JudgeId,
    revision: u32,
    status: SheetStatus,
    file: String,
    /// The whole sheet's scores as stored in `sheet_import`: lesson id → scores.
    pub(super) scores: String,
    pub(super) hash: String,
    changes: String,
}

/// Each judge's current scores as stored: (judge, JSON of lesson → scores), in judge order.
#[derive(Debug)]
pub struct StoredJudgements {
    path: std::path::PathBuf,
    rows: Vec<(String, String)>,
}

impl StoredJudgements {
    /// (judge, lesson) → scores.
    pub fn parse(self) -> Result<BTreeMap<(JudgeId, LessonId), LessonScores>, Error> {
        let StoredJudgements { path, rows } = self;
        let e = database_error(&path);
        // parsing the JSON is most of the work: on every core, in judge order
        let mut pairs = Vec::with_capacity(rows.len() * 100);
        crate::par::for_each_ordered(
            &rows,
            crate::par::workers(rows.len()),
            |(_, scores)| from_json::<BTreeMap<LessonId, LessonScores>>(scores),
            |i, parsed| {
                let scores = parsed.map_err(e)?;
                let judge = JudgeId::new(rows[i].0.clone());
                pairs.extend(scores.into_iter().map(|(l, s)| ((judge.clone(), l), s)));
                Ok::<_, Error>(())
            },
        )?;
        // in key order already (judges in order, each judge's lessons in order): built in bulk
        Ok(pairs.into_iter().collect())
    }
}

impl PreparedSheet {
    /// A sheet whose scores are already JSON, one `LessonScores` per lesson in lesson-id order
    /// (the reader serializes them to compare with the sheet's snapshot; they are stored as they
    /// are). The whole-sheet JSON is assembled from them, byte for byte what serializing the map
    /// gives, so a sheet's content hash does not depend on the path it came by.
    pub fn new(
        judge: JudgeId,
        revision: u32,
        status: SheetStatus,
        file: String,
        lessons: Vec<(LessonId, String)>,
        changes: &[crate::sheet::read::SheetChange],
    ) -> PreparedSheet {
        debug_assert!(lessons.windows(2).all(|w| w[0].0 < w[1].0), "lessons in id order");
        let mut scores = String::with_capacity(
            2 + lessons
                .iter()
                .map(|(l, s)| l.as_str().len() + s.len() + 4)
                .sum::<usize>(),
        );
        scores.push('{');
        for (i, (lesson, s)) in lessons.iter().enumerate() {
            if i > 0 {
                scores.push(',');
            }
            scores.push_str(&json(lesson));
            scores.push(':');
            scores.push_str(s);
        }
        scores.push('}');
        PreparedSheet {
            hash: crate::sheet::hmac_hex(b"content", scores.as_bytes()),
            judge,
            revision,
            status,
            file,
            scores,
            changes: json(&changes),
        }
    }
}

/// What importing one sheet did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(tag = "outcome", rename_all = "snake_case")]
#[derive(strum::IntoStaticStr)]
#[strum(serialize_all = "snake_case")]
pub enum SheetMerge {
    Added,
    /// The same sheet again: nothing changed.
    Duplicate,
    /// A higher revision replaced `previous`; the audit log keeps both.
    Replaced {
        previous: u32,
    },
    /// A lower revision than the judge's current one: kept on record, not used.
    Older {
        current: u32,
    },
    /// Another sheet of the same revision has different content: the judge's scores are held
    /// until the chair resolves it.
    Conflict {
        revision: u32,
    },
    /// Stored, but its scores count only once the chair confirms it (an edit made outside the
    /// app, or a sheet that cannot be verified).
    Waiting,
}

impl SheetMerge {
    /// What happened, as a stable code (`replaced`, …): the serialized `outcome`.
    pub fn code(&self) -> &'static str {
        self.into()
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct SheetRecord {
    pub judge: JudgeId,
    pub revision: u32,
    pub content_hash: String,
    pub status: SheetStatus,
    pub file: String,
    pub changes: u32,
    /// Counted (intact or confirmed); false while it waits for the chair.
    pub counts: bool,
}

/// Sheets imported in one transaction (see [`Store::sheet_batch`]).
pub struct SheetBatch<'s> {
    tx: Transaction<'s>,
    path: &'s Path,
}

impl SheetBatch<'_> {
    /// Stores an accepted sheet and re-derives its judge's current scores. An intact sheet
    /// counts at once; any other waits for the chair's confirmation, unless `confirm_edits` (the
    /// chair confirms every edit of this import in one step: each is audited with its cells).
    pub fn import(&self, prepared: &PreparedSheet, confirm_edits: bool, actor: &Actor) -> Result<SheetMerge, Error> {
        let err = database_error(self.path);
        let sheet = prepared;
        let PreparedSheet {
            scores, hash, changes, ..
        } = prepared;
        let tx = &self.tx;
        let before = current(tx, &sheet.judge).map_err(err)?;
        let intact = sheet.status == SheetStatus::Intact;
        let added = exec(
            tx,
            "INSERT OR IGNORE INTO sheet_import (judge, revision, content_hash, status, file, imported_at, scores, changes, verified, confirmed)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, CASE WHEN ?10 THEN 0 END)",
            params![
                sheet.judge.as_str(),
                sheet.revision,
                hash,
                sheet.status.code(),
                sheet.file,
                actor.at(),
                scores,
                changes,
                sheet.status != SheetStatus::Unverified,
                intact
            ],
        )
        .map_err(err)?;
        if added == 0 {
            return Ok(SheetMerge::Duplicate);
        }
        audit(
            tx,
            actor,
            "sheet.import",
            sheet.judge.as_str(),
            None,
            Some(&format!(
                "revision {} {} {}",
                sheet.revision,
                sheet.status.code(),
                file_name(&sheet.file)
            )),
        )
        .map_err(err)?;
        if !intact {
            if !confirm_edits {
                return Ok(SheetMerge::Waiting);
            }
            let cells: Vec<crate::sheet::read::SheetChange> = serde_json::from_str(changes).unwrap_or_default();
            confirm(tx, &sheet.judge, sheet.revision, hash, &sheet.file, &cells, actor).map_err(err)?;
        }
        self.outcome(&sheet.judge, hash, before, actor)
    }

    /// What storing or confirming the sheet `hash` of `judge` did, given the judge's current sheet
    /// before; a replacement is audited.
    fn outcome(
        &self,
        judge: &JudgeId,
        hash: &str,
        before: Option<(u32, String)>,
        actor: &Actor,
    ) -> Result<SheetMerge, Error> {
        let err = database_error(self.path);
        let tx = &self.tx;
        let Some((now, now_hash)) = current(tx, judge).map_err(err)? else {
            let top: Option<u32> = tx
                .prepare_cached("SELECT revision FROM top_sheet WHERE judge = ?1 LIMIT 1")
                .and_then(|mut s| s.query_row([judge.as_str()], |r| r.get(0)).optional())
                .map_err(err)?;
            return Ok(match top {
                Some(revision) => SheetMerge::Conflict { revision },
                None => SheetMerge::Waiting,
            });
        };
        Ok(match before {
            _ if now_hash != hash => SheetMerge::Older { current: now },
            Some((previous, previous_hash)) if previous_hash != now_hash => {
                audit(
                    tx,
                    actor,
                    "judgement.replace",
                    judge.as_str(),
                    Some(&format!("revision {previous}")),
                    Some(&format!("revision {now}")),
                )
                .map_err(err)?;
                SheetMerge::Replaced { previous }
            }
            _ => SheetMerge::Added,
        })
    }

    pub fn commit(self) -> Result<(), Error> {
        self.tx.commit().map_err(database_error(self.path))
    }
}

/// The judge's current sheet (the `current_sheet` view): revision and content hash.
fn current(tx: &Connection, judge: &JudgeId) -> rusqlite::Result<Option<(u32, String)>> {
    tx.prepare_cached("SELECT revision, content_hash FROM current_sheet WHERE judge = ?1")?
        .query_row([judge.as_str()], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()
}

/// Marks a stored sheet confirmed by the chair, after every earlier confirmation, and audits it
/// with each changed cell.
fn confirm(
    tx: &Connection,
    judge: &JudgeId,
    revision: u32,
    hash: &str,
    file: &str,
    changes: &[crate::sheet::read::SheetChange],
    actor: &Actor,
) -> rusqlite::Result<()> {
    exec(
        tx,
        "UPDATE sheet_import SET confirmed = (SELECT COALESCE(MAX(confirmed), 0) + 1 FROM sheet_import)
         WHERE judge = ?1 AND revision = ?2 AND content_hash = ?3",
        params![judge.as_str(), revision, hash],
    )?;
    let cells = changes
        .iter()
        .map(|c| {
            let shown = |v: &str| if v.is_empty() { "—".to_owned() } else { v.to_owned() };
            format!("{} {}: {} → {}", c.sheet, c.cell, shown(&c.was), shown(&c.now))
        })
        .collect::<Vec<_>>()
        .join("；");
    audit(
        tx,
        actor,
        "sheet.confirm",
        judge.as_str(),
        None,
        Some(&format!("revision {revision} {}；{cells}", file_name(file))),
    )
}

/// A returned sheet's file name for the audit log (its full path, kept in `sheet_import`, is the
/// machine's, not the session's: the log and its hash chain do not depend on where files sat).
fn file_name(path: &str) -> String {
    Path::new(path)
        .file_name()
        .map_or_else(|| path.to_owned(), |n| n.to_string_lossy().into_owned())
}

/// A stored sheet status (column `i` of `r`), refused as a conversion error if it names none.
fn status_at(r: &rusqlite::Row<'_>, i: usize) -> rusqlite::Result<SheetStatus> {
    let code: String = r.get(i)?;
    SheetStatus::from_code(&code).ok_or_else(|| {
        rusqlite::Error::FromSqlConversionFailure(
            i,
            rusqlite::types::Type::Text,
            format!("sheet status `{code}`").into(),
        )
    })
}

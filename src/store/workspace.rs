//! A judge's workspace: one SQLite file per (session, judge) in the app's data folder.
//!
//! Every change is committed (WAL, synchronous=FULL) before the call returns, so what the UI shows
//! as saved survives a closed window, a crash or a power cut. The judge sees only their own sheet.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use rusqlite::{params, Connection, OptionalExtension};
use rusqlite_migration::{Migrations, M};

use crate::error::{Error, ErrorKind, Location, ProblemKind, Report};
use crate::points::Points;
use crate::roster::{Lesson, LessonId};
use crate::rubric::Rubric;
use crate::scores::{LessonScores, VetoMark};
use crate::sheet::{CategorySheet, ScoreSheet, SheetMeta};

/// Marks a workspace file ("JPWS").
const APPLICATION_ID: i32 = 0x4A50_5753;

fn migrations() -> Migrations<'static> {
    Migrations::new(vec![M::up(include_str!("workspace_v1.sql"))])
}

pub struct Workspace {
    conn: Connection,
    path: PathBuf,
}

impl std::fmt::Debug for Workspace {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Workspace").field("path", &self.path).finish()
    }
}

/// A JSON column read back: a damaged workspace is an error naming its file, never a panic.
fn json_column<T: for<'de> serde::Deserialize<'de>>(s: &str) -> rusqlite::Result<T> {
    serde_json::from_str(s)
        .map_err(|e| rusqlite::Error::FromSqlConversionFailure(0, rusqlite::types::Type::Text, Box::new(e)))
}

/// An empty file where a workspace should be: what a kill during an older version's first open
/// left behind (no schema, not marked as ours).
fn is_leftover(path: &Path) -> bool {
    if std::fs::metadata(path).is_ok_and(|m| m.len() == 0) {
        return true;
    }
    let Ok(conn) = Connection::open_with_flags(path, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY) else {
        return false;
    };
    let app: i32 = conn
        .pragma_query_value(None, "application_id", |r| r.get(0))
        .unwrap_or(-1);
    let tables: i64 = conn
        .query_row("SELECT COUNT(*) FROM sqlite_master", [], |r| r.get(0))
        .unwrap_or(-1);
    app == 0 && tables == 0
}

// What a spreadsheet cell holds: longer text is refused when typed, not when the sheet is written.
use crate::roster::CELL_MAX_CHARS;

fn fits(field: &str, length: usize) -> Result<(), Report> {
    if length > CELL_MAX_CHARS {
        return Err(invalid(ProblemKind::TooLong {
            field: field.to_owned(),
            length: length as u32,
            max: CELL_MAX_CHARS as u32,
        }));
    }
    Ok(())
}

/// The workspace file for a sheet: `<dir>/<session id>-<judge id>.jpwork`.
pub fn path_for(dir: &Path, meta: &SheetMeta) -> PathBuf {
    let safe = |s: &str| {
        s.chars()
            .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
            .collect::<String>()
    };
    dir.join(format!(
        "{}-{}.jpwork",
        safe(&meta.session_id),
        safe(meta.judge_id.as_str())
    ))
}

impl Workspace {
    fn err(&self) -> impl Fn(rusqlite::Error) -> Error + '_ {
        super::database_error(&self.path)
    }

    /// Opens the judge's workspace for this sheet, creating it from the sheet the first time.
    /// Returns whether it was created.
    ///
    /// A new workspace is built under a temporary name and renamed into place, so a kill during
    /// the first open leaves no half-made workspace behind, and of two first opens at once one
    /// wins and the other opens its result. An empty file left by an older version's killed
    /// first open is rebuilt.
    pub fn open_or_create(dir: &Path, sheet: &ScoreSheet) -> Result<(Workspace, bool), Error> {
        std::fs::create_dir_all(dir).map_err(|e| Error::write(dir, e))?;
        let path = path_for(dir, &sheet.meta);
        let mut created = false;
        if !path.exists() || is_leftover(&path) {
            let stamp = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.as_nanos());
            let name = path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            // unique per process and per call: two threads may start in the same nanosecond
            static CALLS: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
            let n = CALLS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            let tmp = dir.join(format!(".{name}.{}.{stamp}.{n}.partial", std::process::id()));
            let built = (|| {
                let mut ws = Workspace::open_at(&tmp, true)?;
                ws.fill(sheet)?;
                Ok::<_, Error>(())
            })();
            if let Err(e) = built {
                let _ = std::fs::remove_file(&tmp);
                return Err(e);
            }
            created = place_new(&tmp, &path)?;
        }
        let mut ws = Workspace::open_at(&path, false)?;
        if !created {
            ws.adopt(sheet)?;
        }
        Ok((ws, created))
    }

    /// Takes in a newer sheet the session issued to this judge (a replacement's or a third
    /// review's lessons added, a lesson moved away): its lessons and rubrics replace the
    /// workspace's, every score already entered for a lesson that stays is kept, and new lessons
    /// unlock submitted scores. An older or the same issue, or a filled sheet, changes nothing.
    /// Returns whether anything changed.
    pub fn adopt(&mut self, sheet: &ScoreSheet) -> Result<bool, Error> {
        let current = self.sheet()?;
        let newer = sheet.meta.revision == 0
            && !sheet.meta.issue.is_empty()
            && sheet.meta.issue != current.meta.issue
            && sheet.meta.generated_at > current.meta.generated_at;
        if !newer {
            return Ok(false);
        }
        let path = self.path.clone();
        let err = super::database_error(&path);
        let sheet = sheet.normalized();
        let added = sheet.lesson_ids().iter().any(|id| !current.scores.contains_key(id));
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)
            .map_err(err)?;
        let mut meta = sheet.meta.clone();
        meta.revision = 0;
        tx.execute(
            "UPDATE meta SET value = ?1 WHERE key = 'sheet'",
            [serde_json::to_string(&meta).expect("meta serializes")],
        )
        .map_err(err)?;
        tx.execute("DELETE FROM lesson", []).map_err(err)?;
        tx.execute("DELETE FROM rubric", []).map_err(err)?;
        let mut seq = 0;
        for c in &sheet.categories {
            tx.execute(
                "INSERT INTO rubric (category, sheet, toml) VALUES (?1, ?2, ?3)",
                params![c.rubric.category().name(), c.sheet_name, c.rubric.to_toml()],
            )
            .map_err(err)?;
            for l in &c.lessons {
                seq += 1;
                let scores = current.scores.get(&l.id).unwrap_or(&sheet.scores[&l.id]);
                tx.execute(
                    "INSERT INTO lesson (id, seq, category, fields, scores) VALUES (?1, ?2, ?3, ?4, ?5)",
                    params![
                        l.id.as_str(),
                        seq,
                        c.rubric.category().name(),
                        serde_json::to_string(&l.fields).expect("fields serialize"),
                        serde_json::to_string(scores).expect("scores serialize"),
                    ],
                )
                .map_err(err)?;
            }
        }
        if added {
            tx.execute("UPDATE state SET locked = 0 WHERE id = 1", [])
                .map_err(err)?;
        }
        tx.commit().map_err(err)?;
        Ok(true)
    }

    /// Opens (or, `new`, initializes) a workspace file. A new one is built with a rollback
    /// journal, so closing it leaves one complete file to rename; an opened one runs in WAL.
    fn open_at(path: &Path, new: bool) -> Result<Workspace, Error> {
        let err = super::database_error(path);
        let mut conn = Connection::open(path).map_err(err)?;
        // the busy handler first: switching to WAL takes a lock that a second first open of the
        // same workspace may hold for a moment
        super::wait_when_busy(&conn).map_err(err)?;
        if !new {
            conn.pragma_update(None, "journal_mode", "WAL").map_err(err)?;
        }
        conn.pragma_update(None, "synchronous", "FULL").map_err(err)?;
        conn.pragma_update(None, "foreign_keys", true).map_err(err)?;
        if new {
            conn.pragma_update(None, "application_id", APPLICATION_ID)
                .map_err(err)?;
        } else {
            let app: i32 = conn
                .pragma_query_value(None, "application_id", |r| r.get(0))
                .map_err(err)?;
            if app != APPLICATION_ID {
                return Err(ErrorKind::NotASession {
                    path: path.to_path_buf(),
                }
                .into());
            }
        }
        migrations().to_latest(&mut conn).map_err(|_| {
            Error::from(ErrorKind::NotASession {
                path: path.to_path_buf(),
            })
        })?;
        Ok(Workspace {
            conn,
            path: path.to_path_buf(),
        })
    }

    fn fill(&mut self, sheet: &ScoreSheet) -> Result<(), Error> {
        let path = self.path.clone();
        let err = super::database_error(&path);
        let sheet = sheet.normalized();
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)
            .map_err(err)?;
        let meta = serde_json::to_string(&sheet.meta).expect("meta serializes");
        tx.execute("INSERT INTO meta (key, value) VALUES ('sheet', ?1)", [meta])
            .map_err(err)?;
        let mut seq = 0;
        for c in &sheet.categories {
            tx.execute(
                "INSERT INTO rubric (category, sheet, toml) VALUES (?1, ?2, ?3)",
                params![c.rubric.category().name(), c.sheet_name, c.rubric.to_toml()],
            )
            .map_err(err)?;
            for l in &c.lessons {
                seq += 1;
                tx.execute(
                    "INSERT INTO lesson (id, seq, category, fields, scores) VALUES (?1, ?2, ?3, ?4, ?5)",
                    params![
                        l.id.as_str(),
                        seq,
                        c.rubric.category().name(),
                        serde_json::to_string(&l.fields).expect("fields serialize"),
                        serde_json::to_string(&sheet.scores[&l.id]).expect("scores serialize"),
                    ],
                )
                .map_err(err)?;
            }
        }
        tx.execute(
            "INSERT INTO state (id, locked, revision) VALUES (1, 0, ?1)",
            [sheet.meta.revision],
        )
        .map_err(err)?;
        tx.commit().map_err(err)
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The whole sheet as it stands in the workspace.
    pub fn sheet(&self) -> Result<ScoreSheet, Error> {
        let e = self.err();
        let meta: String = self
            .conn
            .query_row("SELECT value FROM meta WHERE key = 'sheet'", [], |r| r.get(0))
            .map_err(&e)?;
        let mut meta: SheetMeta = json_column(&meta).map_err(&e)?;
        meta.revision = self.state()?.1;
        let mut stmt = self
            .conn
            .prepare("SELECT category, sheet, toml FROM rubric ORDER BY rowid")
            .map_err(&e)?;
        let rubrics: Vec<(String, String, String)> = stmt
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
            .map_err(&e)?
            .collect::<Result<_, _>>()
            .map_err(&e)?;
        let mut categories = Vec::new();
        for (_, sheet_name, toml) in rubrics {
            let rubric = Rubric::from_toml(&toml, &self.path)?;
            categories.push(CategorySheet {
                sheet_name,
                rubric,
                lessons: Vec::new(),
            });
        }
        let mut scores = BTreeMap::new();
        let mut stmt = self
            .conn
            .prepare("SELECT id, fields, scores FROM lesson ORDER BY seq")
            .map_err(&e)?;
        let rows: Vec<(String, String, String)> = stmt
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
            .map_err(&e)?
            .collect::<Result<_, _>>()
            .map_err(&e)?;
        for (id, fields, s) in rows {
            let lesson = Lesson {
                id: LessonId::new(id),
                fields: json_column(&fields).map_err(&e)?,
                source: Location::default(),
                warnings: Vec::new(),
            };
            if let Some(c) = categories
                .iter_mut()
                .find(|c| c.rubric.category() == lesson.fields.category)
            {
                scores.insert(lesson.id.clone(), json_column(&s).map_err(&e)?);
                c.lessons.push(lesson);
            }
        }
        Ok(ScoreSheet {
            meta,
            categories,
            scores,
        })
    }

    /// The rubric the lesson is scored by: its category's, as [`Workspace::sheet`] pairs them, read
    /// without the rest of the sheet (every keystroke of a save needs it).
    fn rubric_of(&self, lesson: &LessonId) -> Result<Rubric, Error> {
        let e = self.err();
        let not_found = || {
            Error::from(ErrorKind::NotFound {
                what: "lesson",
                id: lesson.to_string(),
            })
        };
        let fields: String = self
            .conn
            .query_row("SELECT fields FROM lesson WHERE id = ?1", [lesson.as_str()], |r| {
                r.get(0)
            })
            .optional()
            .map_err(&e)?
            .ok_or_else(not_found)?;
        let fields: crate::roster::LessonFields = json_column(&fields).map_err(&e)?;
        let toml: String = self
            .conn
            .query_row(
                "SELECT toml FROM rubric WHERE category = ?1 ORDER BY rowid LIMIT 1",
                [fields.category.name()],
                |r| r.get(0),
            )
            .optional()
            .map_err(&e)?
            .ok_or_else(not_found)?;
        Ok(Rubric::from_toml(&toml, &self.path)?)
    }

    /// (locked, revision)
    pub fn state(&self) -> Result<(bool, u32), Error> {
        self.conn
            .query_row("SELECT locked, revision FROM state WHERE id = 1", [], |r| {
                Ok((r.get::<_, i64>(0)? != 0, r.get(1)?))
            })
            .map_err(self.err())
    }

    fn scores(&self, lesson: &LessonId) -> Result<LessonScores, Error> {
        let s: Option<String> = self
            .conn
            .query_row("SELECT scores FROM lesson WHERE id = ?1", [lesson.as_str()], |r| {
                r.get(0)
            })
            .optional()
            .map_err(self.err())?;
        let s = s.ok_or_else(|| {
            Error::from(ErrorKind::NotFound {
                what: "lesson",
                id: lesson.to_string(),
            })
        })?;
        json_column(&s).map_err(self.err())
    }

    /// Applies one edit to one lesson and commits it; returns what is now saved.
    fn edit(
        &mut self,
        lesson: &LessonId,
        f: impl FnOnce(&mut LessonScores, &Rubric) -> Result<(), Report>,
    ) -> Result<LessonScores, Error> {
        if self.state()?.0 {
            return Err(ErrorKind::Locked.into());
        }
        let rubric = self.rubric_of(lesson)?;
        // read-modify-write of the lesson's scores in one IMMEDIATE transaction: a second process
        // on the same workspace waits for it (busy timeout) instead of overwriting its save
        self.conn.execute_batch("BEGIN IMMEDIATE").map_err(self.err())?;
        let saved = self.scores(lesson).and_then(|mut scores| {
            f(&mut scores, &rubric)?;
            let json = serde_json::to_string(&scores).expect("scores serialize");
            self.conn
                .execute(
                    "UPDATE lesson SET scores = ?2 WHERE id = ?1",
                    params![lesson.as_str(), json],
                )
                .map_err(self.err())?;
            Ok(scores)
        });
        match saved {
            Ok(scores) => {
                self.conn.execute_batch("COMMIT").map_err(self.err())?;
                Ok(scores)
            }
            Err(e) => {
                let _ = self.conn.execute_batch("ROLLBACK");
                Err(e)
            }
        }
    }

    /// Sets (or clears) one indicator's score, checked against the rubric's weight and step.
    pub fn set_score(
        &mut self,
        lesson: &LessonId,
        indicator: usize,
        value: Option<Points>,
    ) -> Result<LessonScores, Error> {
        self.edit(lesson, |s, rubric| {
            let ind = rubric
                .indicators()
                .get(indicator)
                .ok_or_else(|| invalid(ProblemKind::NoIndicators))?;
            if let Some(v) = value {
                if v > ind.weight() || (v != Points::ZERO && !v.is_multiple_of(rubric.step())) {
                    return Err(invalid(ProblemKind::ScoreInvalid {
                        indicator: ind.name().to_owned(),
                        value: v.to_string(),
                        max: ind.weight().to_string(),
                        step: rubric.step().to_string(),
                    }));
                }
            }
            s.scores[indicator] = value;
            Ok(())
        })
    }

    /// Marks (with a reason) or clears a veto item.
    pub fn set_veto(&mut self, lesson: &LessonId, veto: &str, reason: Option<String>) -> Result<LessonScores, Error> {
        self.edit(lesson, |s, rubric| {
            if !rubric.vetoes().iter().any(|v| v.id() == veto) {
                return Err(invalid(ProblemKind::UnknownVeto { veto: veto.to_owned() }));
            }
            s.vetoes.retain(|v| v.veto != veto);
            if let Some(reason) = reason {
                s.vetoes.push(VetoMark {
                    veto: veto.to_owned(),
                    reason: reason.trim().to_owned(),
                });
                s.vetoes.sort();
            }
            // the sheet writes every mark into one 否决项 cell: it must fit
            let cell = crate::sheet::veto_cell(rubric, &s.vetoes).chars().count();
            fits("否决项", cell)
        })
    }

    pub fn set_comment(&mut self, lesson: &LessonId, comment: &str) -> Result<LessonScores, Error> {
        self.edit(lesson, |s, _| {
            s.comment = comment.trim().to_owned();
            fits("评语", s.comment.chars().count())
        })
    }

    /// Marks the lesson 未评 with a reason, or clears the mark.
    pub fn set_unscored(&mut self, lesson: &LessonId, reason: Option<String>) -> Result<LessonScores, Error> {
        self.edit(lesson, |s, _| {
            s.unscored = reason.map(|r| r.trim().to_owned()).filter(|r| !r.is_empty());
            fits("未评原因", s.unscored.as_deref().map_or(0, |r| r.chars().count()))
        })
    }

    /// Checks completeness (every lesson scored or 未评 with a reason; every veto with a reason)
    /// and locks; returns every lesson that is not ready.
    pub fn submit(&mut self) -> Result<(), Error> {
        let sheet = self.sheet()?;
        let mut report = Report::default();
        for id in sheet.lesson_ids() {
            let s = &sheet.scores[&id];
            if !s.is_complete() {
                report.push(
                    Location::default(),
                    ProblemKind::LessonIncomplete { lesson: id.to_string() },
                );
            }
            if s.vetoes.iter().any(|v| v.reason.is_empty()) {
                report.push(
                    Location::default(),
                    ProblemKind::VetoNeedsReason { lesson: id.to_string() },
                );
            }
        }
        if !report.is_empty() {
            return Err(report.into());
        }
        self.conn
            .execute("UPDATE state SET locked = 1 WHERE id = 1", [])
            .map_err(self.err())?;
        Ok(())
    }

    /// The folder of lesson materials on this laptop, if the judge chose one.
    pub fn materials_dir(&self) -> Result<Option<PathBuf>, Error> {
        let v: Option<String> = self
            .conn
            .query_row("SELECT value FROM meta WHERE key = 'materials'", [], |r| r.get(0))
            .optional()
            .map_err(self.err())?;
        Ok(v.map(PathBuf::from))
    }

    pub fn set_materials_dir(&mut self, dir: &Path) -> Result<(), Error> {
        self.conn
            .execute(
                "INSERT INTO meta (key, value) VALUES ('materials', ?1) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                [dir.display().to_string()],
            )
            .map_err(self.err())?;
        Ok(())
    }

    pub fn unlock(&mut self) -> Result<(), Error> {
        self.conn
            .execute("UPDATE state SET locked = 0 WHERE id = 1", [])
            .map_err(self.err())?;
        Ok(())
    }

    /// The filled sheet for export: submitted scores, the next revision, the given time. The new
    /// revision is recorded only once the caller has written the file (`exported`).
    pub fn filled_sheet(&self, generated_at: &str) -> Result<ScoreSheet, Error> {
        let (locked, revision) = self.state()?;
        if !locked {
            return Err(ErrorKind::NotSubmitted.into());
        }
        let mut sheet = self.sheet()?;
        sheet.meta.revision = revision + 1;
        sheet.meta.generated_at = generated_at.to_owned();
        Ok(sheet)
    }

    pub fn exported(&mut self, revision: u32) -> Result<(), Error> {
        self.conn
            .execute("UPDATE state SET revision = ?1 WHERE id = 1", [revision])
            .map_err(self.err())?;
        Ok(())
    }
}

fn invalid(kind: ProblemKind) -> Report {
    let mut r = Report::default();
    r.push(Location::default(), kind);
    r
}

/// Puts a freshly built workspace `tmp` at `path` unless another first open got there first
/// (then theirs is used and `tmp` removed). Returns whether `tmp` was placed. A hard link fails
/// when `path` exists, so two first opens at once can never replace the file the other has just
/// opened (a rename replaces it, and removing a leftover's `-wal` beside it would remove theirs).
/// Where hard links are not supported (FAT-formatted media), a rename when `path` is absent.
fn place_new(tmp: &Path, path: &Path) -> Result<bool, Error> {
    let placed = |linked: std::io::Result<()>| -> Result<bool, Error> {
        match linked {
            Ok(()) => {
                let _ = std::fs::remove_file(tmp);
                Ok(true)
            }
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                let _ = std::fs::remove_file(tmp);
                Ok(false)
            }
            Err(e) => {
                let _ = std::fs::remove_file(tmp);
                Err(Error::write(path, e))
            }
        }
    };
    if path.exists() {
        if !is_leftover(path) {
            let _ = std::fs::remove_file(tmp);
            return Ok(false);
        }
        // an empty file left by an older version's killed first open: it and its side files go
        for side in ["-wal", "-shm"] {
            let _ = std::fs::remove_file(PathBuf::from(format!("{}{side}", path.display())));
        }
        let _ = std::fs::remove_file(path);
    }
    match std::fs::hard_link(tmp, path) {
        Err(e) if e.kind() != std::io::ErrorKind::AlreadyExists => {
            if path.exists() {
                return placed(Err(std::io::Error::from(std::io::ErrorKind::AlreadyExists)));
            }
            placed(std::fs::rename(tmp, path))
        }
        linked => placed(linked),
    }
}

//! The session file: one SQLite database per evaluation session (评审活动).
//!
//! The only module with SQL. WAL, foreign keys on, schema migrations by `rusqlite_migration`
//! (the schema version is SQLite's `user_version`; the file is marked as ours with
//! `application_id`). Every multi-row write is one transaction, and every change to settings and
//! data is written to the `audit` table in the same transaction: who, when, what, old → new.

use std::path::{Path, PathBuf};

use chrono::{DateTime, SecondsFormat, Utc};
use rusqlite::{params, Connection, OpenFlags, OptionalExtension, Transaction, TransactionBehavior};
use rusqlite_migration::{Migrations, M};
use serde::{Deserialize, Serialize};

mod audit_chain;
mod bar;
mod materials;
pub mod register;
mod sheets;
pub mod workspace;

pub use audit_chain::ChainState;
pub use materials::MaterialRun;
pub use sheets::{
    ImportedSheet, PreparedSheet, SheetBatch, SheetMerge, SheetPick, SheetRecord, WaitReason, WaitingSheet,
};

use std::collections::{BTreeMap, HashMap};

use crate::aggregate::Decisions;
use crate::assign::{Assignment, Load, Pair, Recusal, RecusalReason, Shortfall};
use crate::category::Category;
use crate::error::{Error, ErrorKind, Location, Problem};
use crate::judges::{Judge, JudgeFields, JudgeId, Panel};
use crate::roster::{Lesson, LessonFields, LessonId};
use crate::rubric::Rubric;
use crate::settings::Settings;

/// Marks a SQLite file as a Jingpin session ("JPNL").
const APPLICATION_ID: i32 = 0x4A50_4E4C;

/// The schema, one migration per version; the version is the position in this list.
const MIGRATIONS: [&str; 10] = [
    include_str!("schema_v1.sql"),
    include_str!("schema_v2.sql"),
    include_str!("schema_v3.sql"),
    include_str!("schema_v4.sql"),
    include_str!("schema_v5.sql"),
    include_str!("schema_v6.sql"),
    include_str!("schema_v7.sql"),
    include_str!("schema_v8.sql"),
    include_str!("schema_v9.sql"),
    include_str!("schema_v10.sql"),
];

fn migrations() -> Migrations<'static> {
    Migrations::new(
        MIGRATIONS
            .iter()
            .enumerate()
            .map(|(i, sql)| match i + 1 {
                // the audit chain: the rows already there are chained in the same migration
                7 => M::up_with_hook(sql, |tx: &Transaction| {
                    audit_chain::seal_all(tx)?;
                    Ok(())
                }),
                _ => M::up(sql),
            })
            .collect(),
    )
}

/// A new session's secret: 64 hex digits of randomness.
fn new_secret() -> String {
    format!("{}{}", uuid::Uuid::new_v4().simple(), uuid::Uuid::new_v4().simple())
}

/// The newest schema version this program writes.
pub fn schema_version() -> u32 {
    MIGRATIONS.len() as u32
}

/// Who makes a change and when; passed in so the store never reads the clock itself.
#[derive(Debug, Clone)]
pub struct Actor {
    pub who: String,
    pub at: DateTime<Utc>,
}

impl Actor {
    /// The person logged in and the time now; for the CLI and the desktop shell (the edges).
    pub fn now() -> Actor {
        let who = std::env::var("JINGPIN_USER")
            .or_else(|_| std::env::var("USER"))
            .or_else(|_| std::env::var("USERNAME"))
            .unwrap_or_else(|_| "unknown".into());
        Actor { who, at: Utc::now() }
    }

    fn at(&self) -> String {
        self.at.to_rfc3339_opts(SecondsFormat::Secs, true)
    }
}

/// One audit log row.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct AuditEntry {
    pub seq: u32,
    pub at: String,
    pub who: String,
    pub action: String,
    pub target: String,
    pub old: Option<String>,
    pub new: Option<String>,
}

/// What a lesson import did.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Merged {
    pub added: u32,
    pub updated: u32,
    pub unchanged: u32,
}

pub struct Store {
    conn: Connection,
    path: PathBuf,
}

impl Drop for Store {
    fn drop(&mut self) {
        // best effort: closing the last connection checkpoints too; this makes it explicit
        let _ = self.checkpoint();
    }
}

impl std::fmt::Debug for Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Store").field("path", &self.path).finish()
    }
}

fn json<T: Serialize>(v: &T) -> String {
    serde_json::to_string(v).expect("store values always serialize")
}

/// A JSON column read back. The store only writes JSON it can read, but a damaged or edited file
/// is an error naming the session file, never a panic.
fn from_json<T: for<'de> Deserialize<'de>>(s: &str) -> rusqlite::Result<T> {
    serde_json::from_str(s)
        .map_err(|e| rusqlite::Error::FromSqlConversionFailure(0, rusqlite::types::Type::Text, Box::new(e)))
}

/// A database error on the session file at `path`; a write that still finds the file locked after
/// the busy timeout is `Busy` (another window or command is changing it).
pub(crate) fn database_error(path: &Path) -> impl Fn(rusqlite::Error) -> Error + Copy + '_ {
    move |source| {
        let busy = matches!(
            source.sqlite_error_code(),
            Some(rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked)
        );
        if busy {
            ErrorKind::Busy {
                path: path.to_path_buf(),
            }
            .into()
        } else {
            ErrorKind::Database {
                path: path.to_path_buf(),
                source,
            }
            .into()
        }
    }
}

impl Store {
    fn db_err(&self) -> impl Fn(rusqlite::Error) -> Error + '_ {
        database_error(&self.path)
    }

    fn configure(conn: &Connection, path: &Path) -> Result<(), Error> {
        let err = database_error(path);
        // the busy timeout first, so that even switching to WAL waits for another opener
        conn.busy_timeout(std::time::Duration::from_secs(5)).map_err(err)?;
        conn.pragma_update(None, "journal_mode", "WAL").map_err(err)?;
        // WAL + NORMAL: every commit is atomic and survives a crash of the app; a power cut may lose
        // the last commits, not corrupt the file. (A judge's workspace keeps FULL: see workspace.rs.)
        conn.pragma_update(None, "synchronous", "NORMAL").map_err(err)?;
        conn.pragma_update(None, "foreign_keys", true).map_err(err)?;
        Ok(())
    }

    /// Creates a new session file; refuses to overwrite an existing one.
    pub fn create(
        path: &Path,
        settings: &Settings,
        rubrics: &[Rubric],
        uid: &str,
        actor: &Actor,
    ) -> Result<Store, Error> {
        if path.exists() {
            return Err(ErrorKind::SessionExists {
                path: path.to_path_buf(),
            }
            .into());
        }
        let err = database_error(path);
        let mut conn = Connection::open(path).map_err(err)?;
        Self::configure(&conn, path)?;
        conn.pragma_update(None, "application_id", APPLICATION_ID)
            .map_err(err)?;
        migrations()
            .to_latest(&mut conn)
            .map_err(|e| migration_error(path, e))?;
        let mut store = Store {
            conn,
            path: path.to_path_buf(),
        };
        let tx = store
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(err)?;
        tx.execute(
            "INSERT INTO session (id, uid, created_at, settings, secret) VALUES (1, ?1, ?2, ?3, ?4)",
            params![uid, actor.at(), json(settings), new_secret()],
        )
        .map_err(err)?;
        for r in rubrics {
            tx.execute(
                "INSERT INTO rubric (category, rubric_id, content_hash, toml) VALUES (?1, ?2, ?3, ?4)",
                params![r.category().name(), r.id().as_str(), r.content_hash(), r.to_toml()],
            )
            .map_err(err)?;
        }
        audit(&tx, actor, "session.create", uid, None, Some(&settings.name)).map_err(err)?;
        tx.commit().map_err(err)?;
        Ok(store)
    }

    /// Opens a session file, refusing anything that is not one or is newer than we understand,
    /// and upgrades an older schema.
    pub fn open(path: &Path) -> Result<Store, Error> {
        if !path.is_file() {
            return Err(Error::read(path, std::io::Error::from(std::io::ErrorKind::NotFound)));
        }
        let not_session = || {
            Error::from(ErrorKind::NotASession {
                path: path.to_path_buf(),
            })
        };
        let mut header = [0u8; 16];
        use std::io::Read;
        let read = std::fs::File::open(path)
            .and_then(|mut f| f.read(&mut header))
            .map_err(|e| Error::read(path, e))?;
        if read < 16 || &header != b"SQLite format 3\0" {
            return Err(not_session());
        }
        let err = database_error(path);
        let mut conn = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_WRITE).map_err(err)?;
        let app: i32 = conn
            .pragma_query_value(None, "application_id", |r| r.get(0))
            .map_err(err)?;
        if app != APPLICATION_ID {
            return Err(not_session());
        }
        let version: u32 = conn
            .pragma_query_value(None, "user_version", |r| r.get(0))
            .map_err(err)?;
        if version > schema_version() {
            return Err(ErrorKind::NewerSchema {
                path: path.to_path_buf(),
                found: version,
                supported: schema_version(),
            }
            .into());
        }
        Self::configure(&conn, path)?;
        migrations()
            .to_latest(&mut conn)
            .map_err(|e| migration_error(path, e))?;
        Ok(Store {
            conn,
            path: path.to_path_buf(),
        })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The session's secret (for judges' sheet keys), made on first use.
    pub fn secret(&self) -> Result<String, Error> {
        // made with the session (and by schema 10 for older files): reading never writes it
        self.conn
            .query_row("SELECT secret FROM session WHERE id = 1", [], |r| r.get(0))
            .map_err(self.db_err())
    }

    /// Sets the secret (the demo uses a fixed one so its files are reproducible).
    pub fn set_secret(&mut self, secret: &str) -> Result<(), Error> {
        self.conn
            .execute("UPDATE session SET secret = ?1 WHERE id = 1", [secret])
            .map_err(self.db_err())?;
        Ok(())
    }

    pub fn uid(&self) -> Result<String, Error> {
        self.conn
            .query_row("SELECT uid FROM session WHERE id = 1", [], |r| r.get(0))
            .map_err(self.db_err())
    }

    pub fn settings(&self) -> Result<Settings, Error> {
        let s: String = self
            .conn
            .query_row("SELECT settings FROM session WHERE id = 1", [], |r| r.get(0))
            .map_err(self.db_err())?;
        from_json(&s).map_err(self.db_err())
    }

    /// Replaces the settings, recording each changed key (old → new) in the audit log.
    /// Rubrics of categories new to the session are copied in.
    pub fn update_settings(
        &mut self,
        settings: &Settings,
        rubrics: &[Rubric],
        actor: &Actor,
    ) -> Result<Vec<(String, String, String)>, Error> {
        self.writable()?;
        let old = self.settings()?;
        let changes = diff(
            &serde_json::to_value(&old).expect("json"),
            &serde_json::to_value(settings).expect("json"),
        );
        let path = self.path.clone();
        let err = database_error(&path);
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(err)?;
        tx.execute("UPDATE session SET settings = ?1 WHERE id = 1", params![json(settings)])
            .map_err(err)?;
        for r in rubrics {
            tx.execute(
                "INSERT OR IGNORE INTO rubric (category, rubric_id, content_hash, toml) VALUES (?1, ?2, ?3, ?4)",
                params![r.category().name(), r.id().as_str(), r.content_hash(), r.to_toml()],
            )
            .map_err(err)?;
        }
        for (key, o, n) in &changes {
            audit(&tx, actor, "settings.update", key, Some(o), Some(n)).map_err(err)?;
        }
        tx.commit().map_err(err)?;
        Ok(changes)
    }

    /// The session's own copy of a category's rubric.
    pub fn rubric(&self, category: Category) -> Result<Rubric, Error> {
        let text: Option<String> = self
            .conn
            .query_row("SELECT toml FROM rubric WHERE category = ?1", [category.name()], |r| {
                r.get(0)
            })
            .optional()
            .map_err(self.db_err())?;
        let text = text.ok_or_else(|| {
            Error::from(ErrorKind::NotFound {
                what: "rubric for category",
                id: category.to_string(),
            })
        })?;
        Ok(Rubric::from_toml(&text, &self.path)?)
    }

    pub fn lessons(&self) -> Result<Vec<Lesson>, Error> {
        read_lessons(&self.conn).map_err(self.db_err())
    }

    /// Adds new lessons and updates changed ones (matched by category, node, title and
    /// teachers), then stores every lesson's warnings, all in one transaction.
    /// `warnings` is called with the whole roster after the merge, in order.
    pub fn merge_lessons(
        &mut self,
        incoming: &[(LessonFields, Location)],
        warnings: impl Fn(&[(LessonFields, Location)]) -> Vec<Vec<Problem>>,
        actor: &Actor,
    ) -> Result<(Merged, Vec<Lesson>), Error> {
        self.merge_lessons_checked(incoming, warnings, |_| Vec::new(), actor)
    }

    /// [`Store::merge_lessons`], and in the same transaction the bar register's matches among the
    /// whole roster as it will be (`hits`) are recorded: new ones pending, settled ones kept.
    pub fn merge_lessons_checked(
        &mut self,
        incoming: &[(LessonFields, Location)],
        warnings: impl Fn(&[(LessonFields, Location)]) -> Vec<Vec<Problem>>,
        hits: impl Fn(&[Lesson]) -> Vec<crate::register::BarHit>,
        actor: &Actor,
    ) -> Result<(Merged, Vec<Lesson>), Error> {
        self.writable()?;
        let path = self.path.clone();
        let err = database_error(&path);
        // the roster as it will be stored is kept in step here (seq order: new lessons last), so
        // the warnings are computed without reading 20,000 lessons back
        let mut roster = self.lessons()?;
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(err)?;
        let mut merged = Merged::default();
        let mut next_seq: u32 = tx
            .query_row("SELECT COALESCE(MAX(seq), 0) + 1 FROM lesson", [], |r| r.get(0))
            .map_err(err)?;
        let mut updated: Vec<(usize, &LessonFields, &Location)> = Vec::new();
        let mut added: Vec<Lesson> = Vec::new();
        {
            let by_key: HashMap<_, usize> = roster.iter().enumerate().map(|(i, l)| (l.fields.key(), i)).collect();
            // a region re-sending a lesson with its title corrected: same node, teachers and
            // school is the same lesson (an update, audited old → new), not a new unscored one
            let mut by_place: HashMap<_, Vec<usize>> = HashMap::new();
            for (i, l) in roster.iter().enumerate().filter(|(_, l)| !l.fields.node.is_empty()) {
                by_place.entry(l.fields.place_key()).or_default().push(i);
            }
            for (fields, source) in incoming {
                let found = by_key.get(&fields.key()).copied().or_else(|| {
                    match by_place.get(&fields.place_key()).map(Vec::as_slice) {
                        Some([only]) if !fields.node.is_empty() => Some(*only),
                        _ => None,
                    }
                });
                let did = upsert(
                    &tx,
                    actor,
                    "lesson",
                    found.map(|i| (roster[i].id.as_str(), &roster[i].fields)),
                    fields,
                    &mut next_seq,
                    &mut merged,
                    |tx, id, seq| {
                        let id = match id {
                            Some(id) => LessonId::new(id),
                            None => LessonId::from_seq(seq.expect("a new record has a sequence number")),
                        };
                        write_lesson(tx, &id, seq, fields, source).map(|_| id.to_string())
                    },
                )
                .map_err(err)?;
                match (did, found) {
                    (Upserted::Added(id), _) => added.push(Lesson {
                        id: LessonId::new(id),
                        fields: fields.clone(),
                        source: source.clone(),
                        warnings: Vec::new(),
                    }),
                    (Upserted::Updated, Some(i)) => updated.push((i, fields, source)),
                    _ => {}
                }
            }
        }
        for (i, fields, source) in updated {
            roster[i].fields = fields.clone();
            roster[i].source = source.clone();
        }
        roster.extend(added);
        let roster = refresh_warnings(&tx, roster, warnings).map_err(err)?;
        bar::record_hits(&tx, &hits(&roster), actor).map_err(err)?;
        tx.commit().map_err(err)?;
        Ok((merged, roster))
    }

    /// One lesson, or `NotFound`.
    pub fn lesson(&self, id: &LessonId) -> Result<Lesson, Error> {
        self.lessons()?.into_iter().find(|l| l.id == *id).ok_or_else(|| {
            Error::from(ErrorKind::NotFound {
                what: "lesson",
                id: id.to_string(),
            })
        })
    }

    /// One judge, or `NotFound`.
    pub fn judge(&self, id: &JudgeId) -> Result<Judge, Error> {
        self.judges()?.into_iter().find(|j| j.id == *id).ok_or_else(|| {
            Error::from(ErrorKind::NotFound {
                what: "judge",
                id: id.to_string(),
            })
        })
    }

    /// Edits one lesson by hand.
    pub fn update_lesson(
        &mut self,
        id: &LessonId,
        fields: &LessonFields,
        warnings: impl Fn(&[(LessonFields, Location)]) -> Vec<Vec<Problem>>,
        actor: &Actor,
    ) -> Result<(), Error> {
        self.writable()?;
        let old = self.lesson(id)?;
        let path = self.path.clone();
        let err = database_error(&path);
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(err)?;
        write_lesson(&tx, id, None, fields, &old.source).map_err(err)?;
        audit(
            &tx,
            actor,
            "lesson.update",
            id.as_str(),
            Some(&json(&old.fields)),
            Some(&json(fields)),
        )
        .map_err(err)?;
        refresh_warnings(&tx, read_lessons(&tx).map_err(err)?, warnings).map_err(err)?;
        tx.commit().map_err(err)?;
        Ok(())
    }

    pub fn panels(&self) -> Result<Vec<Panel>, Error> {
        let mut stmt = self
            .conn
            .prepare("SELECT name, categories, stages, subjects FROM panel ORDER BY name")
            .map_err(self.db_err())?;
        let rows = stmt
            .query_map([], |r| {
                Ok(Panel {
                    name: r.get(0)?,
                    categories: from_json(&r.get::<_, String>(1)?)?,
                    stages: from_json(&r.get::<_, String>(2)?)?,
                    subjects: from_json(&r.get::<_, String>(3)?)?,
                })
            })
            .map_err(self.db_err())?;
        rows.collect::<Result<_, _>>().map_err(self.db_err())
    }

    /// Sets what a panel covers (creating it if needed).
    pub fn set_panel(&mut self, panel: &Panel, actor: &Actor) -> Result<(), Error> {
        self.writable()?;
        let panel = &panel.normalized();
        let old = self.panels()?.into_iter().find(|p| p.name == panel.name);
        let path = self.path.clone();
        let err = database_error(&path);
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(err)?;
        write_panel(&tx, panel).map_err(err)?;
        audit(
            &tx,
            actor,
            "panel.set",
            &panel.name,
            old.as_ref().map(json).as_deref(),
            Some(&json(panel)),
        )
        .map_err(err)?;
        tx.commit().map_err(err)?;
        Ok(())
    }

    pub fn judges(&self) -> Result<Vec<Judge>, Error> {
        let mut stmt = self
            .conn
            .prepare("SELECT id, name, unit, region, panel, role, source FROM judge ORDER BY seq")
            .map_err(self.db_err())?;
        let rows = stmt
            .query_map([], |r| {
                Ok(Judge {
                    id: JudgeId::new(r.get::<_, String>(0)?),
                    fields: JudgeFields {
                        name: r.get(1)?,
                        unit: r.get(2)?,
                        region: r.get(3)?,
                        panel: r.get(4)?,
                        role: r.get(5)?,
                    },
                    source: from_json(&r.get::<_, String>(6)?)?,
                })
            })
            .map_err(self.db_err())?;
        rows.collect::<Result<_, _>>().map_err(self.db_err())
    }

    /// Adds new judges and updates changed ones (matched by name and unit); panels named by
    /// judges and not yet known are created with the coverage their names imply.
    pub fn merge_judges(&mut self, incoming: &[(JudgeFields, Location)], actor: &Actor) -> Result<Merged, Error> {
        self.writable()?;
        let existing = self.judges()?;
        let known_panels: Vec<String> = self.panels()?.into_iter().map(|p| p.name).collect();
        let path = self.path.clone();
        let err = database_error(&path);
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(err)?;
        let mut merged = Merged::default();
        let mut next_seq: u32 = tx
            .query_row("SELECT COALESCE(MAX(seq), 0) + 1 FROM judge", [], |r| r.get(0))
            .map_err(err)?;
        let mut new_panels: Vec<String> = Vec::new();
        for (fields, source) in incoming {
            if !known_panels.contains(&fields.panel) && !new_panels.contains(&fields.panel) {
                let panel = Panel::from_name(&fields.panel);
                write_panel(&tx, &panel).map_err(err)?;
                audit(&tx, actor, "panel.add", &panel.name, None, Some(&json(&panel))).map_err(err)?;
                new_panels.push(fields.panel.clone());
            }
            let known = existing
                .iter()
                .find(|j| j.fields.name == fields.name && j.fields.unit == fields.unit)
                .map(|j| (j.id.as_str(), &j.fields));
            upsert(
                &tx,
                actor,
                "judge",
                known,
                fields,
                &mut next_seq,
                &mut merged,
                |tx, id, seq| {
                    let id = match id {
                        Some(id) => JudgeId::new(id),
                        None => JudgeId::from_seq(seq.expect("a new record has a sequence number")),
                    };
                    write_judge(tx, &id, seq, fields, source).map(|_| id.to_string())
                },
            )
            .map_err(err)?;
        }
        tx.commit().map_err(err)?;
        Ok(merged)
    }

    /// Deletes a lesson nobody has scored (with its assignment rows); the roster's warnings are
    /// recomputed. The caller checks for scores (`session::delete_lesson`).
    pub fn delete_lesson(
        &mut self,
        id: &LessonId,
        warnings: impl Fn(&[(LessonFields, Location)]) -> Vec<Vec<Problem>>,
        actor: &Actor,
    ) -> Result<(), Error> {
        self.writable()?;
        let old = self.lesson(id)?;
        let path = self.path.clone();
        let err = database_error(&path);
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(err)?;
        for table in ["assignment", "recusal", "shortfall"] {
            tx.execute(&format!("DELETE FROM {table} WHERE lesson = ?1"), [id.as_str()])
                .map_err(err)?;
        }
        tx.execute("DELETE FROM lesson WHERE id = ?1", [id.as_str()])
            .map_err(err)?;
        audit(&tx, actor, "lesson.delete", id.as_str(), Some(&json(&old.fields)), None).map_err(err)?;
        refresh_warnings(&tx, read_lessons(&tx).map_err(err)?, warnings).map_err(err)?;
        tx.commit().map_err(err)?;
        Ok(())
    }

    /// Deletes a judge who has returned no sheet (with their assignment, recusal and absence
    /// rows). The caller checks for sheets (`session::delete_judge`).
    pub fn delete_judge(&mut self, id: &JudgeId, actor: &Actor) -> Result<(), Error> {
        self.writable()?;
        let old = self.judge(id)?;
        let path = self.path.clone();
        let err = database_error(&path);
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(err)?;
        for table in ["assignment", "recusal", "absence"] {
            tx.execute(&format!("DELETE FROM {table} WHERE judge = ?1"), [id.as_str()])
                .map_err(err)?;
        }
        tx.execute("DELETE FROM judge WHERE id = ?1", [id.as_str()])
            .map_err(err)?;
        audit(&tx, actor, "judge.delete", id.as_str(), Some(&json(&old.fields)), None).map_err(err)?;
        tx.commit().map_err(err)?;
        Ok(())
    }

    /// Changes a judge's name, unit, region, panel or role (audited old → new).
    pub fn update_judge(&mut self, id: &JudgeId, fields: &JudgeFields, actor: &Actor) -> Result<(), Error> {
        self.writable()?;
        let old = self.judge(id)?;
        let known_panel = self.panels()?.iter().any(|p| p.name == fields.panel);
        let path = self.path.clone();
        let err = database_error(&path);
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(err)?;
        if !known_panel {
            let panel = Panel::from_name(&fields.panel);
            write_panel(&tx, &panel).map_err(err)?;
            audit(&tx, actor, "panel.add", &panel.name, None, Some(&json(&panel))).map_err(err)?;
        }
        write_judge(&tx, id, None, fields, &old.source).map_err(err)?;
        audit(
            &tx,
            actor,
            "judge.update",
            id.as_str(),
            Some(&json(&old.fields)),
            Some(&json(fields)),
        )
        .map_err(err)?;
        tx.commit().map_err(err)?;
        Ok(())
    }

    /// Moves lessons from one judge to another (a hand swap, or a replacement for an absent
    /// judge) in one transaction, each audited. The caller checks recusal and scores
    /// (`session::swap_judge`, `session::replace_judge`).
    pub fn move_pairs(&mut self, moves: &[(LessonId, JudgeId, JudgeId)], actor: &Actor) -> Result<(), Error> {
        self.writable()?;
        let path = self.path.clone();
        let err = database_error(&path);
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(err)?;
        for (lesson, from, to) in moves {
            let moved = tx
                .execute(
                    "UPDATE assignment SET judge = ?3 WHERE lesson = ?1 AND judge = ?2",
                    params![lesson.as_str(), from.as_str(), to.as_str()],
                )
                .map_err(err)?;
            if moved == 0 {
                return Err(ErrorKind::NotFound {
                    what: "assignment",
                    id: format!("{from}/{lesson}"),
                }
                .into());
            }
            audit(
                &tx,
                actor,
                "assignment.swap",
                lesson.as_str(),
                Some(from.as_str()),
                Some(to.as_str()),
            )
            .map_err(err)?;
        }
        tx.commit().map_err(err)?;
        Ok(())
    }

    /// Replaces the assignment (pairs, recusals, shortfalls) in one transaction.
    pub fn save_assignment(&mut self, a: &Assignment, actor: &Actor) -> Result<(), Error> {
        self.writable()?;
        let path = self.path.clone();
        let err = database_error(&path);
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(err)?;
        for table in ["assignment", "recusal", "shortfall"] {
            tx.execute(&format!("DELETE FROM {table}"), []).map_err(err)?;
        }
        {
            let mut ins = tx
                .prepare("INSERT INTO assignment (judge, lesson) VALUES (?1, ?2)")
                .map_err(err)?;
            for p in &a.pairs {
                ins.execute(params![p.judge.as_str(), p.lesson.as_str()]).map_err(err)?;
            }
            let mut rec = tx
                .prepare("INSERT INTO recusal (judge, lesson, reason) VALUES (?1, ?2, ?3)")
                .map_err(err)?;
            for r in &a.recusals {
                rec.execute(params![r.judge.as_str(), r.lesson.as_str(), json(&r.reason)])
                    .map_err(err)?;
            }
            let mut short = tx
                .prepare("INSERT INTO shortfall (lesson, panel, required, assigned) VALUES (?1, ?2, ?3, ?4)")
                .map_err(err)?;
            for s in &a.shortfalls {
                short
                    .execute(params![s.lesson.as_str(), s.panel, s.required, s.assigned])
                    .map_err(err)?;
            }
        }
        let summary = format!(
            "{} pairs, {} recusals, {} shortfalls",
            a.pairs.len(),
            a.recusals.len(),
            a.shortfalls.len()
        );
        audit(&tx, actor, "assignment.save", "assignment", None, Some(&summary)).map_err(err)?;
        tx.commit().map_err(err)?;
        Ok(())
    }

    pub fn assignment(&self) -> Result<Assignment, Error> {
        let e = self.db_err();
        let mut a = Assignment::default();
        let mut stmt = self
            .conn
            .prepare("SELECT judge, lesson FROM assignment ORDER BY judge, lesson")
            .map_err(&e)?;
        a.pairs = stmt
            .query_map([], |r| {
                Ok(Pair {
                    judge: JudgeId::new(r.get::<_, String>(0)?),
                    lesson: LessonId::new(r.get::<_, String>(1)?),
                })
            })
            .map_err(&e)?
            .collect::<Result<_, _>>()
            .map_err(&e)?;
        let mut stmt = self
            .conn
            .prepare("SELECT judge, lesson, reason FROM recusal ORDER BY judge, lesson")
            .map_err(&e)?;
        a.recusals = stmt
            .query_map([], |r| {
                Ok(Recusal {
                    judge: JudgeId::new(r.get::<_, String>(0)?),
                    lesson: LessonId::new(r.get::<_, String>(1)?),
                    reason: from_json::<RecusalReason>(&r.get::<_, String>(2)?)?,
                })
            })
            .map_err(&e)?
            .collect::<Result<_, _>>()
            .map_err(&e)?;
        let mut stmt = self
            .conn
            .prepare("SELECT lesson, panel, required, assigned FROM shortfall ORDER BY lesson")
            .map_err(&e)?;
        a.shortfalls = stmt
            .query_map([], |r| {
                Ok(Shortfall {
                    lesson: LessonId::new(r.get::<_, String>(0)?),
                    panel: r.get(1)?,
                    required: r.get(2)?,
                    assigned: r.get(3)?,
                })
            })
            .map_err(&e)?
            .collect::<Result<_, _>>()
            .map_err(&e)?;
        let mut stmt = self
            .conn
            .prepare("SELECT j.id, COUNT(a.lesson) FROM judge j LEFT JOIN assignment a ON a.judge = j.id GROUP BY j.id ORDER BY j.id")
            .map_err(&e)?;
        a.loads = stmt
            .query_map([], |r| {
                Ok(Load {
                    judge: JudgeId::new(r.get::<_, String>(0)?),
                    lessons: r.get(1)?,
                })
            })
            .map_err(&e)?
            .collect::<Result<_, _>>()
            .map_err(&e)?;
        Ok(a)
    }

    /// Each judge's assigned lessons, in lesson-id order (what a returned sheet is checked
    /// against; the whole [`Assignment`] also loads recusals, shortfalls and loads).
    pub fn assigned_lessons(&self) -> Result<BTreeMap<JudgeId, Vec<LessonId>>, Error> {
        let e = self.db_err();
        let mut stmt = self
            .conn
            .prepare("SELECT judge, lesson FROM assignment ORDER BY judge, lesson")
            .map_err(&e)?;
        let mut rows = stmt.query([]).map_err(&e)?;
        let mut out: BTreeMap<JudgeId, Vec<LessonId>> = BTreeMap::new();
        let mut current: Option<(JudgeId, Vec<LessonId>)> = None;
        while let Some(r) = rows.next().map_err(&e)? {
            let judge = r.get_ref(0).map_err(&e)?.as_str().map_err(|x| e(x.into()))?;
            let lesson = LessonId::new(r.get::<_, String>(1).map_err(&e)?);
            match &mut current {
                Some((j, lessons)) if j.as_str() == judge => lessons.push(lesson),
                _ => {
                    if let Some((j, lessons)) = current.replace((JudgeId::new(judge), vec![lesson])) {
                        out.insert(j, lessons);
                    }
                }
            }
        }
        out.extend(current);
        Ok(out)
    }

    pub fn absences(&self) -> Result<Absences, Error> {
        let e = self.db_err();
        let mut stmt = self
            .conn
            .prepare("SELECT judge, reason FROM absence ORDER BY judge")
            .map_err(&e)?;
        let rows = stmt
            .query_map([], |r| Ok((JudgeId::new(r.get::<_, String>(0)?), r.get(1)?)))
            .map_err(&e)?;
        rows.collect::<Result<_, _>>().map_err(&e)
    }

    pub fn set_absent(&mut self, judge: &JudgeId, reason: Option<&str>, actor: &Actor) -> Result<(), Error> {
        self.writable()?;
        let path = self.path.clone();
        let err = database_error(&path);
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(err)?;
        match reason {
            Some(r) => tx.execute(
                "INSERT INTO absence (judge, reason) VALUES (?1, ?2) ON CONFLICT(judge) DO UPDATE SET reason = excluded.reason",
                params![judge.as_str(), r],
            ),
            None => tx.execute("DELETE FROM absence WHERE judge = ?1", [judge.as_str()]),
        }
        .map_err(err)?;
        audit(&tx, actor, "judge.absent", judge.as_str(), None, reason).map_err(err)?;
        tx.commit().map_err(err)?;
        Ok(())
    }

    pub fn decisions(&self) -> Result<(Decisions, Option<String>), Error> {
        let row: Option<(String, Option<String>)> = self
            .conn
            .query_row("SELECT decisions, finalized FROM decision WHERE id = 1", [], |r| {
                Ok((r.get(0)?, r.get(1)?))
            })
            .optional()
            .map_err(self.db_err())?;
        match row {
            Some((d, f)) => Ok((from_json(&d).map_err(self.db_err())?, f)),
            None => Ok(Default::default()),
        }
    }

    /// Records a decision (arbitration, veto overrule, tie order, …) on `lesson` with its reason in
    /// the audit log: the target is the lesson, old → new is that lesson's decisions.
    pub fn record_decision(
        &mut self,
        decisions: &Decisions,
        lesson: &LessonId,
        what: &str,
        reason: &str,
        reviewer: Option<&JudgeId>,
        actor: &Actor,
    ) -> Result<(), Error> {
        self.writable()?;
        let old = self.decisions()?.0;
        let path = self.path.clone();
        let err = database_error(&path);
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(err)?;
        tx.execute(
            "INSERT INTO decision (id, decisions) VALUES (1, ?1) ON CONFLICT(id) DO UPDATE SET decisions = excluded.decisions",
            [json(decisions)],
        )
        .map_err(err)?;
        // a third review: the extra judge gets the lesson in the same transaction
        if let Some(judge) = reviewer {
            tx.execute(
                "INSERT INTO assignment (judge, lesson) VALUES (?1, ?2)",
                params![judge.as_str(), lesson.as_str()],
            )
            .map_err(err)?;
            audit(
                &tx,
                actor,
                "assignment.review",
                lesson.as_str(),
                None,
                Some(judge.as_str()),
            )
            .map_err(err)?;
        }
        #[derive(Serialize)]
        struct Change<'a> {
            reason: &'a str,
            decisions: crate::aggregate::LessonDecisions,
        }
        audit(
            &tx,
            actor,
            &format!("decision.{what}"),
            lesson.as_str(),
            Some(&json(&old.of(lesson))),
            Some(&json(&Change {
                reason,
                decisions: decisions.of(lesson),
            })),
        )
        .map_err(err)?;
        tx.commit().map_err(err)?;
        Ok(())
    }

    pub fn finalize(&mut self, actor: &Actor) -> Result<(), Error> {
        self.writable()?;
        let path = self.path.clone();
        let err = database_error(&path);
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(err)?;
        tx.execute(
            "INSERT INTO decision (id, decisions, finalized) VALUES (1, ?1, ?2)
             ON CONFLICT(id) DO UPDATE SET finalized = excluded.finalized",
            params![json(&Decisions::default()), actor.at()],
        )
        .map_err(err)?;
        audit(&tx, actor, "session.finalize", "session", None, Some(&actor.at())).map_err(err)?;
        tx.commit().map_err(err)?;
        Ok(())
    }

    /// Refuses a change while the session is finalized: 定稿 makes it read-only until the chair
    /// reopens it.
    pub fn writable(&self) -> Result<(), Error> {
        match self.decisions()?.1 {
            Some(at) => Err(ErrorKind::Finalized { at }.into()),
            None => Ok(()),
        }
    }

    /// Whether (and when) the session was finalized.
    pub fn finalized(&self) -> Result<Option<String>, Error> {
        Ok(self.decisions()?.1)
    }

    /// Lifts 定稿 so the session can be changed again; the chair's reason goes to the audit log.
    pub fn reopen(&mut self, reason: &str, actor: &Actor) -> Result<(), Error> {
        let Some(at) = self.decisions()?.1 else {
            return Ok(());
        };
        let path = self.path.clone();
        let err = database_error(&path);
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(err)?;
        tx.execute("UPDATE decision SET finalized = NULL WHERE id = 1", [])
            .map_err(err)?;
        audit(&tx, actor, "session.reopen", reason, Some(&at), None).map_err(err)?;
        tx.commit().map_err(err)?;
        Ok(())
    }

    /// Writes a complete, consistent copy of the session to `dest` while it stays open (SQLite's
    /// `VACUUM INTO`: the copy includes what is still in the `-wal` file, which a plain file copy
    /// of an open session misses). Written beside `dest` first and renamed, so a failed backup
    /// never leaves a half-written file under the chosen name.
    pub fn backup(&self, dest: &Path) -> Result<(), Error> {
        let tmp = dest.with_extension("jpsession-partial");
        let _ = std::fs::remove_file(&tmp);
        let result = self
            .conn
            .execute("VACUUM INTO ?1", [tmp.to_string_lossy().as_ref()])
            .map_err(database_error(dest));
        if let Err(e) = result {
            let _ = std::fs::remove_file(&tmp);
            return Err(e);
        }
        std::fs::rename(&tmp, dest).map_err(|e| {
            let _ = std::fs::remove_file(&tmp);
            Error::write(dest, e)
        })
    }

    /// Moves everything from the `-wal` file into the session file, so the file alone is the
    /// whole session (done when a session is closed).
    pub fn checkpoint(&self) -> Result<(), Error> {
        self.conn
            .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))
            .map_err(self.db_err())
    }

    pub fn audit_log(&self) -> Result<Vec<AuditEntry>, Error> {
        read_audit(&self.conn).map_err(self.db_err())
    }
}

/// The `audit` table on `conn`, oldest first.
fn read_audit(conn: &Connection) -> rusqlite::Result<Vec<AuditEntry>> {
    Ok(audit_chain::rows(conn)?
        .into_iter()
        .map(|r| AuditEntry {
            seq: r.seq,
            at: r.at,
            who: r.who,
            action: r.action,
            target: r.target,
            old: r.old,
            new: r.new,
        })
        .collect())
}

/// Absent judges and the reason the chair gave for each.
pub type Absences = BTreeMap<JudgeId, String>;

/// Runs `f` in one IMMEDIATE transaction on `conn` and commits it (nothing of it lands if `f`
/// fails); a database error names the file at `path`.
pub(crate) fn immediate<T>(
    conn: &mut Connection,
    path: &Path,
    f: impl FnOnce(&Transaction<'_>) -> rusqlite::Result<T>,
) -> Result<T, Error> {
    let err = database_error(path);
    let tx = conn
        .transaction_with_behavior(TransactionBehavior::Immediate)
        .map_err(err)?;
    let out = f(&tx).map_err(err)?;
    tx.commit().map_err(err)?;
    Ok(out)
}

impl Store {
    /// A change to the session: refused once finalized, else `f` in one IMMEDIATE transaction.
    pub(crate) fn change<T>(&mut self, f: impl FnOnce(&Transaction<'_>) -> rusqlite::Result<T>) -> Result<T, Error> {
        self.writable()?;
        immediate(&mut self.conn, &self.path, f)
    }
}

fn migration_error(path: &Path, e: rusqlite_migration::Error) -> Error {
    match e {
        rusqlite_migration::Error::RusqliteError { err, .. } => ErrorKind::Database {
            path: path.to_path_buf(),
            source: err,
        }
        .into(),
        _ => ErrorKind::NotASession {
            path: path.to_path_buf(),
        }
        .into(),
    }
}

fn audit(
    tx: &Transaction<'_>,
    actor: &Actor,
    action: &str,
    target: &str,
    old: Option<&str>,
    new: Option<&str>,
) -> rusqlite::Result<()> {
    let at = actor.at();
    let prev = audit_chain::head(tx)?;
    let hash = audit_chain::row_hash(&prev, &at, &actor.who, action, target, old, new);
    exec(
        tx,
        "INSERT INTO audit (at, who, action, target, old, new, prev, hash) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        params![at, actor.who, action, target, old, new, prev, hash],
    )
    .map(|_| ())
}

/// Runs one statement through the connection's statement cache, so a row written thousands of
/// times in one import is parsed once.
fn exec(tx: &Transaction<'_>, sql: &str, params: impl rusqlite::Params) -> rusqlite::Result<usize> {
    tx.prepare_cached(sql)?.execute(params)
}

/// What [`upsert`] did with a record.
enum Upserted {
    Unchanged,
    Updated,
    /// With the new record's id.
    Added(String),
}

/// Adds a record (no `existing`) or updates a changed one, and audits it as `<kind>.add` or
/// `<kind>.update` with old → new. `write` gets the existing id, or the new sequence number.
#[allow(clippy::too_many_arguments)]
fn upsert<F: PartialEq + Serialize>(
    tx: &Transaction<'_>,
    actor: &Actor,
    kind: &str,
    existing: Option<(&str, &F)>,
    fields: &F,
    next_seq: &mut u32,
    merged: &mut Merged,
    write: impl FnOnce(&Transaction<'_>, Option<&str>, Option<u32>) -> rusqlite::Result<String>,
) -> rusqlite::Result<Upserted> {
    Ok(match existing {
        Some((_, old)) if old == fields => {
            merged.unchanged += 1;
            Upserted::Unchanged
        }
        Some((id, old)) => {
            write(tx, Some(id), None)?;
            audit(
                tx,
                actor,
                &format!("{kind}.update"),
                id,
                Some(&json(old)),
                Some(&json(fields)),
            )?;
            merged.updated += 1;
            Upserted::Updated
        }
        None => {
            let id = write(tx, None, Some(*next_seq))?;
            audit(tx, actor, &format!("{kind}.add"), &id, None, Some(&json(fields)))?;
            *next_seq += 1;
            merged.added += 1;
            Upserted::Added(id)
        }
    })
}

fn write_lesson(
    tx: &Transaction<'_>,
    id: &LessonId,
    seq: Option<u32>,
    f: &LessonFields,
    source: &Location,
) -> rusqlite::Result<()> {
    let values = params![
        id.as_str(),
        f.category.name(),
        f.region,
        f.stage,
        f.subject,
        f.grade,
        f.edition,
        f.node,
        f.title,
        json(&f.teachers),
        f.school,
        json(source),
        f.origin,
    ];
    match seq {
        Some(seq) => exec(
                tx,
            "INSERT INTO lesson (id, category, region, stage, subject, grade, edition, node, title, teachers, school, source, origin, seq, warnings)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, '[]')",
            rusqlite::params_from_iter(values.iter().copied().chain([&seq as &dyn rusqlite::ToSql])),
        ),
        None => exec(
                tx,
            "UPDATE lesson SET category = ?2, region = ?3, stage = ?4, subject = ?5, grade = ?6, edition = ?7, node = ?8,
             title = ?9, teachers = ?10, school = ?11, source = ?12, origin = ?13 WHERE id = ?1",
            values,
        ),
    }
    .map(|_| ())
}

/// Every lesson in id order; works inside a transaction too.
fn read_lessons(conn: &Connection) -> rusqlite::Result<Vec<Lesson>> {
    let mut stmt = conn.prepare(
        "SELECT id, category, region, stage, subject, grade, edition, node, title, teachers, school, source, warnings, origin
         FROM lesson ORDER BY seq",
    )?;
    let rows = stmt.query_map([], |r| {
        let category: String = r.get(1)?;
        Ok(Lesson {
            id: LessonId::new(r.get::<_, String>(0)?),
            fields: LessonFields {
                category: Category::parse(&category).expect("the store only holds known categories"),
                region: r.get(2)?,
                stage: r.get(3)?,
                subject: r.get(4)?,
                grade: r.get(5)?,
                edition: r.get(6)?,
                node: r.get(7)?,
                title: r.get(8)?,
                teachers: from_json(&r.get::<_, String>(9)?)?,
                school: r.get(10)?,
                origin: r.get(13)?,
            },
            source: from_json(&r.get::<_, String>(11)?)?,
            warnings: from_json(&r.get::<_, String>(12)?)?,
        })
    })?;
    rows.collect()
}

/// Recomputes every lesson's warnings (they depend on the whole roster: duplicates, quotas) and
/// writes the ones that changed. `all` is the roster as stored (in seq order); it is returned
/// with the new warnings.
fn refresh_warnings(
    tx: &Transaction<'_>,
    mut all: Vec<Lesson>,
    warnings: impl Fn(&[(LessonFields, Location)]) -> Vec<Vec<Problem>>,
) -> rusqlite::Result<Vec<Lesson>> {
    let pairs: Vec<(LessonFields, Location)> = all.iter().map(|l| (l.fields.clone(), l.source.clone())).collect();
    let computed = warnings(&pairs);
    let mut upd = tx.prepare("UPDATE lesson SET warnings = ?2 WHERE id = ?1")?;
    for (l, w) in all.iter_mut().zip(computed) {
        if l.warnings != w {
            upd.execute(params![l.id.as_str(), json(&w)])?;
            l.warnings = w;
        }
    }
    Ok(all)
}

fn write_panel(tx: &Transaction<'_>, p: &Panel) -> rusqlite::Result<()> {
    tx.execute(
        "INSERT INTO panel (name, categories, stages, subjects) VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT(name) DO UPDATE SET categories = excluded.categories, stages = excluded.stages, subjects = excluded.subjects",
        params![p.name, json(&p.categories), json(&p.stages), json(&p.subjects)],
    )
    .map(|_| ())
}

fn write_judge(
    tx: &Transaction<'_>,
    id: &JudgeId,
    seq: Option<u32>,
    f: &JudgeFields,
    source: &Location,
) -> rusqlite::Result<()> {
    match seq {
        Some(seq) => exec(
                tx,
            "INSERT INTO judge (id, seq, name, unit, region, panel, role, source) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            params![id.as_str(), seq, f.name, f.unit, f.region, f.panel, f.role, json(source)],
        ),
        None => exec(
                tx,
            "UPDATE judge SET name = ?2, unit = ?3, region = ?4, panel = ?5, role = ?6, source = ?7 WHERE id = ?1",
            params![id.as_str(), f.name, f.unit, f.region, f.panel, f.role, json(source)],
        ),
    }
    .map(|_| ())
}

/// Changed leaves between two JSON values, as (dotted key, old, new).
fn diff(old: &serde_json::Value, new: &serde_json::Value) -> Vec<(String, String, String)> {
    fn walk(prefix: &str, a: &serde_json::Value, b: &serde_json::Value, out: &mut Vec<(String, String, String)>) {
        match (a, b) {
            (serde_json::Value::Object(x), serde_json::Value::Object(y)) => {
                let mut keys: Vec<&String> = x.keys().chain(y.keys()).collect();
                keys.sort();
                keys.dedup();
                let null = serde_json::Value::Null;
                for k in keys {
                    let key = if prefix.is_empty() {
                        k.clone()
                    } else {
                        format!("{prefix}.{k}")
                    };
                    walk(&key, x.get(k).unwrap_or(&null), y.get(k).unwrap_or(&null), out);
                }
            }
            _ if a != b => out.push((prefix.to_owned(), a.to_string(), b.to_string())),
            _ => {}
        }
    }
    let mut out = Vec::new();
    walk("", old, new, &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sheet::LessonScores;

    #[test]
    fn a_version_3_session_keeps_every_judges_current_scores() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("v3.jpsession");
        let scores = |t: u32| LessonScores {
            scores: vec![Some(crate::points::Points::from_tenths(t)), None],
            ..LessonScores::default()
        };
        let sheet = |l: &[(&str, u32)]| {
            json(
                &l.iter()
                    .map(|(id, t)| (LessonId::new(*id), scores(*t)))
                    .collect::<BTreeMap<_, _>>(),
            )
        };
        {
            let mut conn = Connection::open(&path).unwrap();
            conn.pragma_update(None, "application_id", APPLICATION_ID).unwrap();
            conn.pragma_update(None, "foreign_keys", false).unwrap(); // judges and lessons left out
            Migrations::new(MIGRATIONS[..3].iter().map(|sql| M::up(sql)).collect())
                .to_latest(&mut conn)
                .unwrap();
            conn.execute(
                "INSERT INTO session (id, uid, created_at, settings) VALUES (1, 'u', 't', '{}')",
                [],
            )
            .unwrap();
            // J1: revision 2 replaced 1; J2: a conflict at revision 1 (no current scores)
            let rows = [
                ("J1", 1, "h1", sheet(&[("L1", 10)])),
                ("J1", 2, "h2", sheet(&[("L1", 20), ("L2", 30)])),
                ("J2", 1, "h3", sheet(&[("L1", 40)])),
                ("J2", 1, "h4", sheet(&[("L1", 50)])),
            ];
            for (judge, revision, hash, scores) in rows {
                conn.execute(
                    "INSERT INTO sheet_import VALUES (?1, ?2, ?3, 'intact', 'f.xlsx', 't', ?4, '[]')",
                    params![judge, revision, hash, scores],
                )
                .unwrap();
            }
            for (lesson, t) in [("L1", 20), ("L2", 30)] {
                conn.execute(
                    "INSERT INTO judgement VALUES ('J1', ?1, 2, ?2)",
                    params![lesson, json(&scores(t))],
                )
                .unwrap();
            }
        }
        let store = Store::open(&path).expect("a version 3 file opens");
        let mut expected = BTreeMap::new();
        expected.insert((JudgeId::new("J1"), LessonId::new("L1")), scores(20));
        expected.insert((JudgeId::new("J1"), LessonId::new("L2")), scores(30));
        assert_eq!(store.judgements().unwrap(), expected, "what the judgement table held");
        assert_eq!(store.conflicts().unwrap(), vec![(JudgeId::new("J2"), 1)]);
    }

    #[test]
    fn a_sheet_assembled_from_lesson_json_stores_exactly_what_serializing_it_whole_gives() {
        let mut scores = BTreeMap::new();
        for (id, comment) in [("L2", "好"), ("L10", "引号\"与\\反斜杠"), ("L\"1", "")] {
            scores.insert(
                LessonId::new(id),
                LessonScores {
                    scores: vec![Some(crate::points::Points::from_f64(7.5).unwrap()), None],
                    vetoes: vec![],
                    comment: comment.into(),
                    unscored: None,
                },
            );
        }
        let sheet = ImportedSheet {
            judge: JudgeId::new("J1"),
            revision: 2,
            status: "intact".into(),
            file: "a.xlsx".into(),
            scores: scores.clone(),
            changes: vec![],
        };
        let prepared = sheet.prepare();
        assert_eq!(prepared.scores, json(&scores));
        assert_eq!(
            prepared.hash,
            crate::sheet::hmac_hex(b"content", json(&scores).as_bytes())
        );
        let empty = PreparedSheet::new(JudgeId::new("J1"), 1, "intact".into(), "b.xlsx".into(), vec![], &[]);
        assert_eq!(empty.scores, json(&BTreeMap::<LessonId, LessonScores>::new()));
    }

    #[test]
    fn a_version_1_session_upgrades_and_gets_a_secret() {
        let dir = std::env::temp_dir().join(format!("jingpin-v1-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("old.jpsession");
        let _ = std::fs::remove_file(&path);
        {
            let mut conn = Connection::open(&path).unwrap();
            conn.pragma_update(None, "application_id", APPLICATION_ID).unwrap();
            Migrations::new(vec![M::up(include_str!("schema_v1.sql"))])
                .to_latest(&mut conn)
                .unwrap();
            conn.execute(
                "INSERT INTO session (id, uid, created_at, settings) VALUES (1, 'u', 't', '{}')",
                [],
            )
            .unwrap();
            for k in 0..3 {
                conn.execute(
                    "INSERT INTO audit (at, who, action, target, old, new) VALUES ('t', '旧', 'x', ?1, NULL, 'v')",
                    [k.to_string()],
                )
                .unwrap();
            }
        }
        let store = Store::open(&path).expect("a version 1 file opens");
        let chain = store.verify_audit().unwrap();
        assert_eq!(
            (chain.rows, chain.broken_at),
            (3, None),
            "the rows already there are chained on upgrade"
        );
        let v: u32 = store
            .conn
            .pragma_query_value(None, "user_version", |r| r.get(0))
            .unwrap();
        assert_eq!(v, schema_version(), "opening upgrades to the newest schema");
        let secret = store.secret().unwrap();
        assert_eq!(secret.len(), 64, "an old file gets its secret on upgrade: {secret}");
        assert!(secret.chars().all(|c| c.is_ascii_hexdigit()));
        assert_eq!(store.secret().unwrap(), secret, "reading it does not change it");
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn migrations_are_valid() {
        assert!(
            migrations().validate().is_ok(),
            "every migration applies to an empty database"
        );
    }

    #[test]
    fn diff_names_changed_leaves() {
        let a = serde_json::json!({"rules": {"trim": 1, "judges_per_lesson": 3}, "name": "x"});
        let b = serde_json::json!({"rules": {"trim": 1, "judges_per_lesson": 5}, "name": "x"});
        assert_eq!(
            diff(&a, &b),
            vec![("rules.judges_per_lesson".to_string(), "3".to_string(), "5".to_string())]
        );
    }
}

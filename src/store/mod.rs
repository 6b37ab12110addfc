//! The session file: one SQLite database per evaluation session (评审活动).
//!
//! The only module with SQL. WAL, foreign keys on, schema migrations by `rusqlite_migration`
//! (the schema version is SQLite's `user_version`; the file is marked as ours with
//! `application_id`). Every multi-row write is one transaction, and every change to settings and
//! data is written to the `audit` table in the same transaction: who, when, what, old → new.

use std::cell::Cell;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use chrono::{DateTime, SecondsFormat, Utc};
use rusqlite::{params, Connection, OpenFlags, OptionalExtension, Transaction, TransactionBehavior};
use rusqlite_migration::{Migrations, M};
use serde::{Deserialize, Serialize};

mod assignment;
mod audit_chain;
mod audit_log;
mod bar;
mod decisions;
mod file;
mod judges;
mod lessons;
mod materials;
pub mod register;
mod sheets;
pub mod similar;
pub mod workspace;

#[cfg(test)]
mod merge_tests;

pub use audit_chain::ChainState;
use audit_log::{audit, diff, read_audit};
use file::{open_immutable, quick_check, refused_for_media, same_file};
pub use materials::MaterialRun;
pub use sheets::{ImportedSheet, PreparedSheet, SheetMerge, SheetPick, SheetRecord, WaitReason, WaitingSheet};

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
const MIGRATIONS: [&str; 11] = [
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
    include_str!("schema_v11.sql"),
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
    /// A chair's decision, decoded from `action` and `new` (None for every other row).
    #[serde(default)]
    pub decision: Option<crate::aggregate::DecisionRecord>,
}

/// What a lesson import did.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Merged {
    pub added: u32,
    pub updated: u32,
    pub unchanged: u32,
}

pub(crate) struct Store {
    conn: Connection,
    path: PathBuf,
    /// What SQLite's quick check found wrong, made before the first change (or when asked): a
    /// damaged session is read-only (every change refused, with a message to restore the last
    /// backup). Not made for commands that only read: at national scale it costs 65–150 ms.
    check: std::cell::OnceCell<Option<String>>,
    /// Opened from a write-protected file or read-only media: every change is refused.
    read_only: bool,
}

impl Drop for Store {
    fn drop(&mut self) {
        // best effort: closing the last connection checkpoints too; this makes it explicit (a
        // damaged file is left exactly as it was found)
        if !self.read_only && self.check.get().is_none_or(|d| d.is_none()) {
            let _ = self.checkpoint();
        }
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

/// How long a connection waits for another's lock before the call is `Busy`.
const BUSY_WAIT: Duration = Duration::from_secs(5);

thread_local! {
    /// When the current wait for a lock began (SQLite calls the busy handler on the waiting thread).
    static WAITING_SINCE: Cell<Option<Instant>> = const { Cell::new(None) };
}

/// Makes `conn` wait for a lock held by another connection, trying again every millisecond for up
/// to [`BUSY_WAIT`]. SQLite's own busy timeout sleeps up to 100 ms between tries: a writer saving
/// in a loop holds the lock most of the time and frees it only between two of its transactions,
/// which such long sleeps mostly miss: the other writer waited 60–140 ms a save, and on a loaded
/// machine could run out of time (`Busy`) although the lock was free again and again.
pub(crate) fn wait_when_busy(conn: &Connection) -> rusqlite::Result<()> {
    conn.busy_handler(Some(|tries: i32| {
        let since = WAITING_SINCE.with(|w| {
            if tries == 0 {
                w.set(Some(Instant::now()));
            }
            w.get().unwrap_or_else(Instant::now)
        });
        if since.elapsed() >= BUSY_WAIT {
            return false;
        }
        std::thread::sleep(Duration::from_millis(1));
        true
    }))
}

/// A database error on the session file at `path`; a write that still finds the file locked after
/// [`BUSY_WAIT`] is `Busy` (another window or command is changing it).
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
        } else if source.sqlite_error_code() == Some(rusqlite::ErrorCode::DiskFull) {
            // the write's transaction is rolled back: nothing of it was stored
            ErrorKind::DiskFull {
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
        // the busy handler first, so that even switching to WAL waits for another opener
        wait_when_busy(conn).map_err(err)?;
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
            check: std::cell::OnceCell::from(None),
            read_only: false,
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
        if path.is_dir() {
            return Err(ErrorKind::IsFolder {
                path: path.to_path_buf(),
            }
            .into());
        }
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
        // a write-protected file, or one on read-only media (a locked USB stick, a CD), opens
        // read-only: everything that only reads works, every change is refused as such
        let write_protected = std::fs::metadata(path).is_ok_and(|m| m.permissions().readonly());
        let mut read_only = write_protected;
        let mut conn = if read_only {
            open_immutable(path).map_err(err)?
        } else {
            Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_WRITE).map_err(err)?
        };
        let probe = |conn: &Connection| -> rusqlite::Result<(i32, u32)> {
            let app = conn.pragma_query_value(None, "application_id", |r| r.get(0))?;
            let version = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
            Ok((app, version))
        };
        let (app, version) = match probe(&conn) {
            Err(e) if !read_only && refused_for_media(&e) => {
                read_only = true;
                conn = open_immutable(path).map_err(err)?;
                probe(&conn).map_err(err)?
            }
            other => other.map_err(err)?,
        };
        if app != APPLICATION_ID {
            return Err(not_session());
        }
        if version > schema_version() {
            return Err(ErrorKind::NewerSchema {
                path: path.to_path_buf(),
                found: version,
                supported: schema_version(),
            }
            .into());
        }
        if !read_only {
            match Self::configure(&conn, path) {
                Ok(()) => {}
                Err(Error {
                    kind: ErrorKind::Database { ref source, .. },
                    ..
                }) if refused_for_media(source) => {
                    read_only = true;
                    conn = open_immutable(path).map_err(err)?;
                }
                Err(e) => return Err(e),
            }
        }
        if read_only && version < schema_version() {
            // an older session needs its schema upgraded, which read-only media forbid
            return Err(ErrorKind::ReadOnly {
                path: path.to_path_buf(),
            }
            .into());
        }
        // a damaged file is never written into, a migration included: one that would need a
        // migration cannot be read at all
        let check = std::cell::OnceCell::new();
        if version < schema_version() {
            if let Some(detail) = check.get_or_init(|| quick_check(&conn)) {
                return Err(ErrorKind::Damaged {
                    path: path.to_path_buf(),
                    detail: detail.clone(),
                }
                .into());
            }
            migrations()
                .to_latest(&mut conn)
                .map_err(|e| migration_error(path, e))?;
        }
        Ok(Store {
            conn,
            path: path.to_path_buf(),
            check,
            read_only,
        })
    }

    /// What SQLite's quick check finds wrong with the session file (it is then read-only); made
    /// once per opening.
    pub fn damaged(&self) -> Option<&str> {
        self.check.get_or_init(|| quick_check(&self.conn)).as_deref()
    }

    /// Whether the session was opened read-only (a write-protected file or read-only media).
    pub fn read_only(&self) -> bool {
        self.read_only
    }

    /// Refuses a change to a session on read-only media or a damaged one.
    pub(crate) fn intact(&self) -> Result<(), Error> {
        if self.read_only {
            return Err(ErrorKind::ReadOnly {
                path: self.path.clone(),
            }
            .into());
        }
        match self.damaged() {
            Some(detail) => Err(ErrorKind::Damaged {
                path: self.path.clone(),
                detail: detail.to_owned(),
            }
            .into()),
            None => Ok(()),
        }
    }

    /// SQLite's full integrity check of the session file (`jingpin session check`): every
    /// problem it reports, none when the file is whole.
    pub fn integrity(&self) -> Result<Vec<String>, Error> {
        let mut stmt = self.conn.prepare("PRAGMA integrity_check").map_err(self.db_err())?;
        let rows: Vec<String> = stmt
            .query_map([], |r| r.get(0))
            .map_err(self.db_err())?
            .collect::<Result<_, _>>()
            .map_err(self.db_err())?;
        Ok(rows.into_iter().filter(|r| r != "ok").collect())
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
        self.change(|tx| {
            tx.execute("UPDATE session SET settings = ?1 WHERE id = 1", params![json(settings)])?;
            for r in rubrics {
                tx.execute(
                    "INSERT OR IGNORE INTO rubric (category, rubric_id, content_hash, toml) VALUES (?1, ?2, ?3, ?4)",
                    params![r.category().name(), r.id().as_str(), r.content_hash(), r.to_toml()],
                )?;
            }
            for (key, o, n) in &changes {
                audit(tx, actor, "settings.update", key, Some(o), Some(n))?;
            }
            Ok(changes)
        })
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

    /// Writes a complete, consistent copy of the session to `dest` while it stays open (SQLite's
    /// `VACUUM INTO`: the copy includes what is still in the `-wal` file, which a plain file copy
    /// of an open session misses). Written beside `dest` first and renamed, so a failed backup
    /// never leaves a half-written file under the chosen name.
    ///
    /// Refused: a target that is this session (the same path, or the same file by another name:
    /// replacing it while another window holds it open corrupts it), an existing file unless
    /// `replace` (the window's save dialog has asked; the CLI's `--force`), a folder that does
    /// not exist (named as such).
    pub fn backup(&self, dest: &Path, replace: bool) -> Result<(), Error> {
        if same_file(&self.path, dest) {
            return Err(ErrorKind::BackupOntoSource {
                path: dest.to_path_buf(),
            }
            .into());
        }
        if dest.exists() && !replace {
            return Err(ErrorKind::SessionExists {
                path: dest.to_path_buf(),
            }
            .into());
        }
        if let Some(folder) = dest.parent().filter(|f| !f.as_os_str().is_empty()) {
            if !folder.is_dir() {
                return Err(ErrorKind::NoFolder {
                    path: folder.to_path_buf(),
                }
                .into());
            }
        }
        let tmp = dest.with_extension("jpsession-partial");
        let _ = std::fs::remove_file(&tmp);
        let result = self
            .conn
            .execute("VACUUM INTO ?1", [tmp.to_string_lossy().as_ref()])
            .map_err(|e| {
                // a damaged session is the source's fault, not the target's
                let damaged = matches!(
                    e.sqlite_error_code(),
                    Some(rusqlite::ErrorCode::DatabaseCorrupt | rusqlite::ErrorCode::NotADatabase)
                );
                database_error(if damaged { &self.path } else { dest })(e)
            });
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
}

/// Absent judges and the reason the chair gave for each.
pub type Absences = BTreeMap<JudgeId, String>;

/// Runs `f` in one IMMEDIATE transaction on `conn` and commits it (nothing of it lands if `f`
/// fails); a database error names the file at `path`. Not checked against 定稿: the one write a
/// finalized session takes (reopening it) uses it; every other write goes through
/// [`Store::change`].
pub(crate) fn immediate<T>(
    conn: &mut Connection,
    path: &Path,
    f: impl FnOnce(&Connection) -> rusqlite::Result<T>,
) -> Result<T, Error> {
    let err = database_error(path);
    let tx = conn
        .transaction_with_behavior(TransactionBehavior::Immediate)
        .map_err(err)?;
    let out = f(&tx).map_err(err)?;
    tx.commit().map_err(err)?;
    Ok(out)
}

/// Refuses a write while the session is finalized, read through the write's own transaction: a
/// 定稿 another window or process committed while this write waited for the lock is seen here,
/// never missed by a check made before the transaction began.
pub(crate) fn ensure_open(conn: &Connection, path: &Path) -> Result<(), Error> {
    let at: Option<String> = conn
        .query_row("SELECT finalized FROM decision WHERE id = 1", [], |r| r.get(0))
        .optional()
        .map_err(database_error(path))?
        .flatten();
    match at {
        Some(at) => Err(ErrorKind::Finalized { at }.into()),
        None => Ok(()),
    }
}

impl Store {
    /// What every write to the session starts with: refused on a damaged or read-only session,
    /// then an IMMEDIATE transaction in which 定稿 is checked. Returns it with the session's path
    /// (for naming database errors while the transaction borrows the connection).
    pub(crate) fn begin_write(&mut self) -> Result<(Transaction<'_>, &Path), Error> {
        self.intact()?;
        let (conn, path) = (&mut self.conn, self.path.as_path());
        let tx = conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(database_error(path))?;
        ensure_open(&tx, path)?;
        Ok((tx, path))
    }

    /// A change to the session: `f` in one IMMEDIATE transaction, refused inside it once the
    /// session is finalized. Inside [`Store::exclusive`] it is a savepoint of that transaction.
    pub(crate) fn change<T>(&mut self, f: impl FnOnce(&Connection) -> rusqlite::Result<T>) -> Result<T, Error> {
        if !self.conn.is_autocommit() {
            self.intact()?;
            ensure_open(&self.conn, &self.path)?;
            let err = database_error(&self.path);
            let sp = self.conn.savepoint().map_err(err)?;
            let out = f(&sp).map_err(err)?;
            sp.commit().map_err(err)?;
            return Ok(out);
        }
        let (tx, path) = self.begin_write()?;
        let err = database_error(path);
        let out = f(&tx).map_err(err)?;
        tx.commit().map_err(err)?;
        Ok(out)
    }

    /// Runs `f` — its checks and its writes — in one IMMEDIATE transaction, so that what it
    /// checked is what it writes into: no other connection writes in between (it waits for the
    /// lock, then sees everything committed before). Nothing of it lands if `f` fails. Used where
    /// a write depends on reading the whole session first (定稿, a chair's decision).
    pub fn exclusive<T>(&mut self, f: impl FnOnce(&mut Store) -> Result<T, Error>) -> Result<T, Error> {
        self.intact()?;
        if !self.conn.is_autocommit() {
            return f(self);
        }
        let path = self.path.clone();
        let err = database_error(&path);
        self.conn.execute_batch("BEGIN IMMEDIATE").map_err(err)?;
        match f(self) {
            Ok(out) => match self.conn.execute_batch("COMMIT") {
                Ok(()) => Ok(out),
                Err(e) => {
                    let _ = self.conn.execute_batch("ROLLBACK");
                    Err(err(e))
                }
            },
            Err(e) => {
                let _ = self.conn.execute_batch("ROLLBACK");
                Err(e)
            }
        }
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

/// Runs one statement through the connection's statement cache, so a row written thousands of
/// times in one import is parsed once.
fn exec(tx: &Connection, sql: &str, params: impl rusqlite::Params) -> rusqlite::Result<usize> {
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
    tx: &Connection,
    actor: &Actor,
    kind: &str,
    existing: Option<(&str, &F)>,
    fields: &F,
    next_seq: &mut u32,
    merged: &mut Merged,
    write: impl FnOnce(&Connection, Option<&str>, Option<u32>) -> rusqlite::Result<String>,
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

#[cfg(test)]
mod file_tests;

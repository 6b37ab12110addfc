//! 查重 in files: the session's last screening (`schema_v11.sql`), the extraction cache (a file of
//! its own in the user's cache folder, so that a rerun reads no document twice) and the archive of
//! earlier years' lessons (one file an office keeps, `jingpin materials archive add`).

use std::path::{Path, PathBuf};

use rusqlite::{params, Connection, OptionalExtension};
use rusqlite_migration::{Migrations, M};

use super::{audit, database_error, from_json, json, migration_error, Actor, Store};
use crate::error::{Error, ErrorKind};
use crate::similar::extract::Unscreened;
use crate::similar::report::{ArchiveLesson, Screening};
use crate::similar::Print;

impl Store {
    /// Replaces the stored screening with a new one and keeps the texts its findings show, in
    /// one transaction, audited with its counts.
    pub fn save_screening(
        &mut self,
        screening: &Screening,
        texts: &[(String, String)],
        actor: &Actor,
    ) -> Result<(), Error> {
        self.change(|tx| {
            tx.execute("DELETE FROM similar_text", [])?;
            {
                let mut insert = tx.prepare("INSERT OR IGNORE INTO similar_text (hash, text) VALUES (?1, ?2)")?;
                for (hash, text) in texts {
                    insert.execute(params![hash, text])?;
                }
            }
            tx.execute(
                "INSERT INTO similar_run (id, at, report) VALUES (1, ?1, ?2)
                 ON CONFLICT(id) DO UPDATE SET at = excluded.at, report = excluded.report",
                params![actor.at(), json(screening)],
            )?;
            audit(
                tx,
                actor,
                "materials.similar",
                &screening.root,
                None,
                Some(&format!(
                    "{} documents of {} lessons screened against {} archive documents; {} findings; {} files not screened",
                    screening.documents,
                    screening.lessons,
                    screening.archive_documents,
                    screening.findings.len(),
                    screening.unscreened.len()
                )),
            )?;
            Ok(())
        })
    }

    /// The last screening and when it ran.
    pub fn screening(&self) -> Result<Option<(Screening, String)>, Error> {
        let e = self.db_err();
        self.conn
            .query_row("SELECT report, at FROM similar_run WHERE id = 1", [], |r| {
                Ok((from_json::<Screening>(&r.get::<_, String>(0)?)?, r.get(1)?))
            })
            .optional()
            .map_err(e)
    }

    /// Records that the chair dismissed a finding, with the reason (audited); a second dismissal
    /// of the same finding replaces the first.
    pub fn dismiss_finding(&mut self, key: &FindingKey, reason: &str, actor: &Actor) -> Result<(), Error> {
        self.change(|tx| {
            tx.execute(
                "INSERT OR REPLACE INTO similar_dismissal (a_lesson, a_file, b_lesson, b_file, reason, who, at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                params![
                    key.a_lesson,
                    key.a_file,
                    key.b_lesson,
                    key.b_file,
                    reason,
                    actor.who,
                    actor.at()
                ],
            )?;
            audit(
                tx,
                actor,
                "materials.similar.dismiss",
                &key.a_lesson,
                None,
                Some(&json(&serde_json::json!({ "finding": key, "reason": reason }))),
            )?;
            Ok(())
        })
    }

    /// The findings the chair dismissed, with the reason, who and when.
    pub fn dismissals(&self) -> Result<Vec<Dismissal>, Error> {
        let e = self.db_err();
        let mut stmt = self
            .conn
            .prepare("SELECT a_lesson, a_file, b_lesson, b_file, reason, who, at FROM similar_dismissal ORDER BY a_lesson, a_file, b_lesson, b_file")
            .map_err(&e)?;
        let rows = stmt
            .query_map([], |r| {
                Ok(Dismissal {
                    key: FindingKey {
                        a_lesson: r.get(0)?,
                        a_file: r.get(1)?,
                        b_lesson: r.get(2)?,
                        b_file: r.get(3)?,
                    },
                    reason: r.get(4)?,
                    who: r.get(5)?,
                    at: r.get(6)?,
                })
            })
            .map_err(&e)?;
        rows.collect::<Result<_, _>>().map_err(&e)
    }

    /// A document's text kept with the screening (by the hash its finding names).
    pub fn screened_text(&self, hash: &str) -> Result<Option<String>, Error> {
        self.conn
            .query_row("SELECT text FROM similar_text WHERE hash = ?1", [hash], |r| r.get(0))
            .optional()
            .map_err(self.db_err())
    }
}

/// The two documents a finding names: what a dismissal is kept by.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct FindingKey {
    pub a_lesson: String,
    pub a_file: String,
    pub b_lesson: String,
    pub b_file: String,
}

/// A finding the chair dismissed.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Dismissal {
    pub key: FindingKey,
    pub reason: String,
    pub who: String,
    pub at: String,
}

/// Opens (creating) a side file of ours: its folder made, busy waits set, marked with `app`,
/// migrated to `schema`.
fn open_side_file(path: &Path, app: i32, schema: &[&'static str]) -> Result<Connection, Error> {
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).map_err(|e| Error::write(dir, e))?;
    }
    let err = database_error(path);
    let fresh = !path.exists();
    let mut conn = Connection::open(path).map_err(err)?;
    super::wait_when_busy(&conn).map_err(err)?;
    let found: i32 = conn
        .pragma_query_value(None, "application_id", |r| r.get(0))
        .map_err(err)?;
    if fresh || found == 0 {
        conn.pragma_update(None, "application_id", app).map_err(err)?;
    } else if found != app {
        return Err(ErrorKind::NotASession {
            path: path.to_path_buf(),
        }
        .into());
    }
    conn.pragma_update(None, "journal_mode", "WAL").map_err(err)?;
    Migrations::new(schema.iter().map(|s| M::up(s)).collect())
        .to_latest(&mut conn)
        .map_err(|e| migration_error(path, e))?;
    Ok(conn)
}

/// Marks the extraction cache ("JPTC").
const CACHE_ID: i32 = 0x4A50_5443;

const CACHE_SCHEMA: [&str; 1] = [r#"
CREATE TABLE text (
    hash    TEXT NOT NULL,
    version INTEGER NOT NULL,
    text    TEXT,
    failed  TEXT,
    PRIMARY KEY (hash, version)
);
CREATE TABLE seen (
    path  TEXT PRIMARY KEY,
    bytes INTEGER NOT NULL,
    mtime INTEGER NOT NULL,
    hash  TEXT NOT NULL
);
"#];

/// The text already read from a file, by the file's content hash; and the hash of a file by its
/// path, size and modification time, so that an unchanged file is not even read again.
pub struct TextCache {
    conn: Connection,
    path: PathBuf,
}

/// What the cache knows of a file's content.
pub type Cached = Result<String, Unscreened>;

impl TextCache {
    pub fn open(path: &Path) -> Result<TextCache, Error> {
        Ok(TextCache {
            conn: open_side_file(path, CACHE_ID, &CACHE_SCHEMA)?,
            path: path.to_path_buf(),
        })
    }

    /// The content hash last seen at `path` with this size and modification time.
    pub fn seen(&self, path: &str, bytes: u64, mtime: i64) -> Result<Option<String>, Error> {
        self.conn
            .query_row(
                "SELECT hash FROM seen WHERE path = ?1 AND bytes = ?2 AND mtime = ?3",
                params![path, bytes as i64, mtime],
                |r| r.get(0),
            )
            .optional()
            .map_err(database_error(&self.path))
    }

    /// The text (or why there is none) of the content with this hash, read by this extractor.
    pub fn get(&self, hash: &str, version: u32) -> Result<Option<Cached>, Error> {
        self.conn
            .query_row(
                "SELECT text, failed FROM text WHERE hash = ?1 AND version = ?2",
                params![hash, version],
                |r| Ok((r.get::<_, Option<String>>(0)?, r.get::<_, Option<String>>(1)?)),
            )
            .optional()
            .map_err(database_error(&self.path))
            .map(|row| {
                row.and_then(|(text, failed)| match (text, failed) {
                    (Some(t), _) => Some(Ok(t)),
                    (None, Some(f)) => serde_json::from_value(serde_json::Value::String(f)).ok().map(Err),
                    _ => None,
                })
            })
    }

    /// Records files read: (path, size, mtime, hash, text) in one transaction.
    pub fn put(&mut self, version: u32, rows: &[(String, u64, i64, String, Cached)]) -> Result<(), Error> {
        let e = database_error(&self.path);
        let tx = self.conn.transaction().map_err(e)?;
        {
            let mut seen = tx
                .prepare("INSERT OR REPLACE INTO seen (path, bytes, mtime, hash) VALUES (?1, ?2, ?3, ?4)")
                .map_err(e)?;
            let mut text = tx
                .prepare("INSERT OR REPLACE INTO text (hash, version, text, failed) VALUES (?1, ?2, ?3, ?4)")
                .map_err(e)?;
            for (path, bytes, mtime, hash, got) in rows {
                seen.execute(params![path, *bytes as i64, mtime, hash]).map_err(e)?;
                let (t, f) = match got {
                    Ok(t) => (Some(t.as_str()), None),
                    Err(u) => (None, Some(u.code())),
                };
                text.execute(params![hash, version, t, f]).map_err(e)?;
            }
        }
        tx.commit().map_err(e)
    }
}

/// Marks an archive of earlier years' lessons ("JPAR").
const ARCHIVE_ID: i32 = 0x4A50_4152;

const ARCHIVE_SCHEMA: [&str; 1] = [r#"
CREATE TABLE lesson (
    id       INTEGER PRIMARY KEY AUTOINCREMENT,
    year     INTEGER NOT NULL,
    session  TEXT NOT NULL,
    info     TEXT NOT NULL,
    UNIQUE (year, session, id)
);
CREATE TABLE document (
    id       INTEGER PRIMARY KEY AUTOINCREMENT,
    lesson   INTEGER NOT NULL REFERENCES lesson(id) ON DELETE CASCADE,
    file     TEXT NOT NULL,
    hash     TEXT NOT NULL,
    text     TEXT NOT NULL,
    prints   BLOB NOT NULL
);
CREATE INDEX document_lesson ON document(lesson);
"#];

/// A document as archived: its file (relative to the lesson's folder), content hash, text and
/// fingerprints.
pub type ArchivedText = (String, String, String, Vec<Print>);

/// One archived document, as screening reads it (its text only when compared).
#[derive(Debug, Clone)]
pub struct ArchiveDocument {
    pub id: i64,
    pub lesson: i64,
    pub file: String,
    pub hash: String,
}

/// An archive of earlier years' lessons: their documents' text and fingerprints (not the videos),
/// with year, region, lesson, teacher, node and prize.
pub struct Archive {
    conn: Connection,
    path: PathBuf,
}

impl Archive {
    /// Opens an archive, creating it when `create` (an archive given to screen must exist).
    pub fn open(path: &Path, create: bool) -> Result<Archive, Error> {
        if !create && !path.is_file() {
            return Err(Error::read(path, std::io::Error::from(std::io::ErrorKind::NotFound)));
        }
        let conn = open_side_file(path, ARCHIVE_ID, &ARCHIVE_SCHEMA)?;
        conn.pragma_update(None, "foreign_keys", true)
            .map_err(database_error(path))?;
        Ok(Archive {
            conn,
            path: path.to_path_buf(),
        })
    }

    /// An archive held in memory (earlier years' lesson folders given as a folder, read for one
    /// screening).
    pub fn in_memory(name: &Path) -> Result<Archive, Error> {
        let err = database_error(name);
        let mut conn = Connection::open_in_memory().map_err(err)?;
        Migrations::new(ARCHIVE_SCHEMA.iter().map(|s| M::up(s)).collect())
            .to_latest(&mut conn)
            .map_err(|e| migration_error(name, e))?;
        Ok(Archive {
            conn,
            path: name.to_path_buf(),
        })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Adds a session's lessons and their documents in one transaction, replacing what the
    /// archive held of the same session and year (so that adding twice keeps one copy).
    pub fn add(
        &mut self,
        year: i32,
        session: &str,
        lessons: &[(ArchiveLesson, Vec<ArchivedText>)],
    ) -> Result<(u32, u32), Error> {
        let e = database_error(&self.path);
        let tx = self.conn.transaction().map_err(e)?;
        tx.execute(
            "DELETE FROM lesson WHERE year = ?1 AND session = ?2",
            params![year, session],
        )
        .map_err(e)?;
        let mut documents = 0;
        {
            let mut lesson_row = tx
                .prepare("INSERT INTO lesson (year, session, info) VALUES (?1, ?2, ?3)")
                .map_err(e)?;
            let mut doc_row = tx
                .prepare("INSERT INTO document (lesson, file, hash, text, prints) VALUES (?1, ?2, ?3, ?4, ?5)")
                .map_err(e)?;
            for (info, docs) in lessons {
                lesson_row.execute(params![year, session, json(info)]).map_err(e)?;
                let id = tx.last_insert_rowid();
                for (file, hash, text, prints) in docs {
                    doc_row
                        .execute(params![id, file, hash, text, pack(prints)])
                        .map_err(e)?;
                    documents += 1;
                }
            }
        }
        tx.commit().map_err(e)?;
        Ok((lessons.len() as u32, documents))
    }

    /// The archived lessons from `since` on (the screening's window), by id.
    pub fn lessons(&self, since: i32) -> Result<Vec<(i64, ArchiveLesson)>, Error> {
        let e = database_error(&self.path);
        let mut stmt = self
            .conn
            .prepare("SELECT id, info FROM lesson WHERE year >= ?1 OR year = 0 ORDER BY id")
            .map_err(e)?;
        let rows = stmt
            .query_map([since], |r| Ok((r.get(0)?, from_json(&r.get::<_, String>(1)?)?)))
            .map_err(e)?;
        rows.collect::<Result<_, _>>().map_err(e)
    }

    /// Every document of the lessons from `since` on, with its fingerprints, handed to `each` in
    /// id order (streamed: a national archive's fingerprints are not held twice).
    pub fn each_document(&self, since: i32, each: &mut dyn FnMut(ArchiveDocument, Vec<Print>)) -> Result<(), Error> {
        let e = database_error(&self.path);
        let mut stmt = self
            .conn
            .prepare(
                "SELECT d.id, d.lesson, d.file, d.hash, d.prints FROM document d JOIN lesson l ON l.id = d.lesson
                 WHERE l.year >= ?1 OR l.year = 0 ORDER BY d.id",
            )
            .map_err(e)?;
        let mut rows = stmt.query([since]).map_err(e)?;
        while let Some(r) = rows.next().map_err(e)? {
            let doc = ArchiveDocument {
                id: r.get(0).map_err(e)?,
                lesson: r.get(1).map_err(e)?,
                file: r.get(2).map_err(e)?,
                hash: r.get(3).map_err(e)?,
            };
            let blob: Vec<u8> = r.get(4).map_err(e)?;
            each(doc, unpack(&blob));
        }
        Ok(())
    }

    /// One archived document's text.
    pub fn text(&self, document: i64) -> Result<String, Error> {
        self.conn
            .query_row("SELECT text FROM document WHERE id = ?1", [document], |r| r.get(0))
            .map_err(database_error(&self.path))
    }
}

/// Fingerprints as a blob: 12 bytes each, little-endian hash then position.
fn pack(prints: &[Print]) -> Vec<u8> {
    let mut out = Vec::with_capacity(prints.len() * 12);
    for p in prints {
        out.extend_from_slice(&p.hash.to_le_bytes());
        out.extend_from_slice(&p.pos.to_le_bytes());
    }
    out
}

fn unpack(blob: &[u8]) -> Vec<Print> {
    blob.chunks_exact(12)
        .map(|c| Print {
            hash: u64::from_le_bytes(c[..8].try_into().expect("8 bytes")),
            pos: u32::from_le_bytes(c[8..].try_into().expect("4 bytes")),
        })
        .collect()
}

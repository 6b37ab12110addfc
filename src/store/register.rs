//! The bar register's own file (失信名单, `paths::register_file`): kept in the user data folder
//! so it outlives every session, with its own hash-chained audit log of every add, edit, removal
//! and import (the same chain as a session's, `audit_chain`).

use std::path::{Path, PathBuf};

use rusqlite::{params, Connection};
use rusqlite_migration::{Migrations, M};
use serde::{Deserialize, Serialize};

use super::audit_chain::{self, ChainState};
use super::{audit, database_error, immediate, json, migration_error, Actor, AuditEntry};
use crate::error::{Error, ErrorKind};
use crate::register::BarEntry;

/// Marks a SQLite file as a Jingpin bar register ("JPBR").
const APPLICATION_ID: i32 = 0x4A50_4252;

const SCHEMA: [&str; 1] = [r#"
CREATE TABLE entry (
    id      INTEGER PRIMARY KEY AUTOINCREMENT,
    name    TEXT NOT NULL,
    school  TEXT NOT NULL,
    region  TEXT NOT NULL,
    year    INTEGER NOT NULL,
    session TEXT NOT NULL,
    reason  TEXT NOT NULL
);
CREATE TABLE audit (
    seq     INTEGER PRIMARY KEY AUTOINCREMENT,
    at      TEXT NOT NULL,
    who     TEXT NOT NULL,
    action  TEXT NOT NULL,
    target  TEXT NOT NULL,
    old     TEXT,
    new     TEXT,
    prev    TEXT NOT NULL DEFAULT '',
    hash    TEXT NOT NULL DEFAULT ''
);
"#];

/// One entry with its row id (what an edit or a removal names).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct RegisterRow {
    pub id: u32,
    #[serde(flatten)]
    pub entry: BarEntry,
}

/// What adding entries did (an entry already there by its key is not added twice).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct RegisterAdded {
    pub added: u32,
    pub already: u32,
}

pub struct Register {
    conn: Connection,
    path: PathBuf,
}

impl Register {
    /// Opens the register, creating it (and its folder) on first use.
    pub fn open(path: &Path) -> Result<Register, Error> {
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).map_err(|e| Error::write(dir, e))?;
        }
        let err = database_error(path);
        let fresh = !path.exists();
        let mut conn = Connection::open(path).map_err(err)?;
        super::wait_when_busy(&conn).map_err(err)?;
        let app: i32 = conn
            .pragma_query_value(None, "application_id", |r| r.get(0))
            .map_err(err)?;
        if fresh || app == 0 {
            conn.pragma_update(None, "application_id", APPLICATION_ID)
                .map_err(err)?;
        } else if app != APPLICATION_ID {
            return Err(ErrorKind::NotASession {
                path: path.to_path_buf(),
            }
            .into());
        }
        Migrations::new(SCHEMA.iter().map(|s| M::up(s)).collect())
            .to_latest(&mut conn)
            .map_err(|e| migration_error(path, e))?;
        Ok(Register {
            conn,
            path: path.to_path_buf(),
        })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Every entry, newest year first, then by name.
    pub fn entries(&self) -> Result<Vec<RegisterRow>, Error> {
        let e = database_error(&self.path);
        let mut stmt = self
            .conn
            .prepare("SELECT id, name, school, region, year, session, reason FROM entry ORDER BY year DESC, name, school, id")
            .map_err(e)?;
        let rows = stmt
            .query_map([], |r| {
                Ok(RegisterRow {
                    id: r.get(0)?,
                    entry: BarEntry {
                        name: r.get(1)?,
                        school: r.get(2)?,
                        region: r.get(3)?,
                        year: r.get(4)?,
                        session: r.get(5)?,
                        reason: r.get(6)?,
                    },
                })
            })
            .map_err(e)?;
        rows.collect::<Result<_, _>>().map_err(e)
    }

    /// Adds entries in one transaction (audited one by one, `action` = `register.add` or
    /// `register.import` with `source` as the target); an entry already there is skipped.
    pub fn add(
        &mut self,
        entries: &[BarEntry],
        action: &str,
        source: &str,
        actor: &Actor,
    ) -> Result<RegisterAdded, Error> {
        let mut seen: std::collections::HashSet<_> = self.entries()?.into_iter().map(|r| r.entry.key()).collect();
        immediate(&mut self.conn, &self.path, |tx| {
            let mut out = RegisterAdded::default();
            for e in entries {
                if !seen.insert(e.key()) {
                    out.already += 1;
                    continue;
                }
                tx.execute(
                    "INSERT INTO entry (name, school, region, year, session, reason) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                    params![
                        e.name.trim(),
                        e.school.trim(),
                        e.region.trim(),
                        e.year,
                        e.session.trim(),
                        e.reason.trim()
                    ],
                )?;
                audit(tx, actor, action, source, None, Some(&json(e)))?;
                out.added += 1;
            }
            Ok(out)
        })
    }

    /// Replaces one entry (a typo in a name, a school renamed), audited old → new with the reason.
    pub fn update(&mut self, id: u32, entry: &BarEntry, reason: &str, actor: &Actor) -> Result<(), Error> {
        self.change(id, Some(entry), reason, actor)
    }

    /// Removes one entry (entered by mistake, lifted on appeal), audited with the reason.
    pub fn remove(&mut self, id: u32, reason: &str, actor: &Actor) -> Result<(), Error> {
        self.change(id, None, reason, actor)
    }

    fn change(&mut self, id: u32, entry: Option<&BarEntry>, reason: &str, actor: &Actor) -> Result<(), Error> {
        crate::error::require_reason(reason)?;
        let old = self.entries()?.into_iter().find(|r| r.id == id).ok_or_else(|| {
            Error::from(ErrorKind::NotFound {
                what: "register entry",
                id: id.to_string(),
            })
        })?;
        #[derive(Serialize)]
        struct Change<'a> {
            reason: &'a str,
            entry: Option<&'a BarEntry>,
        }
        immediate(&mut self.conn, &self.path, |tx| {
            match entry {
                Some(e) => tx.execute(
                    "UPDATE entry SET name = ?1, school = ?2, region = ?3, year = ?4, session = ?5, reason = ?6 WHERE id = ?7",
                    params![e.name.trim(), e.school.trim(), e.region.trim(), e.year, e.session.trim(), e.reason.trim(), id],
                )?,
                None => tx.execute("DELETE FROM entry WHERE id = ?1", [id])?,
            };
            audit(
                tx,
                actor,
                if entry.is_some() {
                    "register.update"
                } else {
                    "register.remove"
                },
                &id.to_string(),
                Some(&json(&old.entry)),
                Some(&json(&Change {
                    reason: reason.trim(),
                    entry,
                })),
            )
        })
    }

    /// The register's own audit log, oldest first.
    pub fn audit_log(&self) -> Result<Vec<AuditEntry>, Error> {
        super::read_audit(&self.conn).map_err(database_error(&self.path))
    }

    /// Checks the register's audit chain (see `audit_chain`).
    pub fn verify_audit(&self) -> Result<ChainState, Error> {
        audit_chain::verify(&self.conn).map_err(database_error(&self.path))
    }
}

//! The audit log as a hash chain (schema 7): each row's hash is SHA-256 over the previous row's
//! hash and the row's own content, so changing, deleting or inserting a row by hand breaks the
//! chain at that row. What it proves: the log was not edited outside the program since the row
//! was written. What it does not: someone who rewrites the whole chain from a row onwards with
//! this program's code can make it verify again — the printed lists carry the chain head (a short
//! hash) so that a copy on paper pins the log as it was.

use rusqlite::{params, Connection, OptionalExtension};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use super::Store;
use crate::error::Error;

/// The hash of one row: over the previous hash and every field, each length-prefixed so that no
/// two different rows hash alike by moving text between fields.
pub(super) fn row_hash(
    prev: &str,
    at: &str,
    who: &str,
    action: &str,
    target: &str,
    old: Option<&str>,
    new: Option<&str>,
) -> String {
    let mut h = Sha256::new();
    for part in [Some(prev), Some(at), Some(who), Some(action), Some(target), old, new] {
        match part {
            Some(p) => {
                h.update((p.len() as u64).to_le_bytes());
                h.update(p.as_bytes());
            }
            None => h.update(u64::MAX.to_le_bytes()),
        }
    }
    hex::encode(h.finalize())
}

/// The last row's hash (empty for an empty log).
pub(super) fn head(conn: &Connection) -> rusqlite::Result<String> {
    conn.prepare_cached("SELECT hash FROM audit ORDER BY seq DESC LIMIT 1")?
        .query_row([], |r| r.get(0))
        .optional()
        .map(Option::unwrap_or_default)
}

/// Chains every row in order (the migration that introduces the chain).
pub(super) fn seal_all(conn: &Connection) -> rusqlite::Result<()> {
    let rows: Vec<Row> = rows(conn)?;
    let mut prev = String::new();
    for r in rows {
        let hash = r.hash_after(&prev);
        conn.execute(
            "UPDATE audit SET prev = ?1, hash = ?2 WHERE seq = ?3",
            params![prev, hash, r.seq],
        )?;
        prev = hash;
    }
    Ok(())
}

/// One audit row with its chain columns.
pub(super) struct Row {
    pub(super) seq: u32,
    pub(super) at: String,
    pub(super) who: String,
    pub(super) action: String,
    pub(super) target: String,
    pub(super) old: Option<String>,
    pub(super) new: Option<String>,
    prev: String,
    hash: String,
}

impl Row {
    /// This row's hash when it follows a row hashed `prev`.
    fn hash_after(&self, prev: &str) -> String {
        row_hash(
            prev,
            &self.at,
            &self.who,
            &self.action,
            &self.target,
            self.old.as_deref(),
            self.new.as_deref(),
        )
    }
}

/// Every row of the `audit` table on `conn`, oldest first.
pub(super) fn rows(conn: &Connection) -> rusqlite::Result<Vec<Row>> {
    let mut stmt = conn.prepare("SELECT seq, at, who, action, target, old, new, prev, hash FROM audit ORDER BY seq")?;
    let rows = stmt.query_map([], |r| {
        Ok(Row {
            seq: r.get(0)?,
            at: r.get(1)?,
            who: r.get(2)?,
            action: r.get(3)?,
            target: r.get(4)?,
            old: r.get(5)?,
            new: r.get(6)?,
            prev: r.get(7)?,
            hash: r.get(8)?,
        })
    })?;
    rows.collect()
}

/// What `verify` found.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ChainState {
    pub rows: u32,
    /// The first 12 hex digits of the last row's hash: printed on the results and the hand-off.
    pub head: String,
    /// The first row that does not match (changed, or the one after a deleted or inserted row);
    /// None when the whole chain holds.
    pub broken_at: Option<u32>,
}

impl Store {
    /// The last audit row's hash: it changes with every change to the session, so it says
    /// whether something derived from the session (a stability run) is still current.
    pub fn audit_head(&self) -> Result<String, Error> {
        head(&self.conn).map_err(self.db_err())
    }

    /// Recomputes the chain and names the first row that does not match.
    pub fn verify_audit(&self) -> Result<ChainState, Error> {
        verify(&self.conn).map_err(self.db_err())
    }
}

/// Recomputes the chain of the `audit` table on `conn` (a session's, or the bar register's).
pub(super) fn verify(conn: &Connection) -> rusqlite::Result<ChainState> {
    Ok(verify_rows(&rows(conn)?))
}

/// The chain state of rows read from an `audit` table.
pub(super) fn verify_rows(rows: &[Row]) -> ChainState {
    let mut prev = String::new();
    let mut broken_at = None;
    for r in rows {
        let hash = r.hash_after(&prev);
        if r.prev != prev || r.hash != hash {
            broken_at = Some(r.seq);
            break;
        }
        prev = hash;
    }
    let head = rows
        .last()
        .map(|r| r.hash.chars().take(12).collect())
        .unwrap_or_default();
    ChainState {
        rows: rows.len() as u32,
        head,
        broken_at,
    }
}

//! The audit log: every change to a session, who, when, what, old → new, in the same transaction as
//! the change, each row chained to the one before (`audit_chain`).

use super::*;

impl Store {
    pub fn audit_log(&self) -> Result<Vec<AuditEntry>, Error> {
        read_audit(&self.conn).map_err(self.db_err())
    }

    /// The audit log and its chain verified, from one reading of the table (the results
    /// workbook prints both).
    pub fn audit_log_verified(&self) -> Result<(Vec<AuditEntry>, audit_chain::ChainState), Error> {
        let rows = audit_chain::rows(&self.conn).map_err(self.db_err())?;
        let chain = audit_chain::verify_rows(&rows);
        Ok((entries(rows), chain))
    }
}

/// The `audit` table on `conn`, oldest first.
pub(super) fn read_audit(conn: &Connection) -> rusqlite::Result<Vec<AuditEntry>> {
    Ok(entries(audit_chain::rows(conn)?))
}

fn entries(rows: Vec<audit_chain::Row>) -> Vec<AuditEntry> {
    rows.into_iter()
        .map(|r| AuditEntry {
            decision: crate::aggregate::DecisionRecord::of(&r.action, r.new.as_deref()),
            seq: r.seq,
            at: r.at,
            who: r.who,
            action: r.action,
            target: r.target,
            old: r.old,
            new: r.new,
        })
        .collect()
}

pub(super) fn audit(
    tx: &Connection,
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

/// Changed leaves between two JSON values, as (dotted key, old, new).
pub(super) fn diff(old: &serde_json::Value, new: &serde_json::Value) -> Vec<(String, String, String)> {
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

//! The recently opened session files, for the app's home page.
//!
//! A small JSON file in the data folder; unreadable or missing means "none yet".

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::error::Error;

const KEEP: usize = 10;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct RecentSession {
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub path: PathBuf,
    pub name: String,
    /// RFC 3339, UTC.
    pub opened_at: String,
}

pub fn load(file: &Path) -> Vec<RecentSession> {
    std::fs::read(file)
        .ok()
        .and_then(|b| serde_json::from_slice(&b).ok())
        .unwrap_or_default()
}

/// Puts `entry` first, drops older entries for the same file and files that no longer exist.
pub fn remember(file: &Path, entry: RecentSession) -> Result<Vec<RecentSession>, Error> {
    let mut list: Vec<RecentSession> = load(file)
        .into_iter()
        .filter(|r| r.path != entry.path && r.path.exists())
        .collect();
    list.insert(0, entry);
    list.truncate(KEEP);
    if let Some(dir) = file.parent() {
        std::fs::create_dir_all(dir).map_err(|e| Error::write(dir, e))?;
    }
    let bytes = serde_json::to_vec_pretty(&list).expect("recent list serializes");
    crate::library::write_atomically(file, &bytes)?;
    Ok(list)
}

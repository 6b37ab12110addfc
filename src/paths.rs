//! Where the user's own files live.
//!
//! The CLI and the desktop app share one data folder so that a rubric imported in the app is
//! listed by `jingpin rubric list` and the other way round. `JINGPIN_DATA_DIR` overrides it
//! (tests and portable installs use that).

use std::path::PathBuf;

/// The environment variable that overrides the data folder.
pub const DATA_DIR_ENV: &str = "JINGPIN_DATA_DIR";

/// The user's data folder: `$JINGPIN_DATA_DIR`, else `<XDG data>/jingpin-panel`.
pub fn data_dir() -> PathBuf {
    match std::env::var_os(DATA_DIR_ENV) {
        Some(dir) if !dir.is_empty() => PathBuf::from(dir),
        _ => dirs::data_dir()
            .unwrap_or_else(|| PathBuf::from("."))
            .join("jingpin-panel"),
    }
}

/// User rubric files (`*.toml`) that extend or override the built-in ones.
pub fn user_rubric_dir() -> PathBuf {
    data_dir().join("rubrics")
}

/// User quota tables (`*.toml`).
pub fn user_quota_dir() -> PathBuf {
    data_dir().join("quotas")
}

/// The bar register (失信名单): every session on this computer checks its rosters against it.
pub fn register_file() -> PathBuf {
    data_dir().join("bar-register.sqlite")
}

/// The list of recently opened sessions.
pub fn recent_file() -> PathBuf {
    data_dir().join("recent.json")
}

/// Judges' workspaces (one SQLite file per session and judge).
pub fn judge_dir() -> PathBuf {
    data_dir().join("judge")
}

/// The text already read from lesson documents (查重), by content hash: a rerun reads no file twice.
pub fn text_cache_file() -> PathBuf {
    data_dir().join("cache").join("texts.sqlite")
}

//! The application layer: workflows over the session file that both front ends (the CLI and the
//! window) call, one file per workflow, each reading and writing through `store` in one transaction
//! and computing with the pure modules.

mod assignment;
mod decisions;
mod exports;
mod judges;
mod materials;
mod register;
mod results;
mod roster;
mod session;
mod sheets;
pub mod similar;

/// The workspace (the recently opened sessions, the judge's own copies): its own file beside the
/// sessions.
pub mod workspace {
    pub use crate::store::workspace::{path_for, Workspace};
}

pub use assignment::*;
pub use decisions::*;
pub use exports::*;
pub use judges::*;
pub use materials::*;
pub use register::*;
pub use results::*;
pub use roster::*;
pub use sheets::*;

pub use crate::store::register::{Register, RegisterAdded, RegisterRow};
pub use crate::store::{
    Absences, Actor, AuditEntry, ChainState, ImportedSheet, MaterialRun, Merged, SheetMerge, SheetPick, SheetRecord,
    WaitReason, WaitingSheet,
};
pub use session::Session;

use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::error::{Error, Report};
use crate::library::Library;
use crate::roster::WarningRules;
use crate::rubric::Rubric;
use crate::settings::Settings;
use crate::store::Store;

/// What the app shows of an open session.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct SessionView {
    pub path: String,
    pub uid: String,
    pub settings: Settings,
    pub lessons: u32,
    pub judges: u32,
    /// What the check on opening found wrong: the session is read-only (the window says so).
    pub damaged: Option<String>,
    /// Opened from a write-protected file or read-only media: read-only (the window says so).
    pub read_only: bool,
}

impl SessionView {
    pub fn of(session: &Session) -> Result<SessionView, Error> {
        let store = &session.store;
        Ok(SessionView {
            path: store.path().display().to_string(),
            uid: store.uid()?,
            settings: store.settings()?,
            lessons: store.lessons()?.len() as u32,
            judges: store.judges()?.len() as u32,
            damaged: if store.read_only() {
                None
            } else {
                store.damaged().map(str::to_owned)
            },
            read_only: store.read_only(),
        })
    }
}

/// Creates a session file from resolved settings, copying in each category's rubric.
pub fn create(path: &Path, settings: &Settings, library: &Library, uid: &str, actor: &Actor) -> Result<Session, Error> {
    let rubrics = rubrics_for(settings, library)?;
    Ok(Session {
        store: Store::create(path, settings, &rubrics, uid, actor)?,
    })
}

/// Replaces the session's settings (already checked, e.g. `Settings::checked`), copying in the
/// rubric of any category new to the session; returns each changed key (old → new), all audited.
pub fn update_settings(
    session: &mut Session,
    settings: &Settings,
    library: &Library,
    actor: &Actor,
) -> Result<Vec<(String, String, String)>, Error> {
    let rubrics = rubrics_for(settings, library)?;
    session.store.update_settings(settings, &rubrics, actor)
}

/// The library rubrics the settings name, in category order.
pub fn rubrics_for(settings: &Settings, library: &Library) -> Result<Vec<Rubric>, Error> {
    settings
        .categories
        .iter()
        .map(|c| library.rubric(&c.rubric).cloned())
        .collect()
}

/// The rules roster warnings are computed with.
pub fn warning_rules(settings: &Settings) -> WarningRules {
    WarningRules {
        region_quotas: settings
            .region_quotas
            .iter()
            .map(|q| ((q.region.clone(), q.category), q.quota))
            .collect(),
        one_per_node: settings.rules.one_per_node,
    }
}

/// A whole-file problem: nothing was written.
pub(crate) fn refuse_at(path: &Path, kind: crate::error::ProblemKind) -> Error {
    let mut r = Report::default();
    r.push(crate::error::Location::file(path), kind);
    r.into()
}

pub(crate) fn refuse(kind: crate::error::ProblemKind) -> Error {
    let mut r = Report::default();
    r.push(crate::error::Location::default(), kind);
    r.into()
}

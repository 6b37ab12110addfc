//! The open session: the handle the front ends hold, and what they read of it directly.

use std::collections::BTreeMap;
use std::path::Path;

use crate::aggregate::Decisions;
use crate::assign::Assignment;
use crate::category::Category;
use crate::error::Error;
use crate::judges::{Judge, JudgeId, Panel};
use crate::materials::LessonCheck;
use crate::register::BarMatch;
use crate::roster::{Lesson, LessonId};
use crate::rubric::Rubric;
use crate::scores::LessonScores;
use crate::settings::Settings;
use crate::sheet::IssuedSheet;
use crate::similar::report::Screening;
use crate::store::similar::Dismissal;
use crate::store::{AuditEntry, ChainState, MaterialRun, SheetRecord, Store, WaitingSheet};

/// An open session file: the one way the front ends reach a session. Everything they do to it is
/// a function of this layer taking the session; the store underneath is not theirs to touch.
pub struct Session {
    pub(crate) store: Store,
}

impl std::fmt::Debug for Session {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Session").field("path", &self.store.path()).finish()
    }
}

impl Session {
    /// Opens a session file (see the store's checks: not a session, newer than we understand,
    /// damaged (read-only), write-protected (read-only)).
    pub fn open(path: &Path) -> Result<Session, Error> {
        Ok(Session {
            store: Store::open(path)?,
        })
    }

    /// The session file.
    pub fn path(&self) -> &Path {
        self.store.path()
    }
}

/// Reads of the session the front ends show as they are, each the store's query of the same
/// name (documented there).
macro_rules! reads {
    ($($(#[$doc:meta])* fn $name:ident($($arg:ident: $ty:ty),*) -> $out:ty;)*) => {
        impl Session {
            $(
                $(#[$doc])*
                pub fn $name(&self, $($arg: $ty),*) -> Result<$out, Error> {
                    self.store.$name($($arg),*)
                }
            )*
        }
    };
}

reads! {
    /// The session's id (it names the session in every sheet it issues).
    fn uid() -> String;
    fn settings() -> Settings;
    /// Every lesson, in id order.
    fn lessons() -> Vec<Lesson>;
    fn lesson(id: &LessonId) -> Lesson;
    /// Every judge, in id order.
    fn judges() -> Vec<Judge>;
    fn panels() -> Vec<Panel>;
    fn assignment() -> Assignment;
    /// Each judge's lessons as assigned.
    fn assigned_lessons() -> BTreeMap<JudgeId, Vec<LessonId>>;
    /// Every judge's current scores: (judge, lesson) → scores.
    fn judgements() -> BTreeMap<(JudgeId, LessonId), LessonScores>;
    /// The chair's decisions in force and when the session was finalized (定稿), if it was.
    fn decisions() -> (Decisions, Option<String>);
    /// When the session was finalized (定稿), if it is.
    fn finalized() -> Option<String>;
    /// The rubric the session scores a category with.
    fn rubric(category: Category) -> Rubric;
    /// Every sheet the session issued, by token.
    fn issued_sheets() -> BTreeMap<String, IssuedSheet>;
    /// Every returned sheet stored, with its status.
    fn sheet_imports() -> Vec<SheetRecord>;
    /// Returned sheets waiting for the chair's confirmation.
    fn waiting_sheets() -> Vec<WaitingSheet>;
    /// Judges with two different sheets of the same revision: (judge, revision).
    fn conflicts() -> Vec<(JudgeId, u32)>;
    /// Roster teachers matched against the bar register, with the chair's word on each.
    fn bar_matches() -> Vec<BarMatch>;
    /// The stored 形式审查 of every lesson checked.
    fn material_checks() -> Vec<LessonCheck>;
    /// When 形式审查 last ran, over which folder.
    fn material_run() -> Option<MaterialRun>;
    /// Lessons the chair excluded (with the reason).
    fn exclusions() -> BTreeMap<LessonId, String>;
    /// The last 查重 screening and when it ran.
    fn screening() -> Option<(Screening, String)>;
    /// A screened document's text (by the hash its finding names).
    fn screened_text(hash: &str) -> Option<String>;
    /// 查重 findings the chair dismissed.
    fn dismissals() -> Vec<Dismissal>;
    /// The audit chain's head: it changes with every change to the session (what a cached
    /// computation is keyed by).
    fn audit_head() -> String;
    /// The audit log, oldest first.
    fn audit_log() -> Vec<AuditEntry>;
    /// The audit chain recomputed; names the first row that does not match.
    fn verify_audit() -> ChainState;
    /// SQLite's full integrity check of the file: every problem it reports, none when whole.
    fn integrity() -> Vec<String>;
    /// Copies the session to `dest` (refused onto itself; onto an existing file unless `replace`).
    fn backup(dest: &Path, replace: bool) -> ();
}

impl Session {
    /// What the check on opening found wrong (the session is then read-only).
    pub fn damaged(&self) -> Option<&str> {
        self.store.damaged()
    }

    /// Opened from a write-protected file or read-only media.
    pub fn read_only(&self) -> bool {
        self.store.read_only()
    }
}

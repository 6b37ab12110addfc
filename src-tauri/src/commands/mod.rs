//! The commands the window may call, one file per workflow. Each file declares its commands once,
//! as the functions of its `#[commands] mod api { … }`: the attribute (the `jingpin-commands`
//! crate) gives the module its `NAMES`, its Tauri handler and its TypeScript signatures, all read
//! from the functions themselves (`request: T` is what the window sends, `on_progress:
//! Channel<Progress>` a progress channel, any other argument state the window does not see, the
//! `Ok` of the `Result<_, ApiError>` the answer). `groups!` below lists the files once. A new
//! command is its function in its file's `api` module, and nothing else.
//!
//! The state the window keeps between commands lives here: the open session, the judge's
//! workspace, the last stability run, the operator's name.

use std::sync::Mutex;

use jingpin::app::{Actor, Session, SessionView};
use jingpin::recent::{self, RecentSession};
use jingpin::roster::LessonId;
use jingpin::Category;
use jingpin::{paths, Library};
use serde::Deserialize;
use tauri::ipc::Invoke;
use ts_rs::TS;

use crate::error::ApiError;
use crate::ipc::CommandSig;
pub use crate::ipc::Progress;

/// The workflow files, listed once: their modules, the window's handler and the signatures.
macro_rules! groups {
    ($($group:ident),* $(,)?) => {
        $(mod $group;)*

        /// The handler for every command of every file.
        pub fn handler() -> impl Fn(Invoke) -> bool + Send + Sync + 'static {
            type Handler = Box<dyn Fn(Invoke) -> bool + Send + Sync>;
            let groups: Vec<(&'static [&'static str], Handler)> =
                vec![$(($group::api::NAMES, Box::new($group::api::handler()))),*];
            move |invoke| {
                let name = invoke.message.command().to_owned();
                match groups.iter().find(|(names, _)| names.contains(&name.as_str())) {
                    Some((_, handle)) => handle(invoke),
                    None => false,
                }
            }
        }

        /// Every command's signature, file by file, in declaration order.
        pub fn signatures() -> Vec<CommandSig> {
            let mut all = Vec::new();
            $(all.extend($group::api::signatures());)*
            all
        }
    };
}

groups!(session, roster, judges, sheets, scoring, results, materials, similar, register);

pub use results::LastStability;
pub use scoring::OpenWorkspace;
pub use session::{open_at_start, StartupFailure};

/// A file or folder the window chose (a dialog's answer): what most commands that read or write
/// a file take.
#[derive(Debug, Deserialize, TS)]
pub struct PathRequest {
    pub path: String,
}

#[derive(Debug, Deserialize, TS)]
pub struct LessonRequest {
    pub lesson: LessonId,
}

#[derive(Debug, Deserialize, TS)]
pub struct ImportFileRequest {
    pub path: String,
    /// For a roster without a 类别 column.
    pub category: Option<Category>,
}

/// The session file the window works on (at most one at a time).
#[derive(Default)]
pub struct OpenSession(pub Mutex<Option<Session>>);

impl OpenSession {
    pub(crate) fn with<T>(&self, f: impl FnOnce(&mut Session) -> Result<T, jingpin::Error>) -> Result<T, ApiError> {
        let mut guard = self.0.lock().unwrap_or_else(|p| p.into_inner());
        let store = guard.as_mut().ok_or_else(ApiError::no_session)?;
        Ok(f(store)?)
    }

    fn replace(&self, store: Session) -> Result<SessionView, ApiError> {
        let view = SessionView::of(&store)?;
        remember(&store, &view)?;
        *self.0.lock().unwrap_or_else(|p| p.into_inner()) = Some(store);
        Ok(view)
    }
}

/// Puts the session first in the home page's recent list, under its name as it is now.
fn remember(store: &Session, view: &SessionView) -> Result<(), jingpin::Error> {
    recent::remember(
        &paths::recent_file(),
        RecentSession {
            path: store.path().to_path_buf(),
            name: view.settings.name.clone(),
            opened_at: now().to_rfc3339(),
        },
    )
    .map(drop)
}

/// The name the person using this window gave (for the audit log's "who"); the system user
/// until they give one.
static USER: Mutex<Option<String>> = Mutex::new(None);

/// Who makes a change: the name given in this window. A write without one is refused before it
/// does anything (`operator_needed`), so the window asks for the name and tries again, and no
/// audit row says "unknown".
pub(crate) fn operator() -> Result<Actor, ApiError> {
    let name = USER.lock().unwrap_or_else(|p| p.into_inner()).clone();
    let name = name.ok_or_else(ApiError::operator_needed)?;
    let mut a = Actor::now();
    a.who = name;
    Ok(a)
}

/// The clock, for what is dated but not audited (a file's date, the recent list).
fn now() -> chrono::DateTime<chrono::Utc> {
    Actor::now().at
}

fn user_library() -> Library {
    Library::load(&paths::user_rubric_dir(), &paths::user_quota_dir())
}

/// Closes the open session, folding its `-wal` file into the session file (on quit).
pub fn close(open: &OpenSession) {
    // dropping the store checkpoints it (see `Session`'s `Drop`)
    drop(open.0.lock().unwrap_or_else(|p| p.into_inner()).take());
}

/// A (done, total) callback that sends at most a hundred progress messages, and the last one.
pub(crate) fn throttled(channel: &tauri::ipc::Channel<Progress>) -> impl FnMut(usize, usize) + '_ {
    let mut last = 0;
    move |done, total| {
        let percent = done * 100 / total.max(1);
        if percent > last || done == total {
            last = percent;
            let _ = channel.send(Progress {
                done: done as u32,
                total: total as u32,
            });
        }
    }
}

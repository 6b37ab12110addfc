//! Opening and making sessions, their settings, the operator's name, the rubric library, backup and the audit log.

use std::path::PathBuf;
use std::sync::Mutex;

use jingpin::app::AuditEntry;
use jingpin::app::{self, SessionView};
use jingpin::app::Session;
use jingpin::demo::{self, Scale};
use jingpin::import::RubricSheetOptions;
use jingpin::recent::{self, RecentSession};
use jingpin::settings::{Level, QuotaSource, Settings};
use jingpin::{library, paths, Category, Library, Points, Rubric};
use serde::{Deserialize, Serialize};
use tauri::State;
use ts_rs::TS;

use jingpin_commands::commands;

use crate::error::ApiError;

use super::{operator, remember, user_library, OpenSession, PathRequest, USER};



#[derive(Debug, Deserialize, TS)]
pub struct UserRequest {
    pub name: String,
}

#[derive(Debug, Deserialize, TS)]
pub struct ImportRubricRequest {
    pub path: String,
    /// Needed for spreadsheets; a TOML file says its own.
    pub year: Option<u16>,
    pub category: Option<Category>,
    pub step: Option<Points>,
}

#[derive(Debug, Serialize, TS)]
pub struct ImportedRubric {
    pub rubric: Rubric,
    pub saved_to: String,
}

#[derive(Debug, Serialize, TS)]
pub struct RecentList {
    pub sessions: Vec<RecentSession>,
}

#[derive(Debug, Deserialize, TS)]
pub struct CategoryQuota {
    pub category: Category,
    pub quota: u32,
}

#[derive(Debug, Deserialize, TS)]
pub struct CreateSessionRequest {
    pub path: String,
    pub name: String,
    pub year: u16,
    pub level: Level,
    /// Quotas from a quota table's row (`table` + `region`) …
    pub quota_table: Option<QuotaSource>,
    /// … or typed in per category.
    pub quotas: Vec<CategoryQuota>,
}

#[derive(Debug, Serialize, TS)]
pub struct CurrentSession {
    pub session: Option<SessionView>,
}

/// A session file given on the command line (a double-clicked `.jpsession`) that could not be
/// opened at start: said to the window once, by the first `current_session`.
#[derive(Default)]
pub struct StartupFailure(pub Mutex<Option<ApiError>>);

/// Opens the session a file manager passed on the command line (double-clicking a `.jpsession`
/// runs `jingpin-desktop FILE`); a failure is kept for the window to show.
pub fn open_at_start(path: &std::path::Path, open: &OpenSession, failure: &StartupFailure) {
    if let Err(e) = Session::open(path)
        .map_err(ApiError::from)
        .and_then(|s| open.replace(s))
    {
        *failure.0.lock().unwrap_or_else(|p| p.into_inner()) = Some(e);
    }
}

#[derive(Debug, Serialize, TS)]
pub struct AuditList {
    pub entries: Vec<AuditEntry>,
}

#[derive(Debug, Deserialize, TS)]
pub struct DemoRequest {
    pub scale: Scale,
}

/// The commands, declared once (see `commands/mod.rs`).
#[commands]
pub(super) mod api {
    use super::*;

    /// Sets the name written to the audit log for this window's changes.
    #[tauri::command]
    fn set_user(request: UserRequest) -> Result<(), ApiError> {
        let name = request.name.trim().to_owned();
        *USER.lock().unwrap_or_else(|p| p.into_inner()) = (!name.is_empty()).then_some(name);
        Ok(())
    }

    /// The rubrics and quota tables: built-in plus the user's folder.
    #[tauri::command]
    fn library() -> Result<Library, ApiError> {
        Ok(user_library())
    }

    /// Imports a rubric file into the user's rubric folder.
    #[tauri::command(async)]
    fn import_rubric(request: ImportRubricRequest) -> Result<ImportedRubric, ApiError> {
        let mut options = RubricSheetOptions::new(request.year.unwrap_or(0), request.category.unwrap_or(Category::Subject));
        options.step = request.step.unwrap_or(options.step);
        let path = PathBuf::from(&request.path);
        let (rubric, saved) = library::import_user_rubric(&path, &options, &paths::user_rubric_dir())?;
        Ok(ImportedRubric {
            rubric,
            saved_to: saved.display().to_string(),
        })
    }

    #[tauri::command]
    fn recent_sessions() -> Result<RecentList, ApiError> {
        Ok(RecentList {
            sessions: recent::load(&paths::recent_file()),
        })
    }

    /// Creates a session whose quotas come from a quota table's row or are typed in, and opens it.
    #[tauri::command(async)]
    fn create_session(request: CreateSessionRequest, open: State<'_, OpenSession>) -> Result<SessionView, ApiError> {
        let who = operator()?;
        let lib = user_library();
        let settings = match request.quota_table {
            Some(source) => Settings::from_quota_table(&request.name, request.year, Some(request.level), source, &lib),
            None => {
                let quotas: Vec<(Category, u32)> = request.quotas.iter().map(|q| (q.category, q.quota)).collect();
                Settings::with_quotas(&request.name, request.year, request.level, &quotas, &lib)
            }
        }
        .map_err(jingpin::Error::from)?;
        let uid = uuid::Uuid::new_v4().to_string();
        let store = app::create(&PathBuf::from(request.path), &settings, &lib, &uid, &who)?;
        open.replace(store)
    }

    #[tauri::command(async)]
    fn open_session(request: PathRequest, open: State<'_, OpenSession>) -> Result<SessionView, ApiError> {
        open.replace(Session::open(&PathBuf::from(request.path))?)
    }

    #[tauri::command]
    fn current_session(
        open: State<'_, OpenSession>,
        failure: State<'_, StartupFailure>,
    ) -> Result<CurrentSession, ApiError> {
        if let Some(e) = failure.0.lock().unwrap_or_else(|p| p.into_inner()).take() {
            return Err(e);
        }
        let guard = open.0.lock().unwrap_or_else(|p| p.into_inner());
        Ok(CurrentSession {
            session: guard.as_ref().map(SessionView::of).transpose()?,
        })
    }

    /// Saves edited settings after checking them like a settings file; every change is audited.
    #[tauri::command(async)]
    fn update_settings(request: Settings, open: State<'_, OpenSession>) -> Result<SessionView, ApiError> {
        let who = operator()?;
        let lib = user_library();
        let view = open.with(|store| {
            let settings = request.checked(&lib)?;
            app::update_settings(store, &settings, &lib, &who)?;
            SessionView::of(store)
        })?;
        // a renamed session is listed under its new name on the home page
        open.with(|store| remember(store, &view))?;
        Ok(view)
    }

    /// Writes a complete copy of the open session (safe while it is open).
    #[tauri::command(async)]
    fn backup_session(request: PathRequest, open: State<'_, OpenSession>) -> Result<(), ApiError> {
        // the save dialog has asked before replacing an existing file; the session itself is refused
        open.with(|store| store.backup(&PathBuf::from(&request.path), true))
    }

    /// Who changed what, when.
    #[tauri::command(async)]
    fn audit_log(open: State<'_, OpenSession>) -> Result<AuditList, ApiError> {
        open.with(|store| {
            Ok(AuditList {
                entries: store.audit_log()?,
            })
        })
    }

    /// Builds the demo session in the data folder (or reopens it) and opens it.
    #[tauri::command(async)]
    fn open_demo(request: DemoRequest, open: State<'_, OpenSession>) -> Result<SessionView, ApiError> {
        let dir = paths::data_dir()
            .join("demo")
            .join(format!("{:?}", request.scale).to_lowercase());
        let db = dir.join("session.jpsession");
        if !db.exists() {
            demo::build(&dir, request.scale, 2025)?;
        }
        open.replace(Session::open(&db)?)
    }

    /// The audit log's hash chain: intact, or the first row edited outside the program.
    #[tauri::command(async)]
    fn verify_audit(open: State<'_, OpenSession>) -> Result<jingpin::app::ChainState, ApiError> {
        open.with(|store| store.verify_audit())
    }
}

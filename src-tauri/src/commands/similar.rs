//! 查重 commands: screen the materials folder against each other and the archives, read a
//! finding's two texts, dismiss a finding, keep this session's lessons in an archive.

use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};

use jingpin::app::similar::{self as run, Request};
use jingpin::app::similar::{Dismissal, FindingKey};
use jingpin::app::Session;
use jingpin::similar::report::Screening;
use jingpin::similar::Options;
use serde::{Deserialize, Serialize};
use tauri::State;
use ts_rs::TS;

use super::{operator, throttled, OpenSession, Progress};
use jingpin_commands::commands;

use crate::error::ApiError;

/// Set by `cancel_screening` while a screening runs; nothing of the run is stored.
static CANCEL: AtomicBool = AtomicBool::new(false);

#[derive(Debug, Deserialize, TS)]
pub struct ScreenRequest {
    /// The materials folder (one folder per lesson).
    pub dir: String,
    /// Archive files (`materials archive add`) or folders of earlier years' lesson folders.
    pub archives: Vec<String>,
    /// Folders of text allowed everywhere (templates, textbook passages, standards).
    pub references: Vec<String>,
    /// Archived lessons of the last `years` years are compared.
    pub years: u32,
    pub count_cited: bool,
}

/// The stored screening, when it ran, and the findings the chair dismissed.
#[derive(Debug, Serialize, TS)]
pub struct ScreeningView {
    pub screening: Option<Screening>,
    pub at: Option<String>,
    pub dismissed: Vec<Dismissal>,
}

fn view(store: &Session) -> Result<ScreeningView, jingpin::Error> {
    let stored = store.screening()?;
    Ok(ScreeningView {
        at: stored.as_ref().map(|(_, at)| at.clone()),
        screening: stored.map(|(s, _)| s),
        dismissed: store.dismissals()?,
    })
}

#[derive(Debug, Deserialize, TS)]
pub struct TextsRequest {
    pub a: String,
    pub b: String,
}

/// The two documents of a finding, as kept with the screening (by their hashes).
#[derive(Debug, Serialize, TS)]
pub struct ScreenedTexts {
    pub a: String,
    pub b: String,
}

#[derive(Debug, Deserialize, TS)]
pub struct DismissRequest {
    pub key: FindingKey,
    pub reason: String,
}

#[derive(Debug, Deserialize, TS)]
pub struct ArchiveRequest {
    /// The archive file (made on first use).
    pub archive: String,
    /// The materials folder.
    pub dir: String,
}

#[derive(Debug, Serialize, TS)]
pub struct ArchiveAdded {
    pub lessons: u32,
    pub documents: u32,
    /// Files without text, left out.
    pub skipped: u32,
}

/// The commands, declared once (see `commands/mod.rs`).
#[commands]
pub(super) mod api {
    use super::*;

    /// Screens every lesson's documents, off the main thread, with progress; stored (a new run
    /// replaces the last) and audited. `cancel_screening` stops it, storing nothing.
    #[tauri::command(async)]
    fn screen_materials(
        request: ScreenRequest,
        on_progress: tauri::ipc::Channel<Progress>,
        open: State<'_, OpenSession>,
    ) -> Result<ScreeningView, ApiError> {
        let who = operator()?;
        CANCEL.store(false, Ordering::SeqCst);
        let mut report = throttled(&on_progress);
        let archives: Vec<PathBuf> = request.archives.iter().map(PathBuf::from).collect();
        let references: Vec<PathBuf> = request.references.iter().map(PathBuf::from).collect();
        open.with(|store| {
            run::screen_session(
                store,
                &Request {
                    root: &PathBuf::from(&request.dir),
                    archives: &archives,
                    references: &references,
                    years: request.years,
                    options: Options {
                        count_cited: request.count_cited,
                        ..Options::default()
                    },
                },
                &jingpin::paths::text_cache_file(),
                &mut |_, done, total| report(done, total),
                &CANCEL,
                &who,
            )?;
            view(store)
        })
    }

    /// Stops the running screening; nothing of it is stored (what it read stays in the cache).
    #[tauri::command]
    fn cancel_screening() -> Result<(), ApiError> {
        CANCEL.store(true, Ordering::SeqCst);
        Ok(())
    }

    #[tauri::command(async)]
    fn screening(open: State<'_, OpenSession>) -> Result<ScreeningView, ApiError> {
        open.with(|store| view(store))
    }

    #[tauri::command(async)]
    fn screened_texts(request: TextsRequest, open: State<'_, OpenSession>) -> Result<ScreenedTexts, ApiError> {
        open.with(|store| {
            Ok(ScreenedTexts {
                a: store.screened_text(&request.a)?.unwrap_or_default(),
                b: store.screened_text(&request.b)?.unwrap_or_default(),
            })
        })
    }

    /// The chair dismisses a finding with the reason (audited).
    #[tauri::command(async)]
    fn dismiss_finding(request: DismissRequest, open: State<'_, OpenSession>) -> Result<ScreeningView, ApiError> {
        let who = operator()?;
        open.with(|store| {
            run::dismiss(store, &request.key, &request.reason, &who)?;
            view(store)
        })
    }

    /// Keeps this session's lessons' documents (text and fingerprints) in an archive for the years
    /// after, with year, region, teachers, node and outcome.
    #[tauri::command(async)]
    fn archive_session(
        request: ArchiveRequest,
        on_progress: tauri::ipc::Channel<Progress>,
        open: State<'_, OpenSession>,
    ) -> Result<ArchiveAdded, ApiError> {
        CANCEL.store(false, Ordering::SeqCst);
        let mut report = throttled(&on_progress);
        open.with(|store| {
            let (lessons, documents, skipped) = run::archive_session(
                &PathBuf::from(&request.archive),
                store,
                &PathBuf::from(&request.dir),
                &jingpin::paths::text_cache_file(),
                &mut |_, done, total| report(done, total),
                &CANCEL,
            )?;
            Ok(ArchiveAdded {
                lessons,
                documents,
                skipped,
            })
        })
    }
}

//! Score sheets out and back: export, import with its confirmation queue, coverage, absences, a third review.

use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};

use jingpin::app::{self, Decision, JudgeCoverage, SheetImport};
use jingpin::app::{SheetPick, WaitingSheet};
use jingpin::judges::JudgeId;
use jingpin::roster::LessonId;
use serde::{Deserialize, Serialize};
use tauri::State;
use ts_rs::TS;

use jingpin_commands::commands;

use crate::error::ApiError;

use super::{operator, throttled, OpenSession, Progress};

#[derive(Debug, Deserialize, TS)]
pub struct ExportSheetsRequest {
    pub dir: String,
}

#[derive(Debug, Serialize, TS)]
pub struct ExportedSheets {
    pub files: Vec<String>,
}

#[derive(Debug, Deserialize, TS)]
pub struct ImportSheetsRequest {
    pub paths: Vec<String>,
}

#[derive(Debug, Serialize, TS)]
pub struct SheetImportList {
    pub imports: Vec<SheetImport>,
}

/// Set by `cancel_import` while a sheet import runs (it holds the session; this must not wait).
static CANCEL_IMPORT: AtomicBool = AtomicBool::new(false);

#[derive(Debug, Serialize, TS)]
pub struct WaitingList {
    pub sheets: Vec<WaitingSheet>,
}

#[derive(Debug, Deserialize, TS)]
pub struct ConfirmSheetRequest {
    pub judge: JudgeId,
    pub revision: u32,
    pub content_hash: String,
}

#[derive(Debug, Serialize, TS)]
pub struct CoverageList {
    pub judges: Vec<JudgeCoverage>,
}

#[derive(Debug, Deserialize, TS)]
pub struct AbsentRequest {
    pub judge: JudgeId,
    /// None: the judge is present again.
    pub reason: Option<String>,
}

#[derive(Debug, Deserialize, TS)]
pub struct ReviewRequest {
    pub lesson: LessonId,
    pub judge: JudgeId,
    pub reason: String,
    /// Where the reviewer's new score sheet is written.
    pub dir: String,
}

#[derive(Debug, Serialize, TS)]
pub struct Reviewed {
    pub sheet: String,
}

/// The commands, declared once (see `commands/mod.rs`).
#[commands]
pub(super) mod api {
    use super::*;

    /// Writes one score sheet per judge into a folder, with progress (one step per workbook).
    #[tauri::command(async)]
    fn export_sheets(
        request: ExportSheetsRequest,
        on_progress: tauri::ipc::Channel<Progress>,
        open: State<'_, OpenSession>,
    ) -> Result<ExportedSheets, ApiError> {
        let who = operator()?;
        open.with(|store| {
            let mut report = throttled(&on_progress);
            let files = app::export_sheets_with(store, &PathBuf::from(&request.dir), &who, &mut report)?;
            Ok(ExportedSheets {
                files: files.iter().map(|f| f.display().to_string()).collect(),
            })
        })
    }

    /// Checks and merges returned score sheets, all in one transaction. Edited or unverifiable
    /// sheets are stored waiting for the chair's confirmation (see `confirm_sheet`).
    #[tauri::command(async)]
    fn import_sheets(
        request: ImportSheetsRequest,
        on_progress: tauri::ipc::Channel<Progress>,
        open: State<'_, OpenSession>,
    ) -> Result<SheetImportList, ApiError> {
        let who = operator()?;
        let paths: Vec<PathBuf> = request.paths.iter().map(PathBuf::from).collect();
        CANCEL_IMPORT.store(false, Ordering::SeqCst);
        open.with(|store| {
            let mut report = throttled(&on_progress);
            let imports = app::import_sheets_with(
                store,
                &paths,
                false,
                &mut |done, total| {
                    report(done, total);
                    !CANCEL_IMPORT.load(Ordering::SeqCst)
                },
                &who,
            )?;
            Ok(SheetImportList { imports })
        })
    }

    /// Stops the running sheet import; nothing of it is stored.
    #[tauri::command]
    fn cancel_import(  ) -> Result<(),ApiError>{
        CANCEL_IMPORT.store(true, Ordering::SeqCst);
        Ok(())
    }

    /// The sheets waiting for the chair: edits made outside the app, sheets that cannot be verified,
    /// and unsettled same-revision conflicts, each with every changed cell.
    #[tauri::command(async)]
    fn waiting_sheets(open: State<'_, OpenSession>) -> Result<WaitingList, ApiError> {
        open.with(|store| {
            Ok(WaitingList {
                sheets: store.waiting_sheets()?,
            })
        })
    }

    /// The chair confirms one waiting sheet (audited with its changed cells); its scores count from
    /// now on, or it settles a same-revision conflict in its favour.
    #[tauri::command(async)]
    fn confirm_sheet(request: ConfirmSheetRequest, open: State<'_, OpenSession>) -> Result<WaitingList, ApiError> {
        let who = operator()?;
        open.with(|store| {
            let pick = SheetPick {
                revision: Some(request.revision),
                content_hash: Some(request.content_hash.clone()),
                file: None,
            };
            app::confirm_sheet(store, &request.judge, &pick, &who)?;
            Ok(WaitingList {
                sheets: store.waiting_sheets()?,
            })
        })
    }

    #[tauri::command(async)]
    fn coverage(open: State<'_, OpenSession>) -> Result<CoverageList, ApiError> {
        open.with(|store| {
            Ok(CoverageList {
                judges: app::coverage(store)?,
            })
        })
    }

    #[tauri::command(async)]
    fn set_absent(request: AbsentRequest, open: State<'_, OpenSession>) -> Result<CoverageList, ApiError> {
        let who = operator()?;
        open.with(|store| {
            app::set_absent(store, &request.judge, request.reason.as_deref(), &who)?;
            Ok(CoverageList {
                judges: app::coverage(store)?,
            })
        })
    }

    /// Asks a judge for a third review of a lesson held for its judges' spread (recorded, audited)
    /// and writes the judge's new sheet, which now holds the lesson.
    #[tauri::command(async)]
    fn request_review(request: ReviewRequest, open: State<'_, OpenSession>) -> Result<Reviewed, ApiError> {
        let who = operator()?;
        open.with(|store| {
            let a = who;
            let decision = Decision::Review {
                lesson: request.lesson.clone(),
                judge: request.judge.clone(),
            };
            app::decide(store, &decision, &request.reason, &a)?;
            let sheet = app::export_sheet_for(store, &request.judge, &PathBuf::from(&request.dir), &a)?;
            Ok(Reviewed {
                sheet: sheet.display().to_string(),
            })
        })
    }
}

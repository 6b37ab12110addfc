//! Judges and panels, the assignment, and changing it after the sheets went out (swap, replace).

use std::path::PathBuf;

use jingpin::app::{self, ImportReport};
use jingpin::assign::Assignment;
use jingpin::judges::JudgeId;
use jingpin::judges::{Judge, JudgeFields, Panel};
use jingpin::roster::LessonId;
use serde::{Deserialize, Serialize};
use tauri::State;
use ts_rs::TS;

use jingpin_commands::commands;

use crate::error::ApiError;

use super::{operator, ImportFileRequest, OpenSession};


#[derive(Debug, Serialize, TS)]
pub struct JudgeList {
    pub judges: Vec<Judge>,
    pub panels: Vec<Panel>,
}

#[derive(Debug, Deserialize, TS)]
pub struct JudgeRequest {
    pub judge: JudgeId,
}

#[derive(Debug, Deserialize, TS)]
pub struct UpdateJudgeRequest {
    pub judge: JudgeId,
    pub fields: JudgeFields,
}

#[derive(Debug, Deserialize, TS)]
pub struct SwapRequest {
    pub lesson: LessonId,
    pub from: JudgeId,
    pub to: JudgeId,
}

#[derive(Debug, Deserialize, TS)]
pub struct SwapCandidatesRequest {
    pub lesson: LessonId,
    pub from: JudgeId,
}

#[derive(Debug, Serialize, TS)]
pub struct SwapCandidates {
    pub judges: Vec<app::SwapCandidate>,
}

#[derive(Debug, Deserialize, TS)]
pub struct ReplaceRequest {
    pub absent: JudgeId,
    pub replacement: JudgeId,
    /// Where the replacement's score sheet is written.
    pub dir: String,
}

#[derive(Debug, Serialize, TS)]
pub struct Replaced {
    pub lessons: Vec<LessonId>,
    pub sheet: String,
}

/// The commands, declared once (see `commands/mod.rs`).
#[commands]
pub(super) mod api {
    use super::*;

    #[tauri::command(async)]
    fn judges(open: State<'_, OpenSession>) -> Result<JudgeList, ApiError> {
        open.with(|store| {
            Ok(JudgeList {
                judges: store.judges()?,
                panels: store.panels()?,
            })
        })
    }

    #[tauri::command(async)]
    fn import_judges(request: ImportFileRequest, open: State<'_, OpenSession>) -> Result<ImportReport, ApiError> {
        let who = operator()?;
        open.with(|store| app::import_judges(store, &PathBuf::from(&request.path), &who))
    }

    #[tauri::command(async)]
    fn save_judge(request: JudgeFields, open: State<'_, OpenSession>) -> Result<Judge, ApiError> {
        let who = operator()?;
        open.with(|store| app::save_judge(store, &request, &who))
    }

    #[tauri::command(async)]
    fn set_panel(request: Panel, open: State<'_, OpenSession>) -> Result<JudgeList, ApiError> {
        let who = operator()?;
        open.with(|store| {
            app::set_panel(store, &request, &who)?;
            Ok(JudgeList {
                judges: store.judges()?,
                panels: store.panels()?,
            })
        })
    }

    /// Makes (and stores) the assignment.
    #[tauri::command(async)]
    fn assign(open: State<'_, OpenSession>) -> Result<Assignment, ApiError> {
        let who = operator()?;
        open.with(|store| app::run_assignment(store, &who))
    }

    /// The stored assignment.
    #[tauri::command(async)]
    fn assignment(open: State<'_, OpenSession>) -> Result<Assignment, ApiError> {
        open.with(|store| store.assignment())
    }

    /// Deletes a judge whose sheet has not come back (audited).
    #[tauri::command(async)]
    fn delete_judge(request: JudgeRequest, open: State<'_, OpenSession>) -> Result<JudgeList, ApiError> {
        let who = operator()?;
        open.with(|store| {
            app::delete_judge(store, &request.judge, &who)?;
            Ok(JudgeList {
                judges: store.judges()?,
                panels: store.panels()?,
            })
        })
    }

    /// Edits a judge (audited old → new).
    #[tauri::command(async)]
    fn update_judge(request: UpdateJudgeRequest, open: State<'_, OpenSession>) -> Result<JudgeList, ApiError> {
        let who = operator()?;
        open.with(|store| {
            app::update_judge(store, &request.judge, &request.fields, &who)?;
            Ok(JudgeList {
                judges: store.judges()?,
                panels: store.panels()?,
            })
        })
    }

    /// Who may take a judge's lesson by hand, and why each other judge may not.
    #[tauri::command(async)]
    fn swap_candidates(
        request: SwapCandidatesRequest,
        open: State<'_, OpenSession>,
    ) -> Result<SwapCandidates, ApiError> {
        open.with(|store| {
            Ok(SwapCandidates {
                judges: app::swap_candidates(store, &request.lesson, &request.from)?,
            })
        })
    }

    /// Gives one lesson of a judge to another judge by hand (recusal enforced, audited).
    #[tauri::command(async)]
    fn swap_judge(request: SwapRequest, open: State<'_, OpenSession>) -> Result<Assignment, ApiError> {
        let who = operator()?;
        open.with(|store| {
            app::swap_judge(store, &request.lesson, &request.from, &request.to, &who)?;
            store.assignment()
        })
    }

    /// Hands an absent judge's unscored lessons to a replacement and writes the replacement's sheet.
    #[tauri::command(async)]
    fn replace_judge(request: ReplaceRequest, open: State<'_, OpenSession>) -> Result<Replaced, ApiError> {
        let who = operator()?;
        open.with(|store| {
            let a = who;
            let lessons = app::replace_judge(store, &request.absent, &request.replacement, &a)?;
            let sheet = app::export_sheet_for(store, &request.replacement, &PathBuf::from(&request.dir), &a)?;
            Ok(Replaced {
                lessons,
                sheet: sheet.display().to_string(),
            })
        })
    }
}

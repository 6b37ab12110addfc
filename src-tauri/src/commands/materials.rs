//! 形式审查 of the lessons' material folders.

use std::path::PathBuf;

use jingpin::app::{self};
use jingpin::app::Session;
use jingpin::roster::LessonId;
use serde::{Deserialize, Serialize};
use tauri::State;
use ts_rs::TS;

use jingpin_commands::commands;

use crate::error::ApiError;

use super::{operator, throttled, OpenSession, PathRequest, Progress};



#[derive(Debug, Deserialize, TS)]
pub struct MaterialsRequest {
    /// The folder of downloaded submissions, one folder per lesson.
    pub dir: String,
}

/// The stored 形式审查, the run it came from, and the lessons the chair kept out.
#[derive(Debug, Serialize, TS)]
pub struct MaterialsView {
    pub run: Option<jingpin::app::MaterialRun>,
    pub lessons: Vec<jingpin::materials::LessonCheck>,
    /// Lesson id → the chair's reason.
    pub excluded: std::collections::BTreeMap<String, String>,
}

fn materials_view(store: &Session) -> Result<MaterialsView, jingpin::Error> {
    Ok(MaterialsView {
        run: store.material_run()?,
        lessons: store.material_checks()?,
        excluded: store
            .exclusions()?
            .into_iter()
            .map(|(l, r)| (l.to_string(), r))
            .collect(),
    })
}

#[derive(Debug, Deserialize, TS)]
pub struct ExcludeRequest {
    pub lesson: LessonId,
    /// None takes the lesson back in.
    pub reason: Option<String>,
}

/// The commands, declared once (see `commands/mod.rs`).
#[commands]
pub(super) mod api {
    use super::*;

    /// 形式审查 of every lesson's folder under `dir`, off the main thread, with progress; stored in
    /// the session (a new run replaces the last), audited.
    #[tauri::command(async)]
    fn check_materials(
        request: MaterialsRequest,
        on_progress: tauri::ipc::Channel<Progress>,
        open: State<'_, OpenSession>,
    ) -> Result<jingpin::materials::CheckReport, ApiError> {
        let who = operator()?;
        open.with(|store| app::check_materials(store, &PathBuf::from(&request.dir), &mut throttled(&on_progress), &who))
    }

    #[tauri::command(async)]
    fn materials(open: State<'_, OpenSession>) -> Result<MaterialsView, ApiError> {
        open.with(|store| materials_view(store))
    }

    /// Keeps a lesson out of the evaluation after 形式审查 (or takes it back in), audited.
    #[tauri::command(async)]
    fn set_excluded(request: ExcludeRequest, open: State<'_, OpenSession>) -> Result<MaterialsView, ApiError> {
        let who = operator()?;
        open.with(|store| {
            app::set_excluded(store, &request.lesson, request.reason.as_deref(), &who)?;
            materials_view(store)
        })
    }

    /// Writes the stored 形式审查 alone as a workbook, to send back to the regions.
    #[tauri::command(async)]
    fn export_materials(request: PathRequest, open: State<'_, OpenSession>) -> Result<(), ApiError> {
        open.with(|store| app::export_material_report(store, &PathBuf::from(&request.path)))
    }
}

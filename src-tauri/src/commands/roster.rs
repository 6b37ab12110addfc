//! The roster: its lessons, imported or typed in.

use std::path::PathBuf;

use jingpin::app::{self, ImportReport};
use jingpin::roster::{Lesson, LessonFields, LessonId};
use serde::{Deserialize, Serialize};
use tauri::State;
use ts_rs::TS;

use jingpin_commands::commands;

use crate::error::ApiError;

use super::register::register_entries;
use super::{operator, ImportFileRequest, LessonRequest, OpenSession};


#[derive(Debug, Serialize, TS)]
pub struct LessonList {
    pub lessons: Vec<Lesson>,
}

#[derive(Debug, Deserialize, TS)]
pub struct SaveLessonRequest {
    /// None adds a new lesson.
    pub id: Option<LessonId>,
    pub fields: LessonFields,
}

/// The commands, declared once (see `commands/mod.rs`).
#[commands]
pub(super) mod api {
    use super::*;

    #[tauri::command(async)]
    fn lessons(open: State<'_, OpenSession>) -> Result<LessonList, ApiError> {
        open.with(|store| {
            Ok(LessonList {
                lessons: store.lessons()?,
            })
        })
    }

    /// Imports a roster workbook, checking every teacher against the bar register (失信名单).
    #[tauri::command(async)]
    fn import_roster(request: ImportFileRequest, open: State<'_, OpenSession>) -> Result<ImportReport, ApiError> {
        let who = operator()?;
        let register = register_entries()?;
        open.with(|store| {
            app::import_roster_checked(store, &PathBuf::from(&request.path), request.category, &register, &who)
        })
    }

    #[tauri::command(async)]
    fn save_lesson(request: SaveLessonRequest, open: State<'_, OpenSession>) -> Result<Lesson, ApiError> {
        let who = operator()?;
        open.with(|store| app::save_lesson(store, request.id.as_ref(), &request.fields, &who))
    }

    /// Deletes a lesson nobody has scored (audited).
    #[tauri::command(async)]
    fn delete_lesson(request: LessonRequest, open: State<'_, OpenSession>) -> Result<LessonList, ApiError> {
        let who = operator()?;
        open.with(|store| {
            app::delete_lesson(store, &request.lesson, &who)?;
            Ok(LessonList {
                lessons: store.lessons()?,
            })
        })
    }
}

//! Tauri commands: each a few lines over the core. No business logic here.

use std::path::PathBuf;

use jingpin::import::RubricSheetOptions;
use jingpin::{library, paths, Category, Library, Points, Rubric};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::ApiError;

/// The rubrics and quota tables: built-in plus the user's folder.
#[tauri::command]
pub fn library() -> Library {
    Library::load(&paths::user_rubric_dir(), &paths::user_quota_dir())
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

/// Imports a rubric file into the user's rubric folder.
#[tauri::command]
pub fn import_rubric(request: ImportRubricRequest) -> Result<ImportedRubric, ApiError> {
    let mut options = RubricSheetOptions::new(
        request.year.unwrap_or(0),
        request.category.unwrap_or(Category::Subject),
    );
    options.step = request.step.unwrap_or(options.step);
    let path = PathBuf::from(&request.path);
    let (rubric, saved) = library::import_user_rubric(&path, &options, &paths::user_rubric_dir())?;
    Ok(ImportedRubric {
        rubric,
        saved_to: saved.display().to_string(),
    })
}

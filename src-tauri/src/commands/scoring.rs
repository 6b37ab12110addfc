//! Judge mode: one judge scores their own sheet in the window (and opens the lessons' materials).

use std::path::PathBuf;
use std::sync::Mutex;

use jingpin::app::workspace::Workspace;
use jingpin::judge_mode::{self as judge, JudgeView};
use jingpin::roster::LessonId;
use jingpin::scores::LessonScores;
use jingpin::{paths, Points};
use serde::{Deserialize, Serialize};
use tauri::State;
use ts_rs::TS;

use jingpin_commands::commands;

use crate::error::ApiError;

use super::{now, LessonRequest, PathRequest};



/// The judge's workspace the window scores in (judge mode).
#[derive(Default)]
pub struct OpenWorkspace(pub Mutex<Option<Workspace>>);

impl OpenWorkspace {
    fn with<T>(&self, f: impl FnOnce(&mut Workspace) -> Result<T, jingpin::Error>) -> Result<T, ApiError> {
        let mut guard = self.0.lock().unwrap_or_else(|p| p.into_inner());
        let ws = guard.as_mut().ok_or_else(ApiError::no_sheet)?;
        Ok(f(ws)?)
    }
}

#[derive(Debug, Serialize, TS)]
pub struct CurrentSheet {
    pub view: Option<JudgeView>,
}

#[derive(Debug, Deserialize, TS)]
pub struct ScoreRequest {
    pub lesson: LessonId,
    /// Indicator position in the rubric, from 0.
    pub indicator: u32,
    pub value: Option<Points>,
}

#[derive(Debug, Deserialize, TS)]
pub struct VetoRequest {
    pub lesson: LessonId,
    pub veto: String,
    /// None clears the mark.
    pub reason: Option<String>,
}

#[derive(Debug, Deserialize, TS)]
pub struct TextRequest {
    pub lesson: LessonId,
    /// For 未评: None clears the mark.
    pub text: Option<String>,
}

#[derive(Debug, Serialize, TS)]
pub struct ExportedSheet {
    pub path: String,
    pub revision: u32,
}

#[derive(Debug, Serialize, TS)]
pub struct MaterialList {
    pub files: Vec<String>,
}

/// The commands, declared once (see `commands/mod.rs`).
#[commands]
pub(super) mod api {
    use super::*;

    /// Opens a score sheet in judge mode (creating or reopening the judge's workspace).
    #[tauri::command(async)]
    fn open_sheet(request: PathRequest, work: State<'_, OpenWorkspace>) -> Result<JudgeView, ApiError> {
        let (ws, _) = judge::open_sheet(&PathBuf::from(&request.path), &paths::judge_dir())?;
        let view = JudgeView::of(&ws)?;
        *work.0.lock().unwrap_or_else(|p| p.into_inner()) = Some(ws);
        Ok(view)
    }

    #[tauri::command]
    fn judge_view(work: State<'_, OpenWorkspace>) -> Result<CurrentSheet, ApiError> {
        let guard = work.0.lock().unwrap_or_else(|p| p.into_inner());
        Ok(CurrentSheet {
            view: guard.as_ref().map(JudgeView::of).transpose()?,
        })
    }

    /// Saves one score; returns the lesson's scores as committed.
    #[tauri::command]
    fn judge_set_score(request: ScoreRequest, work: State<'_, OpenWorkspace>) -> Result<LessonScores, ApiError> {
        work.with(|ws| ws.set_score(&request.lesson, request.indicator as usize, request.value))
    }

    #[tauri::command]
    fn judge_set_veto(request: VetoRequest, work: State<'_, OpenWorkspace>) -> Result<LessonScores, ApiError> {
        work.with(|ws| ws.set_veto(&request.lesson, &request.veto, request.reason))
    }

    #[tauri::command]
    fn judge_set_comment(request: TextRequest, work: State<'_, OpenWorkspace>) -> Result<LessonScores, ApiError> {
        work.with(|ws| ws.set_comment(&request.lesson, request.text.as_deref().unwrap_or("")))
    }

    #[tauri::command]
    fn judge_set_unscored(request: TextRequest, work: State<'_, OpenWorkspace>) -> Result<LessonScores, ApiError> {
        work.with(|ws| ws.set_unscored(&request.lesson, request.text))
    }

    #[tauri::command]
    fn judge_submit(work: State<'_, OpenWorkspace>) -> Result<JudgeView, ApiError> {
        work.with(|ws| {
            ws.submit()?;
            JudgeView::of(ws)
        })
    }

    #[tauri::command]
    fn judge_unlock(work: State<'_, OpenWorkspace>) -> Result<JudgeView, ApiError> {
        work.with(|ws| {
            ws.unlock()?;
            JudgeView::of(ws)
        })
    }

    /// Writes the submitted scores as a filled sheet (new revision, new HMAC).
    #[tauri::command(async)]
    fn judge_export(request: PathRequest, work: State<'_, OpenWorkspace>) -> Result<ExportedSheet, ApiError> {
        work.with(|ws| {
            let at = now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
            let revision = judge::export(ws, &PathBuf::from(&request.path), &at)?;
            Ok(ExportedSheet {
                path: request.path,
                revision,
            })
        })
    }

    /// Remembers the folder of lesson materials on this laptop.
    #[tauri::command]
    fn judge_set_materials(
        request: PathRequest,
        work: State<'_, OpenWorkspace>,
    ) -> Result<JudgeView, ApiError> {
        work.with(|ws| {
            ws.set_materials_dir(&PathBuf::from(&request.path))?;
            JudgeView::of(ws)
        })
    }

    /// The lesson's files in the materials folder.
    #[tauri::command]
    fn judge_materials(request: LessonRequest, work: State<'_, OpenWorkspace>) -> Result<MaterialList, ApiError> {
        work.with(|ws| {
            let Some(dir) = ws.materials_dir()? else {
                return Ok(MaterialList { files: Vec::new() });
            };
            let sheet = ws.sheet()?;
            let lesson = sheet
                .categories
                .iter()
                .flat_map(|c| c.lessons.iter())
                .find(|l| l.id == request.lesson);
            let files = lesson.map(|l| judge::materials(&dir, l)).unwrap_or_default();
            Ok(MaterialList {
                files: files.iter().map(|f| f.display().to_string()).collect(),
            })
        })
    }

    /// Opens one of the lesson's material files with the system's default program. Only files the
    /// materials listing returns can be opened.
    #[tauri::command]
    fn open_material(request: PathRequest, work: State<'_, OpenWorkspace>) -> Result<(), ApiError> {
        // only a file the listing returned for one of this judge's lessons, compared after resolving
        // `..` and links, so `<dir>/../../x` is not inside the folder
        let allowed = work.with(|ws| {
            let Some(dir) = ws.materials_dir()? else {
                return Ok(false);
            };
            let wanted = std::fs::canonicalize(&request.path).ok();
            let sheet = ws.sheet()?;
            Ok(sheet
                .categories
                .iter()
                .flat_map(|c| c.lessons.iter())
                .flat_map(|l| judge::materials(&dir, l))
                .any(|f| std::fs::canonicalize(&f).ok().is_some_and(|f| Some(f) == wanted)))
        })?;
        if !allowed {
            return Err(ApiError::not_material());
        }
        tauri_plugin_opener::open_path(&request.path, None::<&str>).map_err(|e| ApiError::open_failed(&request.path, &e))
    }
}

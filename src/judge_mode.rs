//! Judge mode: a judge opens their score sheet, scores in a local workspace, submits and exports
//! the filled sheet. The judge sees only their own sheet.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Serialize;

use crate::category::Category;
use crate::error::{Error, ErrorKind};
use crate::roster::{Lesson, LessonId};
use crate::rubric::Rubric;
use crate::scores::LessonScores;
use crate::sheet::read::{check, SheetStatus};
use crate::sheet::{write, SheetMeta};
use crate::store::workspace::Workspace;

/// Opens a sheet: checks it against itself (a sheet refused for bad cells cannot be scored in the
/// app) and creates or reopens the judge's workspace in `dir`. Returns whether it was created.
pub fn open_sheet(path: &Path, dir: &Path) -> Result<(Workspace, bool), Error> {
    let c = check(path, None)?;
    match (c.status, c.sheet) {
        (SheetStatus::Rejected, _) | (_, None) => Err(ErrorKind::SheetRejected {
            file: path.display().to_string(),
            problems: c.problems.iter().map(|p| p.at(path)).collect(),
        }
        .into()),
        (_, Some(sheet)) => Workspace::open_or_create(dir, &sheet),
    }
}

/// Writes the submitted scores as a filled sheet (next revision, new HMAC) and records the revision.
pub fn export(ws: &mut Workspace, path: &Path, generated_at: &str) -> Result<u32, Error> {
    let sheet = ws.filled_sheet(generated_at)?;
    write::write(&sheet, path)?;
    ws.exported(sheet.meta.revision)?;
    Ok(sheet.meta.revision)
}

/// One category of the judge's sheet.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct JudgeCategory {
    pub category: Category,
    pub rubric: Rubric,
    pub lessons: Vec<Lesson>,
}

/// What the judge's scoring view shows.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct JudgeView {
    pub meta: SheetMeta,
    pub categories: Vec<JudgeCategory>,
    pub scores: BTreeMap<LessonId, LessonScores>,
    pub locked: bool,
    pub revision: u32,
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub workspace: PathBuf,
    #[cfg_attr(feature = "ts", ts(type = "string | null"))]
    pub materials: Option<PathBuf>,
}

impl JudgeView {
    pub fn of(ws: &Workspace) -> Result<JudgeView, Error> {
        let sheet = ws.sheet()?;
        let (locked, revision) = ws.state()?;
        Ok(JudgeView {
            meta: sheet.meta,
            categories: sheet
                .categories
                .into_iter()
                .map(|c| JudgeCategory {
                    category: c.rubric.category(),
                    rubric: c.rubric,
                    lessons: c.lessons,
                })
                .collect(),
            scores: sheet.scores,
            locked,
            revision,
            workspace: ws.path().to_path_buf(),
            materials: ws.materials_dir()?,
        })
    }
}

/// The files of a lesson in a materials folder: everything under a sub-folder whose name starts
/// with the lesson id or contains its title, and files directly in the folder named the same way
/// (`L00001 分数的初步认识/教学设计.docx`, `L00001-课件.pptx`). Sorted, so the list is stable.
pub fn materials(dir: &Path, lesson: &Lesson) -> Vec<PathBuf> {
    let matches = |name: &str| {
        name.starts_with(lesson.id.as_str()) || (!lesson.fields.title.is_empty() && name.contains(&lesson.fields.title))
    };
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = entry.path();
        let name = entry.file_name().to_string_lossy().into_owned();
        if !matches(&name) {
            continue;
        }
        if path.is_dir() {
            collect_files(&path, &mut out);
        } else {
            out.push(path);
        }
    }
    out.sort();
    out
}

fn collect_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect_files(&path, out);
        } else {
            out.push(path);
        }
    }
}

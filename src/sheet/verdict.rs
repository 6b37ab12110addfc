//! What reading a returned sheet concludes: its status (`intact`, `external_edit`, `rejected`),
//! every problem with its cell and rule, every change made outside the app, and what the session
//! expects of a sheet.

use std::collections::BTreeMap;
use std::path::Path;

use serde::{Deserialize, Serialize};

use super::{IssuedSheet, ScoreSheet};
use crate::category::Category;
use crate::judges::JudgeId;
use crate::roster::LessonId;
use crate::rubric::Rubric;

pub use crate::codes::SheetRule;

/// Problems listed per refused file: a clerk reads the first ones and fixes the pattern; a
/// zip-bomb sheet quoted 191,030 bad cells (1.15 GB of output, 3.8 GB of memory).
pub const PROBLEMS_LISTED: usize = 100;
/// Problems counted per file before reading stops (the count then says "at least").
pub const PROBLEMS_READ: usize = 10_000;
/// Characters of a cell quoted in a problem.
pub(super) const QUOTED: usize = 60;

/// A cell's text as a problem quotes it: at most [`QUOTED`] characters, a cut marked with `…`.
pub(super) fn quoted(text: String) -> String {
    if text.chars().count() <= QUOTED {
        return text;
    }
    let mut cut: String = text.chars().take(QUOTED).collect();
    cut.push('…');
    cut
}

/// Keeps a refused file's first [`PROBLEMS_LISTED`] problems and says how many more there were.
pub(super) fn cap(problems: &mut Vec<SheetProblem>, stopped: bool) {
    if problems.len() <= PROBLEMS_LISTED {
        return;
    }
    let more = problems.len() - PROBLEMS_LISTED;
    problems.truncate(PROBLEMS_LISTED);
    problems.push(SheetProblem {
        sheet: String::new(),
        cell: String::new(),
        value: if stopped { format!("{more}+") } else { more.to_string() },
        rule: SheetRule::MoreProblems,
    });
}

/// One refused cell, or one changed cell of an external edit.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct SheetProblem {
    pub sheet: String,
    /// `F5`; empty when the problem is the whole file.
    pub cell: String,
    pub value: String,
    pub rule: SheetRule,
}

impl SheetProblem {
    /// This problem as a `Problem` at its place in `file` (sheet, row and column from the cell).
    pub fn at(&self, file: &Path) -> crate::error::Problem {
        let letters: String = self.cell.chars().take_while(char::is_ascii_alphabetic).collect();
        let row = self.cell[letters.len()..].parse::<u32>().ok();
        crate::error::Problem::new(
            crate::error::Location {
                file: Some(file.to_path_buf()),
                line: None,
                sheet: (!self.sheet.is_empty()).then(|| self.sheet.clone()),
                row,
                column: (!letters.is_empty()).then_some(letters),
            },
            crate::error::ProblemKind::SheetCell {
                rule: self.rule,
                value: self.value.clone(),
            },
        )
    }
}

/// A cell whose value differs from what the app wrote.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct SheetChange {
    pub sheet: String,
    pub cell: String,
    pub was: String,
    pub now: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
#[derive(strum::IntoStaticStr)]
#[strum(serialize_all = "snake_case")]
pub enum SheetStatus {
    Intact,
    ExternalEdit,
    /// Its signature does not verify: read against what the session issued (judge, lessons,
    /// revision, a blank snapshot), never against its own hidden sheet.
    Unverified,
    Rejected,
}

impl SheetStatus {
    pub const ALL: [SheetStatus; 4] = [
        SheetStatus::Intact,
        SheetStatus::ExternalEdit,
        SheetStatus::Unverified,
        SheetStatus::Rejected,
    ];

    /// The status's stable code (`external_edit`, …), as serialized and stored.
    pub fn code(self) -> &'static str {
        self.into()
    }

    /// The status a stored code names.
    pub fn from_code(code: &str) -> Option<SheetStatus> {
        SheetStatus::ALL.into_iter().find(|s| s.code() == code)
    }
}

/// The verdict on one file.
#[derive(Debug, Clone, PartialEq)]
pub struct SheetCheck {
    pub file: String,
    pub judge: Option<JudgeId>,
    pub status: SheetStatus,
    pub problems: Vec<SheetProblem>,
    pub changes: Vec<SheetChange>,
    /// Lessons neither fully scored nor marked 未评 with a reason.
    pub incomplete: Vec<LessonId>,
    /// The sheet as its visible cells say (None when it could not be read at all). In the
    /// chair's check (`expected` given) its lessons carry their id and category only: the
    /// session has the rest, and parsing every lesson's fields from the hidden sheet is a
    /// noticeable share of importing a thousand sheets.
    pub sheet: Option<ScoreSheet>,
    /// Each lesson's visible scores as JSON, in lesson-id order: compared with the snapshot as
    /// text, and stored as they are.
    pub scores_json: Vec<(LessonId, String)>,
}

impl SheetCheck {
    /// A refusal of `path` with no problem named yet: where every check starts.
    pub(super) fn refused(path: &Path) -> SheetCheck {
        SheetCheck {
            file: path.display().to_string(),
            judge: None,
            status: SheetStatus::Rejected,
            problems: Vec::new(),
            changes: Vec::new(),
            incomplete: Vec::new(),
            sheet: None,
            scores_json: Vec::new(),
        }
    }
}

/// What the chair's session expects of a sheet.
#[derive(Debug, Clone)]
pub struct Expected {
    pub session_id: String,
    /// Each known judge's key.
    pub judge_keys: BTreeMap<JudgeId, String>,
    /// Each judge's assigned lessons.
    pub assigned: BTreeMap<JudgeId, Vec<LessonId>>,
    /// The session's rubric per category.
    pub rubrics: BTreeMap<Category, Rubric>,
    /// Every sheet the session issued, by token.
    pub issues: BTreeMap<String, IssuedSheet>,
}

//! The roster: importing it (checked against the bar register), lessons typed in by hand, deleting one.

use std::path::Path;

use serde::{Deserialize, Serialize};

use super::{refuse, refuse_at, warning_rules};
use crate::app::Session;
use crate::category::Category;
use crate::error::{Error, Problem, Report};
use crate::import::roster_sheet;
use crate::roster::{self};
use crate::store::{Actor, Merged};

/// The outcome of a roster import that landed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ImportReport {
    pub file: String,
    pub rows: u32,
    #[serde(flatten)]
    pub merged: Merged,
    /// Warnings of the lessons in this file (they stay visible in the roster).
    pub warnings: Vec<Problem>,
}

/// Imports a roster workbook: every row checked, then all lessons merged in one transaction.
/// On any error nothing is written and every problem is returned.
pub fn import_roster(
    session: &mut Session,
    path: &Path,
    default_category: Option<Category>,
    actor: &Actor,
) -> Result<ImportReport, Error> {
    let _store = &mut session.store;
    import_roster_checked(session, path, default_category, &[], actor)
}

/// [`import_roster`], checking every teacher of the roster against the bar register (`register`)
/// in the same transaction: each match in force is recorded pending for the chair.
pub fn import_roster_checked(
    session: &mut Session,
    path: &Path,
    default_category: Option<Category>,
    register: &[crate::register::BarEntry],
    actor: &Actor,
) -> Result<ImportReport, Error> {
    let store = &mut session.store;
    let settings = store.settings()?;
    let categories: Vec<Category> = settings.categories.iter().map(|c| c.category).collect();
    let rows = roster_sheet::read_roster(path, default_category.is_some())?;
    if rows.is_empty() {
        return Err(refuse_at(path, crate::error::ProblemKind::NoRows));
    }
    let checked = roster::check_rows(&rows, &categories, default_category);
    if !checked.errors.is_empty() {
        return Err(Report {
            problems: checked.errors,
        }
        .capped()
        .into());
    }
    let rules = warning_rules(&settings);
    let (year, bar_years) = (settings.year, settings.rules.bar_years);
    let (merged, lessons) = store.merge_lessons_checked(
        &checked.lessons,
        |all| roster::warnings(all, &rules),
        |all| crate::register::hits(all, register, year, bar_years),
        actor,
    )?;
    let file = path.display().to_string();
    let mut warnings: Vec<Problem> = lessons
        .into_iter()
        .flat_map(|l| l.warnings)
        .filter(|w| w.location.file.as_deref() == Some(path))
        .collect();
    // rows the office hid are imported (hiding is not deleting) and named
    for (sheet, hidden) in crate::import::grid::hidden_rows(path) {
        let rows: Vec<u32> = hidden
            .into_iter()
            .filter(|r| {
                rows.iter()
                    .any(|x| x.location.sheet.as_deref() == Some(sheet.as_str()) && x.location.row == Some(*r))
            })
            .collect();
        if !rows.is_empty() {
            let mut at = crate::error::Location::file(path);
            at.sheet = Some(sheet);
            warnings.push(Problem {
                location: at,
                kind: crate::error::ProblemKind::HiddenRows { rows },
            });
        }
    }
    Ok(ImportReport {
        file,
        rows: checked.lessons.len() as u32,
        merged,
        warnings,
    })
}

/// Adds a lesson typed in by hand, or edits one (`id`), with the same checks as an import.
pub fn save_lesson(
    session: &mut Session,
    id: Option<&crate::roster::LessonId>,
    fields: &crate::roster::LessonFields,
    actor: &Actor,
) -> Result<crate::roster::Lesson, Error> {
    let store = &mut session.store;
    use crate::roster::{FieldText, RosterRow};
    let settings = store.settings()?;
    let categories: Vec<Category> = settings.categories.iter().map(|c| c.category).collect();
    let here = crate::error::Location::default();
    let cell = |text: &str| {
        Some(FieldText {
            text: text.to_owned(),
            column: None,
        })
    };
    let row = RosterRow {
        location: here.clone(),
        category: cell(fields.category.name()),
        region: cell(&fields.region),
        stage: cell(&fields.stage),
        subject: cell(&fields.subject),
        grade: cell(&fields.grade),
        edition: cell(&fields.edition),
        node: cell(&fields.node),
        title: cell(&fields.title),
        teachers: cell(&fields.teachers.join("、")),
        school: cell(&fields.school),
        origin: cell(&fields.origin),
    };
    let checked = roster::check_rows(&[row], &categories, None);
    if !checked.errors.is_empty() {
        return Err(Report {
            problems: checked.errors,
        }
        .capped()
        .into());
    }
    let (clean, _) = checked
        .lessons
        .into_iter()
        .next()
        .expect("a row without errors becomes a lesson");
    let existing = store.lessons()?;
    let clash = existing
        .iter()
        .find(|l| l.fields.key() == clean.key() && Some(&l.id) != id);
    if let Some(other) = clash {
        let mut report = Report::default();
        report.push(
            other.source.clone(),
            crate::error::ProblemKind::DuplicateLesson {
                first_row: other.source.row.unwrap_or(0),
            },
        );
        return Err(report.into());
    }
    let rules = warning_rules(&settings);
    let warn = |all: &[(crate::roster::LessonFields, crate::error::Location)]| roster::warnings(all, &rules);
    match id {
        Some(id) => store.update_lesson(id, &clean, warn, actor)?,
        None => {
            store.merge_lessons(&[(clean.clone(), here)], warn, actor)?;
        }
    }
    let saved = store.lessons()?;
    Ok(match id {
        Some(id) => saved.into_iter().find(|l| l.id == *id),
        None => saved.into_iter().find(|l| l.fields.key() == clean.key()),
    }
    .expect("the lesson just saved is in the store"))
}

/// Deletes a lesson typed or imported by mistake; refused once any judge has scored it.
pub fn delete_lesson(session: &mut Session, id: &crate::roster::LessonId, actor: &Actor) -> Result<(), Error> {
    let store = &mut session.store;
    if store.judgements()?.keys().any(|(_, l)| l == id) {
        return Err(refuse(crate::error::ProblemKind::HasScores { id: id.to_string() }));
    }
    let rules = warning_rules(&store.settings()?);
    store.delete_lesson(id, |all| roster::warnings(all, &rules), actor)
}

//! The judge list: importing it, judges typed in by hand, deleting one.

use std::path::Path;

use super::refuse;
use super::refuse_at;
use super::roster::ImportReport;
use crate::app::Session;
use crate::error::{Error, Problem, Report};
use crate::import::judges_sheet;
use crate::judges;
use crate::store::Actor;

/// Imports a judge list; panels it names are created with the coverage their names imply.
pub fn import_judges(session: &mut Session, path: &Path, actor: &Actor) -> Result<ImportReport, Error> {
    let store = &mut session.store;
    let rows = judges_sheet::read_judges(path)?;
    if rows.is_empty() {
        return Err(refuse_at(path, crate::error::ProblemKind::NoRows));
    }
    let (mut ok, errors) = judges::check_rows(&rows);
    if !errors.is_empty() {
        return Err(Report { problems: errors }.capped().into());
    }
    // a name with a tab, a line break or another control character (pasted from elsewhere)
    // reaches file names and printed lists: each becomes a space, and the chair is told where
    let mut warnings = Vec::new();
    for (fields, at) in &mut ok {
        if fields.name.chars().any(char::is_control) {
            fields.name = fields
                .name
                .chars()
                .map(|c| if c.is_control() { ' ' } else { c })
                .collect::<String>()
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ");
            warnings.push(Problem {
                location: at.clone(),
                kind: crate::error::ProblemKind::ControlCharacters {
                    column: "姓名".into(),
                    now: fields.name.clone(),
                },
            });
        }
    }
    let merged = store.merge_judges(&ok, actor)?;
    // a judges list that names regions means the office expects recusal by region: unless the
    // chair chose otherwise, it is on (`recuse_same_region` unset), and the chair is told so
    let with_region = ok.iter().filter(|(j, _)| !j.region.trim().is_empty()).count() as u32;
    if with_region > 0 && store.settings()?.rules.recuse_same_region.is_none() {
        warnings.push(Problem {
            location: crate::error::Location::file(path),
            kind: crate::error::ProblemKind::RegionRecusalOn { judges: with_region },
        });
    }
    Ok(ImportReport {
        file: path.display().to_string(),
        rows: ok.len() as u32,
        merged,
        warnings,
    })
}

/// Adds a judge typed in by hand (or updates the one with the same name and unit).
pub fn save_judge(
    session: &mut Session,
    fields: &crate::judges::JudgeFields,
    actor: &Actor,
) -> Result<crate::judges::Judge, Error> {
    let store = &mut session.store;
    use crate::judges::JudgeRow;
    use crate::roster::FieldText;
    let here = crate::error::Location::default();
    let cell = |text: &str| {
        Some(FieldText {
            text: text.to_owned(),
            column: None,
        })
    };
    let row = JudgeRow {
        location: here.clone(),
        name: cell(&fields.name),
        unit: cell(&fields.unit),
        region: cell(&fields.region),
        panel: cell(&fields.panel),
        role: cell(&fields.role),
    };
    let (ok, errors) = judges::check_rows(&[row]);
    if !errors.is_empty() {
        return Err(Report { problems: errors }.into());
    }
    store.merge_judges(&ok, actor)?;
    Ok(store
        .judges()?
        .into_iter()
        .find(|j| j.fields.name == ok[0].0.name && j.fields.unit == ok[0].0.unit)
        .expect("the judge just saved is in the store"))
}

/// Deletes a judge; refused once a sheet of theirs has been imported.
pub fn delete_judge(session: &mut Session, id: &crate::judges::JudgeId, actor: &Actor) -> Result<(), Error> {
    let store = &mut session.store;
    if store.sheet_imports()?.iter().any(|s| &s.judge == id) {
        return Err(refuse(crate::error::ProblemKind::HasScores { id: id.to_string() }));
    }
    store.delete_judge(id, actor)
}

/// Marks a judge absent (with the reason) or present again (`None`); audited.
pub fn set_absent(
    session: &mut Session,
    judge: &crate::judges::JudgeId,
    reason: Option<&str>,
    actor: &Actor,
) -> Result<(), Error> {
    session.store.set_absent(judge, reason, actor)
}

/// Creates a panel or changes its coverage; audited.
pub fn set_panel(session: &mut Session, panel: &crate::judges::Panel, actor: &Actor) -> Result<(), Error> {
    session.store.set_panel(panel, actor)
}

/// Changes a judge's details; audited.
pub fn update_judge(
    session: &mut Session,
    id: &crate::judges::JudgeId,
    fields: &crate::judges::JudgeFields,
    actor: &Actor,
) -> Result<(), Error> {
    session.store.update_judge(id, fields, actor)
}

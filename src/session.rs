//! What a chair does to a session, end to end: create it, import the roster and the judge
//! list, assign. Each workflow reads a file (`import`), checks it (`roster`, `judges`), and
//! writes through `store` in one transaction — or writes nothing and returns every problem.

use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::assign::{self, AssignRules, Assignment};
use crate::category::Category;
use crate::error::{Error, Problem, Report};
use crate::import::{judges_sheet, roster_sheet};
use crate::judges;
use crate::library::Library;
use crate::roster::{self, WarningRules};
use crate::rubric::Rubric;
use crate::settings::Settings;
use crate::store::{Actor, Merged, Store};

/// Creates a session file from resolved settings, copying in each category's rubric.
pub fn create(
    path: &Path,
    settings: &Settings,
    library: &Library,
    uid: &str,
    actor: &Actor,
) -> Result<Store, Error> {
    let rubrics = rubrics_for(settings, library)?;
    Store::create(path, settings, &rubrics, uid, actor)
}

/// The library rubrics the settings name, in category order.
pub fn rubrics_for(settings: &Settings, library: &Library) -> Result<Vec<Rubric>, Error> {
    settings
        .categories
        .iter()
        .map(|c| library.rubric(&c.rubric).cloned())
        .collect()
}

/// The rules roster warnings are computed with.
pub fn warning_rules(settings: &Settings) -> WarningRules {
    WarningRules {
        region_quotas: settings
            .region_quotas
            .iter()
            .map(|q| ((q.region.clone(), q.category), q.quota))
            .collect(),
        one_per_node: settings.rules.one_per_node,
    }
}

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
    store: &mut Store,
    path: &Path,
    default_category: Option<Category>,
    actor: &Actor,
) -> Result<ImportReport, Error> {
    let settings = store.settings()?;
    let categories: Vec<Category> = settings.categories.iter().map(|c| c.category).collect();
    let rows = roster_sheet::read_roster(path, default_category.is_some())?;
    let checked = roster::check_rows(&rows, &categories, default_category);
    if !checked.errors.is_empty() {
        return Err(Report {
            problems: checked.errors,
        }
        .into());
    }
    let rules = warning_rules(&settings);
    let merged =
        store.merge_lessons(&checked.lessons, |all| roster::warnings(all, &rules), actor)?;
    let file = path.display().to_string();
    let warnings = store
        .lessons()?
        .into_iter()
        .flat_map(|l| l.warnings)
        .filter(|w| w.location.file.as_deref() == Some(path))
        .collect();
    Ok(ImportReport {
        file,
        rows: checked.lessons.len() as u32,
        merged,
        warnings,
    })
}

/// Imports a judge list; panels it names are created with the coverage their names imply.
pub fn import_judges(store: &mut Store, path: &Path, actor: &Actor) -> Result<ImportReport, Error> {
    let rows = judges_sheet::read_judges(path)?;
    let (ok, errors) = judges::check_rows(&rows);
    if !errors.is_empty() {
        return Err(Report { problems: errors }.into());
    }
    let merged = store.merge_judges(&ok, actor)?;
    Ok(ImportReport {
        file: path.display().to_string(),
        rows: ok.len() as u32,
        merged,
        warnings: Vec::new(),
    })
}

/// Makes and stores the assignment from the session's lessons, judges, panels and rules.
pub fn run_assignment(store: &mut Store, actor: &Actor) -> Result<Assignment, Error> {
    let settings = store.settings()?;
    let rules = AssignRules {
        mode: settings.rules.assignment,
        judges_per_lesson: settings.rules.judges_per_lesson,
        recuse_same_region: settings.rules.recuse_same_region,
    };
    let a = assign::assign(
        &store.lessons()?,
        &store.judges()?,
        &store.panels()?,
        &rules,
    );
    store.save_assignment(&a, actor)?;
    Ok(a)
}

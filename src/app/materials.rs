//! 形式审查: every lesson's folder checked against its category's rules, stored and exported.

use std::path::Path;

use crate::app::Session;
use crate::error::Error;
use crate::store::Actor;

/// 形式审查: checks every lesson's folder under `root` against its category's rules and stores
/// the result (replacing the last run's, audited). A category whose session rubric has no
/// `[check]` rules (a rubric imported from a spreadsheet) uses the built-in rubric's of the same
/// category, when there is one. `progress` gets (done, total) after each lesson.
pub fn check_materials(
    session: &mut Session,
    root: &Path,
    progress: &mut dyn FnMut(usize, usize),
    actor: &Actor,
) -> Result<crate::materials::CheckReport, Error> {
    let store = &mut session.store;
    if !root.is_dir() {
        return Err(Error::read(
            root,
            std::io::Error::new(std::io::ErrorKind::NotFound, "not a folder"),
        ));
    }
    let settings = store.settings()?;
    let builtin = crate::Library::builtin();
    let mut rubrics = std::collections::BTreeMap::new();
    for c in &settings.categories {
        let own = store.rubric(c.category)?;
        let rubric = if own.check().is_some() {
            own
        } else {
            builtin
                .rubrics
                .iter()
                .map(|e| &e.item)
                .filter(|r| r.category() == c.category && r.check().is_some())
                .max_by_key(|r| r.year())
                .cloned()
                .unwrap_or_else(|| own.with_check(crate::submission::category_check(c.category)))
        };
        rubrics.insert(c.category, rubric);
    }
    let lessons = store.lessons()?;
    let refs: Vec<&crate::roster::Lesson> = lessons.iter().collect();
    let report = crate::materials::check(root, &refs, &rubrics, progress);
    store.save_material_check(&report, actor)?;
    Ok(report)
}

/// Writes the stored 形式审查 alone as a workbook (to send back to the regions).
pub fn export_material_report(session: &Session, path: &Path) -> Result<(), Error> {
    let store = &session.store;
    let settings = store.settings()?;
    let lessons = store.lessons()?;
    let refs: Vec<&crate::roster::Lesson> = lessons.iter().collect();
    let run = store.material_run()?;
    crate::export::write_material_report(
        &settings.name,
        &settings.unit,
        run.as_ref().map(|r| r.at.as_str()),
        &store.material_checks()?,
        &refs,
        &store.exclusions()?,
        path,
    )
}

/// Excludes a lesson from the selection (with the reason) or takes it back in (`None`); audited.
pub fn set_excluded(
    session: &mut Session,
    lesson: &crate::roster::LessonId,
    reason: Option<&str>,
    actor: &Actor,
) -> Result<(), Error> {
    session.store.set_excluded(lesson, reason, actor)
}

//! The bar register (失信名单) seen from a session: checking the roster against it, the chair's word
//! on a match, the teachers a finalized session bars.

use super::exports::own_region;
use super::results::results_input;
use crate::app::Session;
use crate::error::Error;
use crate::results::compute_results;
use crate::store::Actor;

/// Checks the whole roster against the bar register again (after the register changed, or for
/// lessons typed in by hand); new matches are recorded pending, in one transaction. Returns the
/// matches still waiting for the chair.
pub fn check_register(
    session: &mut Session,
    register: &[crate::register::BarEntry],
    actor: &Actor,
) -> Result<Vec<crate::register::BarMatch>, Error> {
    let store = &mut session.store;
    let settings = store.settings()?;
    let hits = crate::register::hits(&store.lessons()?, register, settings.year, settings.rules.bar_years);
    store.record_bar_hits(&hits, actor)?;
    Ok(store
        .bar_matches()?
        .into_iter()
        .filter(|m| m.status == crate::register::HitStatus::Pending)
        .collect())
}

/// The chair's word on a roster teacher matched against the bar register, with a reason (the
/// same rule as every decision: no word without one).
pub fn settle_bar_match(
    session: &mut Session,
    lesson: &crate::roster::LessonId,
    teacher: &str,
    status: crate::register::HitStatus,
    reason: &str,
    actor: &Actor,
) -> Result<(), Error> {
    let store = &mut session.store;
    crate::error::require_reason(reason)?;
    store.settle_bar_match(lesson, teacher, status, reason, actor)
}

/// The register entries a finalized session adds: every teacher of a lesson vetoed (and not
/// overruled) with an item the bar is for (抄袭 / 冒名顶替 / 非原创), with the judges' reasons.
/// Empty for a session not finalized.
pub fn barred_teachers(session: &Session) -> Result<Vec<crate::register::BarEntry>, Error> {
    let _store = &session.store;
    let input = results_input(session)?;
    if input.finalized.is_none() {
        return Ok(Vec::new());
    }
    let results = compute_results(&input);
    let region = own_region(&input.settings);
    let mut out = Vec::new();
    for c in &results.categories {
        let rubric = input.rubrics.iter().find(|r| r.category() == c.category);
        for row in c
            .rows
            .iter()
            .filter(|r| r.outcome.status == crate::select::Status::Vetoed)
        {
            let mut reasons: Vec<String> = Vec::new();
            for ((_, l), s) in &input.judgements {
                if l != &row.lesson.id {
                    continue;
                }
                for v in &s.vetoes {
                    let name = rubric
                        .and_then(|r| r.vetoes().iter().find(|x| x.id() == v.veto))
                        .map_or(v.veto.as_str(), |x| x.name());
                    if crate::register::bars(&v.veto, name) {
                        let text = if v.reason.trim().is_empty() {
                            name.to_owned()
                        } else {
                            format!("{name}：{}", v.reason.trim())
                        };
                        if !reasons.contains(&text) {
                            reasons.push(text);
                        }
                    }
                }
            }
            if reasons.is_empty() {
                continue;
            }
            for t in &row.lesson.fields.teachers {
                out.push(crate::register::BarEntry {
                    name: t.clone(),
                    school: row.lesson.fields.school.clone(),
                    region: if row.lesson.fields.region.is_empty() {
                        region.clone()
                    } else {
                        row.lesson.fields.region.clone()
                    },
                    year: input.settings.year,
                    session: input.settings.name.clone(),
                    reason: reasons.join("；"),
                });
            }
        }
    }
    Ok(out)
}

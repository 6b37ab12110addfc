//! The assignment of lessons to judges and panels, and the swaps and replacements after it.

use serde::Serialize;

use super::refuse;
use super::sheets::coverage;
use crate::app::Session;
use crate::assign::{self, AssignRules, Assignment};
use crate::error::{Error, Report};
use crate::settings::Settings;
use crate::store::Actor;

/// The assignment rules of a session's settings. Recusal by region, unless the chair set it, is on
/// when the judges list names a region for any judge (an office that lists 所在地区 expects it).
pub(super) fn assign_rules(settings: &Settings, judges: &[crate::judges::Judge]) -> AssignRules {
    AssignRules {
        mode: settings.rules.assignment,
        judges_per_lesson: settings.rules.judges_per_lesson,
        recuse_same_region: recusal_by_region(settings, judges),
    }
}

/// Whether judges are recused from lessons of their own region: the chair's setting, or, unset,
/// whether the judges list names regions.
pub fn recusal_by_region(settings: &Settings, judges: &[crate::judges::Judge]) -> bool {
    settings
        .rules
        .recuse_same_region
        .unwrap_or_else(|| judges.iter().any(|j| !j.fields.region.trim().is_empty()))
}

/// Makes and stores the assignment from the session's lessons, judges, panels and rules.
pub fn run_assignment(session: &mut Session, actor: &Actor) -> Result<Assignment, Error> {
    let store = &mut session.store;
    let settings = store.settings()?;
    let rules = assign_rules(&settings, &store.judges()?);
    // lessons the chair kept out after 形式审查 or for a barred teacher are not judged
    let excluded = store.exclusions()?;
    let barred = store.barred()?;
    let mut lessons = store.lessons()?;
    lessons.retain(|l| !excluded.contains_key(&l.id) && !barred.contains_key(&l.id));
    let a = assign::assign(&lessons, &store.judges()?, &store.panels()?, &rules);
    store.save_assignment(&a, actor)?;
    Ok(a)
}

/// Why `judge` may not take `lesson`: recusal (own school or region), or they already have it.
pub(super) fn refuse_move(
    judge: &crate::judges::Judge,
    lesson: &crate::roster::Lesson,
    rules: &AssignRules,
    pairs: &[assign::Pair],
) -> Option<crate::error::ProblemKind> {
    if let Some(reason) = assign::conflict(judge, lesson, rules) {
        return Some(crate::error::ProblemKind::RecusalConflict {
            judge: judge.id.to_string(),
            lesson: lesson.id.to_string(),
            reason,
        });
    }
    if pairs.iter().any(|p| p.judge == judge.id && p.lesson == lesson.id) {
        return Some(crate::error::ProblemKind::AlreadyAssigned {
            judge: judge.id.to_string(),
            lesson: lesson.id.to_string(),
        });
    }
    None
}

/// Why a judge is not offered to take a lesson by hand (the swap dialog lists them apart).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(tag = "code", rename_all = "snake_case")]
pub enum NotOffered {
    /// The judge is marked absent.
    Absent,
    /// The judge already has the lesson.
    AlreadyAssigned,
    /// Recusal: the lesson is from the judge's school or region.
    Recused { reason: crate::assign::RecusalReason },
    /// The judge sits on another panel than the one that covers the lesson.
    OtherPanel { panel: String, lesson_panel: String },
}

/// A judge the chair might give a lesson to, and why not, if not.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct SwapCandidate {
    pub judge: crate::judges::Judge,
    pub not_offered: Option<NotOffered>,
}

/// Every judge but `from`, each with the reason they may not take `lesson` (none: offered), in
/// id order: the eligible ones are offered, the others shown with their reason, so the chair is
/// never refused after choosing.
pub fn swap_candidates(
    session: &Session,
    lesson: &crate::roster::LessonId,
    from: &crate::judges::JudgeId,
) -> Result<Vec<SwapCandidate>, Error> {
    let store = &session.store;
    let rules = assign_rules(&store.settings()?, &store.judges()?);
    let l = store.lesson(lesson)?;
    let pairs = store.assignment()?.pairs;
    let absences = store.absences()?;
    let panels = store.panels()?;
    let lesson_panel = crate::judges::panel_for(&panels, &l.fields).map(|p| p.name.clone());
    let mut out: Vec<SwapCandidate> = store
        .judges()?
        .into_iter()
        .filter(|j| &j.id != from)
        .map(|j| {
            let not_offered = if absences.contains_key(&j.id) {
                Some(NotOffered::Absent)
            } else if pairs.iter().any(|p| p.judge == j.id && p.lesson == l.id) {
                Some(NotOffered::AlreadyAssigned)
            } else if let Some(reason) = assign::conflict(&j, &l, &rules) {
                Some(NotOffered::Recused { reason })
            } else {
                match &lesson_panel {
                    Some(p) if *p != j.fields.panel => Some(NotOffered::OtherPanel {
                        panel: j.fields.panel.clone(),
                        lesson_panel: p.clone(),
                    }),
                    _ => None,
                }
            };
            SwapCandidate { judge: j, not_offered }
        })
        .collect();
    out.sort_by(|a, b| a.judge.id.cmp(&b.judge.id));
    Ok(out)
}

/// Gives one judge's lesson to another judge by hand: recusal still holds, the new judge must
/// not already have it and sits on the panel that covers it, and a lesson the first judge has
/// scored stays theirs.
pub fn swap_judge(
    session: &mut Session,
    lesson: &crate::roster::LessonId,
    from: &crate::judges::JudgeId,
    to: &crate::judges::JudgeId,
    actor: &Actor,
) -> Result<(), Error> {
    let store = &mut session.store;
    let rules = assign_rules(&store.settings()?, &store.judges()?);
    let l = store.lesson(lesson)?;
    let target = store.judge(to)?;
    if let Some(kind) = refuse_move(&target, &l, &rules, &store.assignment()?.pairs) {
        return Err(refuse(kind));
    }
    // a lesson stays with the panel that covers it (its judges know its stage and subject)
    if let Some(p) = crate::judges::panel_for(&store.panels()?, &l.fields) {
        if p.name != target.fields.panel {
            return Err(refuse(crate::error::ProblemKind::OtherPanel {
                judge: to.to_string(),
                lesson: lesson.to_string(),
                panel: p.name.clone(),
            }));
        }
    }
    if store.judgements()?.contains_key(&(from.clone(), lesson.clone())) {
        return Err(refuse(crate::error::ProblemKind::HasScores {
            id: format!("{from}/{lesson}"),
        }));
    }
    store.move_pairs(&[(lesson.clone(), from.clone(), to.clone())], actor)
}

/// Hands every lesson an absent judge has not scored to a replacement judge, in one step: every
/// lesson is checked first (recusal, already assigned) and nothing moves if any is refused.
/// Returns the lessons moved.
pub fn replace_judge(
    session: &mut Session,
    absent: &crate::judges::JudgeId,
    replacement: &crate::judges::JudgeId,
    actor: &Actor,
) -> Result<Vec<crate::roster::LessonId>, Error> {
    let missing: Vec<crate::roster::LessonId> = coverage(session)?
        .into_iter()
        .find(|c| &c.judge.id == absent)
        .map(|c| c.missing)
        .unwrap_or_default();
    let store = &mut session.store;
    let rules = assign_rules(&store.settings()?, &store.judges()?);
    let target = store.judge(replacement)?;
    let pairs = store.assignment()?.pairs;
    let lessons = store.lessons()?;
    let mut report = Report::default();
    for l in lessons.iter().filter(|l| missing.contains(&l.id)) {
        if let Some(kind) = refuse_move(&target, l, &rules, &pairs) {
            report.push(crate::error::Location::default(), kind);
        }
    }
    if !report.is_empty() {
        return Err(report.into());
    }
    let moves: Vec<_> = missing
        .iter()
        .map(|id| (id.clone(), absent.clone(), replacement.clone()))
        .collect();
    store.move_pairs(&moves, actor)?;
    Ok(missing)
}

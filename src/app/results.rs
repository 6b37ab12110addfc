//! Results as the chair reads them: the computation, 评委校准, 推荐稳定性, one lesson's detail.

use serde::Serialize;

use super::assignment::{assign_rules, refuse_move};
use crate::app::Session;
use crate::error::Error;
use crate::results::{compute_results, ResultRow, Results, ResultsInput};
use crate::rubric::Rubric;
use crate::store::Store;

/// Everything the computation reads of the session, loaded from it.
pub fn results_input(session: &Session) -> Result<ResultsInput, Error> {
    input_of(&session.store)
}

/// [`results_input`] inside a write (the write's own transaction sees what it checks).
pub(crate) fn input_of(store: &Store) -> Result<ResultsInput, Error> {
    // the scores' JSON is parsed on other threads while the rest is read here
    let stored = store.judgement_rows()?;
    std::thread::scope(|s| {
        let parsing = s.spawn(|| stored.parse());
        let rest = (|| {
            let settings = store.settings()?;
            let mut rubrics = Vec::new();
            for c in &settings.categories {
                rubrics.push(store.rubric(c.category)?);
            }
            Ok::<_, Error>((
                settings,
                rubrics,
                store.decisions()?,
                store.lessons()?,
                store.panels()?,
                store.exclusions()?,
                store.barred()?,
            ))
        })();
        let judgements = parsing.join().expect("parsing scores does not panic")?;
        let (settings, rubrics, (decisions, finalized), lessons, panels, excluded, barred) = rest?;
        Ok(ResultsInput {
            lessons,
            panels,
            judgements,
            settings,
            rubrics,
            decisions,
            finalized,
            excluded,
            barred,
        })
    })
}

/// The session's results as they stand.
pub fn results(session: &Session) -> Result<Results, Error> {
    results_of(&session.store)
}

/// [`results`] inside a write.
pub(crate) fn results_of(store: &Store) -> Result<Results, Error> {
    Ok(compute_results(&input_of(store)?))
}

/// 评委校准 of the session: per judge and panel (see `calibration`), with the judges' names.
pub fn calibration(session: &Session) -> Result<crate::calibration::Calibration, Error> {
    let store = &session.store;
    let mut c = crate::calibration::calibrate(&results_input(session)?);
    let names: std::collections::HashMap<crate::judges::JudgeId, String> =
        store.judges()?.into_iter().map(|j| (j.id, j.fields.name)).collect();
    for j in &mut c.judges {
        j.name = names.get(&j.id).cloned().unwrap_or_default();
    }
    Ok(c)
}

/// 推荐稳定性 of the session as it is now (`stability::stability` over its results input), with
/// the audit head it was computed at; None when `progress` cancels.
pub fn stability(
    session: &Session,
    seed: u64,
    resamples: u32,
    progress: &mut dyn FnMut(u32, u32) -> bool,
) -> Result<Option<(String, Vec<crate::stability::LessonStability>)>, Error> {
    let store = &session.store;
    let head = store.audit_head()?;
    let input = results_input(session)?;
    Ok(crate::stability::stability(&input, seed, resamples, progress).map(|s| (head, s)))
}

/// One judge's line in a lesson's detail.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct JudgeLine {
    pub judge: crate::judges::Judge,
    /// None until the judge's sheet with this lesson arrives.
    pub scores: Option<crate::scores::LessonScores>,
    /// Counts toward the lesson's score (complete, not 未评).
    pub counts: bool,
    pub total: Option<crate::points::Points>,
    pub absent: Option<String>,
}

/// Everything the chair needs to decide on one lesson: each judge's scores, vetoes and comments,
/// the computation, the outcome, the decisions in force and their history.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct LessonDetail {
    pub row: ResultRow,
    pub rubric: Rubric,
    pub method: crate::settings::Aggregation,
    pub gap_threshold: crate::points::Points,
    pub judges: Vec<JudgeLine>,
    /// Judges who may be asked for a third review: not on the lesson, not absent, recusal holding.
    pub reviewers: Vec<crate::judges::Judge>,
    pub decisions: crate::aggregate::LessonDecisions,
    pub history: Vec<crate::store::AuditEntry>,
}

pub fn lesson_detail(session: &Session, lesson: &crate::roster::LessonId) -> Result<LessonDetail, Error> {
    let store = &session.store;
    let input = results_input(session)?;
    let results = compute_results(&input);
    let (row, rubric) = results
        .categories
        .iter()
        .find_map(|c| {
            c.rows
                .iter()
                .find(|r| &r.lesson.id == lesson)
                .map(|r| (r.clone(), c.rubric.clone()))
        })
        .ok_or_else(|| {
            Error::from(crate::error::ErrorKind::NotFound {
                what: "lesson",
                id: lesson.to_string(),
            })
        })?;
    let assignment = store.assignment()?;
    let absences = store.absences()?;
    let judges = store.judges()?;
    let lines = assignment
        .pairs
        .iter()
        .filter(|p| &p.lesson == lesson)
        .filter_map(|p| judges.iter().find(|j| j.id == p.judge))
        .map(|j| {
            let scores = input.judgements.get(&(j.id.clone(), lesson.clone())).cloned();
            let counts = scores
                .as_ref()
                .is_some_and(|s| s.unscored.is_none() && s.scores.iter().all(Option::is_some));
            JudgeLine {
                total: scores.as_ref().filter(|_| counts).map(|s| s.total()),
                judge: j.clone(),
                scores,
                counts,
                absent: absences.get(&j.id).cloned(),
            }
        })
        .collect();
    let history = store
        .audit_log()?
        .into_iter()
        .filter(|a| a.decision.is_some() && a.target == lesson.as_str())
        .collect();
    let rules = assign_rules(&input.settings, &judges);
    let the_lesson = &row.lesson;
    let reviewers = judges
        .iter()
        .filter(|j| !absences.contains_key(&j.id) && refuse_move(j, the_lesson, &rules, &assignment.pairs).is_none())
        .cloned()
        .collect();
    Ok(LessonDetail {
        reviewers,
        decisions: input.decisions.of(lesson),
        method: input.settings.rules.aggregation,
        gap_threshold: input.settings.rules.gap_threshold,
        row,
        rubric,
        judges: lines,
        history,
    })
}

//! The results of a session, computed: every category aggregated (panel by panel), ranked and
//! selected within quota and the session's rules, and what still stands between them and 定稿.
//! Pure: it takes what `app::results_input` loaded from the store and knows neither the
//! store nor any file format, so `export`, `calibration` and `stability` depend on it and not on
//! `session`.

use serde::Serialize;

use crate::category::Category;
use crate::error::Report;
use crate::judges;
use crate::rubric::Rubric;
use crate::settings::Settings;

/// One lesson's line in the results.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ResultRow {
    pub lesson: crate::roster::Lesson,
    pub scored: Option<crate::aggregate::Scored>,
    pub outcome: crate::select::Outcome,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct CategoryResults {
    pub category: Category,
    pub rubric: Rubric,
    pub quota: u32,
    pub rows: Vec<ResultRow>,
}

/// The whole ranking and recommendation, recomputed from the stored scores and decisions.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Results {
    pub session: String,
    pub categories: Vec<CategoryResults>,
    pub decisions: crate::aggregate::Decisions,
    pub finalized: Option<String>,
}

/// What the ranking is computed from, loaded from the session.
pub struct ResultsInput {
    pub settings: Settings,
    pub lessons: Vec<crate::roster::Lesson>,
    pub panels: Vec<crate::judges::Panel>,
    pub rubrics: Vec<Rubric>,
    pub judgements:
        std::collections::BTreeMap<(crate::judges::JudgeId, crate::roster::LessonId), crate::scores::LessonScores>,
    pub decisions: crate::aggregate::Decisions,
    pub finalized: Option<String>,
    /// Lessons the chair kept out after 形式审查, with the reason.
    pub excluded: std::collections::BTreeMap<crate::roster::LessonId, String>,
    /// Lessons kept out because a teacher is confirmed on the bar register.
    pub barred: std::collections::BTreeMap<crate::roster::LessonId, crate::register::BarHit>,
}

/// One judge's complete scores per lesson (and every lesson's veto count), by lesson id.
pub(crate) type ByLesson<'a> = rustc_hash::FxHashMap<
    &'a crate::roster::LessonId,
    Vec<(&'a crate::judges::JudgeId, &'a crate::scores::LessonScores)>,
>;

/// Complete scores grouped by lesson, once (hashed: looked up by id only), and how many judges
/// marked a veto on each lesson — from every row, scored or not.
pub(crate) fn scores_by_lesson(
    judgements: &std::collections::BTreeMap<
        (crate::judges::JudgeId, crate::roster::LessonId),
        crate::scores::LessonScores,
    >,
    capacity: usize,
) -> (ByLesson<'_>, rustc_hash::FxHashMap<crate::roster::LessonId, u32>) {
    let mut by_lesson: ByLesson<'_> = rustc_hash::FxHashMap::with_capacity_and_hasher(capacity, Default::default());
    let mut veto_judges: rustc_hash::FxHashMap<crate::roster::LessonId, u32> = Default::default();
    for ((j, l), s) in judgements {
        if s.unscored.is_none() && s.scores.iter().all(Option::is_some) {
            by_lesson.entry(l).or_default().push((j, s));
        }
        if !s.vetoes.is_empty() {
            *veto_judges.entry(l.clone()).or_default() += 1;
        }
    }
    (by_lesson, veto_judges)
}

/// A category's lessons grouped by the panel that covers them (panel name order; "" for none).
pub(crate) fn lessons_by_panel<'a, 'p>(
    panels: &'p [crate::judges::Panel],
    lessons: &[&'a crate::roster::Lesson],
) -> std::collections::BTreeMap<&'p str, Vec<&'a crate::roster::Lesson>> {
    let mut by_panel: std::collections::BTreeMap<&str, Vec<&crate::roster::Lesson>> = Default::default();
    for l in lessons {
        let p = judges::panel_for(panels, &l.fields).map_or("", |p| p.name.as_str());
        by_panel.entry(p).or_default().push(l);
    }
    by_panel
}

/// One category's aggregated scores: what selection runs on.
pub struct CategoryScores<'a> {
    pub category: Category,
    pub quota: u32,
    pub rubric: Rubric,
    pub lessons: Vec<&'a crate::roster::Lesson>,
    pub scored: Vec<crate::aggregate::Scored>,
    /// Per lesson in `scored`, each counting judge's total (tenths), for resampling.
    pub totals: Vec<Vec<i64>>,
}

/// Phase one of the results: every category aggregated, and what selection needs besides.
pub struct Aggregated<'a> {
    pub categories: Vec<CategoryScores<'a>>,
    pub veto_judges: rustc_hash::FxHashMap<crate::roster::LessonId, u32>,
    pub reviewed: std::collections::HashSet<crate::roster::LessonId>,
}

/// Aggregates every category (panel by panel: z-scores and the severity model work within one).
pub fn aggregate_all(input: &ResultsInput) -> Aggregated<'_> {
    use crate::aggregate::{aggregate, LessonScoresIn};
    let (mut by_lesson, veto_judges) = scores_by_lesson(&input.judgements, input.lessons.len());
    // third reviews the chair asked for that have come back
    let reviewed: std::collections::HashSet<crate::roster::LessonId> = input
        .decisions
        .reviews
        .iter()
        .filter(|(l, j)| by_lesson.get(l).is_some_and(|v| v.iter().any(|(k, _)| k == j)))
        .map(|(l, _)| l.clone())
        .collect();
    let mut categories = Vec::new();
    for c in &input.settings.categories {
        let rubric = input
            .rubrics
            .iter()
            .find(|r| r.category() == c.category)
            .expect("a rubric per category")
            .clone();
        let mine: Vec<&crate::roster::Lesson> = input
            .lessons
            .iter()
            .filter(|l| l.fields.category == c.category)
            .collect();
        let mut totals = Vec::new();
        let groups: Vec<Vec<LessonScoresIn<'_>>> = lessons_by_panel(&input.panels, &mine)
            .values()
            .map(|group| {
                let inputs: Vec<LessonScoresIn<'_>> = group
                    .iter()
                    .map(|l| LessonScoresIn {
                        lesson: l,
                        rubric: &rubric,
                        by_judge: by_lesson.remove(&l.id).unwrap_or_default(),
                    })
                    .collect();
                for i in inputs.iter().filter(|i| !i.by_judge.is_empty()) {
                    totals.push(i.by_judge.iter().map(|(_, s)| i64::from(s.total().tenths())).collect());
                }
                inputs
            })
            .collect();
        // each panel's lessons are aggregated on their own (a panel's judges, its z-scores): the
        // panels on every core, their results in panel order
        let mut scored = Vec::new();
        let done: Result<(), std::convert::Infallible> = crate::par::for_each_ordered(
            &groups,
            crate::par::workers(groups.len()),
            |inputs| aggregate(inputs, &input.settings.rules, &input.decisions),
            |_, s| {
                scored.extend(s);
                Ok(())
            },
        );
        let Ok(()) = done;
        for s in &mut scored {
            s.veto_judges = veto_judges.get(&s.id).copied().unwrap_or(0);
        }
        categories.push(CategoryScores {
            category: c.category,
            quota: c.quota,
            rubric,
            lessons: mine,
            scored,
            totals,
        });
    }
    Aggregated {
        categories,
        veto_judges,
        reviewed,
    }
}

/// Phase two: selection, category by category in the session's order (one lesson per teacher
/// can hold across categories). `scores` replaces each category's scored lessons (a stability
/// replicate); None uses the aggregated ones.
pub fn select_all(
    input: &ResultsInput,
    agg: &Aggregated<'_>,
    scores: Option<&[Vec<crate::aggregate::Scored>]>,
) -> Vec<Vec<crate::select::Outcome>> {
    // teachers recommended so far, for one lesson per teacher across the session
    let mut teachers_taken: rustc_hash::FxHashMap<String, crate::roster::LessonId> = Default::default();
    let mut out = Vec::with_capacity(agg.categories.len());
    for (k, c) in agg.categories.iter().enumerate() {
        let scored = scores.map_or(&c.scored, |s| &s[k]);
        let category = crate::select::CategoryInput {
            category: c.category,
            rubric: &c.rubric,
            lessons: &c.lessons,
            scored,
            veto_judges: &agg.veto_judges,
            teachers_taken: &teachers_taken,
            reviewed: &agg.reviewed,
            excluded: &input.excluded,
            barred: &input.barred,
        };
        let outcomes = crate::select::select(&category, &input.settings, &input.decisions);
        if input.settings.rules.one_per_teacher {
            let lesson_of: rustc_hash::FxHashMap<&crate::roster::LessonId, &crate::roster::Lesson> =
                c.lessons.iter().map(|l| (&l.id, *l)).collect();
            for o in outcomes
                .iter()
                .filter(|o| o.status == crate::select::Status::Recommended)
            {
                for t in &lesson_of[&o.id].fields.teachers {
                    teachers_taken.entry(t.clone()).or_insert_with(|| o.id.clone());
                }
            }
        }
        out.push(outcomes);
    }
    out
}

/// Pure: aggregation, ranking and selection over loaded inputs.
pub fn compute_results(input: &ResultsInput) -> Results {
    let agg = aggregate_all(input);
    let outcomes = select_all(input, &agg, None);
    let mut categories = Vec::new();
    for (c, outcomes) in agg.categories.into_iter().zip(outcomes) {
        let lesson_of: rustc_hash::FxHashMap<&crate::roster::LessonId, &crate::roster::Lesson> =
            c.lessons.iter().map(|l| (&l.id, *l)).collect();
        let scored_of: rustc_hash::FxHashMap<&crate::roster::LessonId, &crate::aggregate::Scored> =
            c.scored.iter().map(|s| (&s.id, s)).collect();
        let rows = outcomes
            .into_iter()
            .map(|o| ResultRow {
                lesson: lesson_of[&o.id].clone(),
                scored: scored_of.get(&o.id).map(|s| (*s).clone()),
                outcome: o,
            })
            .collect();
        categories.push(CategoryResults {
            category: c.category,
            rubric: c.rubric,
            quota: c.quota,
            rows,
        });
    }
    Results {
        session: input.settings.name.clone(),
        categories,
        decisions: input.decisions.clone(),
        finalized: input.finalized.clone(),
    }
}

/// What refuses 定稿 in `results`: a tie across a line the chair has not ordered, and a lesson
/// without enough scores whose shortfall the chair has not accepted (`judges_per_lesson` is the
/// session's rule, for a lesson with none). The bar register's pending matches are the store's
/// to add.
pub fn unsettled(results: &Results, judges_per_lesson: u32) -> Report {
    use crate::select::Reason;
    let mut report = Report::default();
    for c in &results.categories {
        for row in &c.rows {
            let explained = results.decisions.accept_incomplete.contains(&row.lesson.id);
            if row.outcome.tie_at_cut {
                report.push(
                    crate::error::Location::default(),
                    crate::error::ProblemKind::TieAtCut {
                        lesson: row.lesson.id.to_string(),
                        rank: row.outcome.rank.unwrap_or(0),
                    },
                );
            }
            let missing = match row.outcome.reason {
                Reason::HeldIncomplete { judges, required } => Some((judges, required)),
                Reason::NoScores => Some((0, judges_per_lesson)),
                _ => None,
            };
            if let Some((judges, required)) = missing.filter(|_| !explained) {
                report.push(
                    crate::error::Location::default(),
                    crate::error::ProblemKind::ScoresMissing {
                        lesson: row.lesson.id.to_string(),
                        judges,
                        required,
                    },
                );
            }
        }
    }
    report
}

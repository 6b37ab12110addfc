//! 评委校准: what a chair shows at a 公示 complaint — which judges were harsh or lenient, how the
//! severity model corrected for it, and how far the panel agreed. Pure over a session's loaded
//! inputs (`results::ResultsInput`); the statistics are `fairness`'s, per category and panel (the
//! groups the ranking aggregates in).

use serde::Serialize;

use crate::aggregate::{panel_obs, LessonScoresIn};
use crate::category::Category;
use crate::fairness;
use crate::judges::JudgeId;
use crate::results::{lessons_by_panel, scores_by_lesson, ResultsInput};

/// One judge in one panel.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct JudgeCalibration {
    pub id: JudgeId,
    /// Filled in by `app::calibration` (the pure part knows ids only).
    pub name: String,
    pub panel: String,
    pub category: Category,
    #[serde(flatten)]
    pub stats: fairness::JudgeStats,
    /// The judge's totals in this panel (points), for the box plot.
    pub totals: Vec<f64>,
}

/// One panel's agreement and design.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct PanelCalibration {
    pub panel: String,
    pub category: Category,
    pub judges: u32,
    /// Lessons with at least one complete score.
    pub lessons: u32,
    /// Judge totals the model is fitted to.
    pub scores: u32,
    /// Parts of the judge–lesson graph that share no lesson (1 = connected).
    pub components: u32,
    /// Lessons every judge of the panel scored (ICC and Kendall's W are computed on these).
    pub block_lessons: u32,
    pub icc_2_1: Option<f64>,
    pub icc_2_k: Option<f64>,
    pub kendall_w: Option<f64>,
    /// Why ICC / W are missing: `fewer_than_two_judges`, `fewer_than_two_common_lessons`.
    pub why: Option<String>,
    /// Judge pairs that scored at least one lesson together, of all pairs.
    pub pairs_sharing: u32,
    pub pairs_total: u32,
    /// Fewest and most lessons a pair of judges scored together (over all pairs).
    pub pair_lessons_min: u32,
    pub pair_lessons_max: u32,
    /// Residual degrees of freedom and SD of the severity model.
    pub df: u32,
    pub sigma: Option<f64>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Calibration {
    pub judges: Vec<JudgeCalibration>,
    pub panels: Vec<PanelCalibration>,
    /// The session's severity margin (points) the 偏严 / 偏宽 flags use.
    pub margin: f64,
}

/// Calibration of every panel of every category.
pub fn calibrate(input: &ResultsInput) -> Calibration {
    let margin = f64::from(input.settings.rules.severity_margin.tenths()) / 10.0;
    let (mut by_lesson, _) = scores_by_lesson(&input.judgements, input.lessons.len());
    let mut out = Calibration {
        judges: Vec::new(),
        panels: Vec::new(),
        margin,
    };
    for c in &input.settings.categories {
        let Some(rubric) = input.rubrics.iter().find(|r| r.category() == c.category) else {
            continue;
        };
        let mine: Vec<&crate::roster::Lesson> = input
            .lessons
            .iter()
            .filter(|l| l.fields.category == c.category)
            .filter(|l| !input.excluded.contains_key(&l.id) && !input.barred.contains_key(&l.id))
            .collect();
        for (panel, group) in lessons_by_panel(&input.panels, &mine) {
            let inputs: Vec<LessonScoresIn<'_>> = group
                .iter()
                .map(|l| LessonScoresIn {
                    lesson: l,
                    rubric,
                    by_judge: by_lesson.remove(&l.id).unwrap_or_default(),
                })
                .filter(|i| !i.by_judge.is_empty())
                .collect();
            if inputs.is_empty() {
                continue;
            }
            let (judges, obs) = panel_obs(&inputs);
            let fit = fairness::fit(judges.len(), inputs.len(), &obs);
            let stats = fairness::judge_stats(judges.len(), inputs.len(), &obs, &fit, margin);
            let mut totals: Vec<Vec<f64>> = vec![Vec::new(); judges.len()];
            for o in &obs {
                totals[o.judge].push(o.total);
            }
            for ((j, s), totals) in judges.iter().zip(stats).zip(totals) {
                let Some(stats) = s else { continue };
                out.judges.push(JudgeCalibration {
                    id: (*j).clone(),
                    name: String::new(),
                    panel: panel.to_owned(),
                    category: c.category,
                    stats,
                    totals,
                });
            }
            out.panels
                .push(panel_stats(panel, c.category, judges.len(), inputs.len(), &obs, &fit));
        }
    }
    out
}

fn panel_stats(
    panel: &str,
    category: Category,
    judges: usize,
    lessons: usize,
    obs: &[fairness::Obs],
    fit: &fairness::Fit,
) -> PanelCalibration {
    // each lesson's judges and totals in judge order (a lesson has a handful of judges; a
    // national panel has hundreds of judges and thousands of lessons, too many for a grid)
    let mut by_lesson: Vec<Vec<(usize, f64)>> = vec![Vec::new(); lessons];
    for o in obs {
        by_lesson[o.lesson].push((o.judge, o.total));
    }
    for row in &mut by_lesson {
        row.sort_by_key(|(j, _)| *j);
        // a judge twice on one lesson: the later total counts
        row.dedup_by(|later, kept| {
            let same = later.0 == kept.0;
            if same {
                kept.1 = later.1;
            }
            same
        });
    }
    // the lessons every judge scored
    let block: Vec<Vec<f64>> = by_lesson
        .iter()
        .filter(|r| r.len() == judges)
        .map(|r| r.iter().map(|(_, t)| *t).collect())
        .collect();
    let icc = fairness::icc2(&block);
    let w = fairness::kendall_w(&block);
    let why = if judges < 2 {
        Some("fewer_than_two_judges".to_owned())
    } else if block.len() < 2 {
        Some("fewer_than_two_common_lessons".to_owned())
    } else {
        None
    };
    // lessons per judge pair, counted lesson by lesson
    let mut together = vec![0u32; judges * judges];
    for row in &by_lesson {
        for (i, (a, _)) in row.iter().enumerate() {
            for (b, _) in &row[i + 1..] {
                together[a * judges + b] += 1;
            }
        }
    }
    let (mut sharing, mut min, mut max) = (0u32, u32::MAX, 0u32);
    for a in 0..judges {
        for b in a + 1..judges {
            let n = together[a * judges + b];
            if n > 0 {
                sharing += 1;
            }
            min = min.min(n);
            max = max.max(n);
        }
    }
    let pairs_total = (judges * judges.saturating_sub(1) / 2) as u32;
    PanelCalibration {
        panel: panel.to_owned(),
        category,
        judges: judges as u32,
        lessons: lessons as u32,
        scores: obs.len() as u32,
        components: fit.components as u32,
        block_lessons: block.len() as u32,
        icc_2_1: icc.map(|x| x.0),
        icc_2_k: icc.map(|x| x.1),
        kendall_w: w,
        why,
        pairs_sharing: sharing,
        pairs_total,
        pair_lessons_min: if pairs_total == 0 { 0 } else { min },
        pair_lessons_max: max,
        df: fit.df as u32,
        sigma: fit.sigma,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn obs(judge: usize, lesson: usize, total: f64) -> fairness::Obs {
        fairness::Obs {
            judge,
            lesson,
            total,
            shares: Vec::new(),
        }
    }

    fn design(judges: usize, lessons: usize, obs: &[fairness::Obs]) -> PanelCalibration {
        let fit = fairness::fit(judges, lessons, obs);
        panel_stats("小学组", Category::Subject, judges, lessons, obs, &fit)
    }

    #[test]
    fn the_panels_design_is_counted_from_who_scored_what() {
        // lessons 0 and 1 scored by all three judges, lesson 2 by judges 0 and 1; judge 1's
        // lesson 2 comes twice and is counted once
        let o = [
            obs(1, 0, 82.0),
            obs(0, 0, 80.0),
            obs(2, 0, 78.0),
            obs(2, 1, 71.0),
            obs(0, 1, 70.0),
            obs(1, 1, 75.0),
            obs(0, 2, 90.0),
            obs(1, 2, 88.0),
            obs(1, 2, 86.0),
        ];
        let p = design(3, 3, &o);
        assert_eq!(p.block_lessons, 2);
        assert_eq!(p.why, None);
        let block = [vec![80.0, 82.0, 78.0], vec![70.0, 75.0, 71.0]];
        assert_eq!(p.icc_2_1, fairness::icc2(&block).map(|x| x.0));
        assert_eq!(p.kendall_w, fairness::kendall_w(&block));
        // pairs (0,1): 3 lessons together, (0,2) and (1,2): 2
        assert_eq!((p.pairs_sharing, p.pairs_total), (3, 3));
        assert_eq!((p.pair_lessons_min, p.pair_lessons_max), (2, 3));
        assert_eq!(p.scores, 9);

        // a fourth judge alone on a lesson of their own: shares no lesson, and no lesson has
        // every judge
        let mut more = o.to_vec();
        more.push(obs(3, 3, 60.0));
        let p = design(4, 4, &more);
        assert_eq!(p.block_lessons, 0);
        assert_eq!(p.why.as_deref(), Some("fewer_than_two_common_lessons"));
        assert_eq!((p.icc_2_1, p.kendall_w), (None, None));
        assert_eq!((p.pairs_sharing, p.pairs_total), (3, 6));
        assert_eq!((p.pair_lessons_min, p.pair_lessons_max), (0, 3));
        assert_eq!(p.components, 2);

        // a judge's total given twice for one lesson: the later one is the one read
        let twice = [
            obs(0, 0, 50.0),
            obs(1, 0, 70.0),
            obs(0, 1, 80.0),
            obs(1, 1, 85.0),
            obs(0, 2, 65.0),
            obs(1, 2, 60.0),
            obs(0, 0, 60.0),
        ];
        let p = design(2, 3, &twice);
        let block = [vec![60.0, 70.0], vec![80.0, 85.0], vec![65.0, 60.0]];
        assert_eq!(p.block_lessons, 3);
        assert_eq!(p.icc_2_1, fairness::icc2(&block).map(|x| x.0));
        assert_ne!(
            p.icc_2_1,
            fairness::icc2(&[vec![50.0, 70.0], vec![80.0, 85.0], vec![65.0, 60.0]]).map(|x| x.0)
        );
    }
}

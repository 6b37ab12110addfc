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
    /// Filled in by `session::calibration` (the pure part knows ids only).
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
            for (k, (j, s)) in judges.iter().zip(stats).enumerate() {
                let Some(stats) = s else { continue };
                out.judges.push(JudgeCalibration {
                    id: (*j).clone(),
                    name: String::new(),
                    panel: panel.to_owned(),
                    category: c.category,
                    stats,
                    totals: obs.iter().filter(|o| o.judge == k).map(|o| o.total).collect(),
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
    // the judges' totals per lesson, and the lessons every judge scored
    let mut grid: Vec<Vec<Option<f64>>> = vec![vec![None; judges]; lessons];
    for o in obs {
        grid[o.lesson][o.judge] = Some(o.total);
    }
    let block: Vec<Vec<f64>> = grid
        .iter()
        .filter(|r| r.iter().all(Option::is_some))
        .map(|r| r.iter().map(|x| x.unwrap_or_default()).collect())
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
    // lessons per judge pair, counted lesson by lesson (a lesson has a handful of judges; a
    // national panel has hundreds)
    let mut together = vec![0u32; judges * judges];
    for row in &grid {
        let who: Vec<usize> = (0..judges).filter(|j| row[*j].is_some()).collect();
        for (i, a) in who.iter().enumerate() {
            for b in &who[i + 1..] {
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

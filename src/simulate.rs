//! The fairness simulation (issue 15, `jingpin simulate`): known true lesson quality, known judge
//! severities and noise, and every aggregation method of `aggregate` run on the totals, to show by
//! measurement — not argument — what `severity_adjusted` gains over mean, trimmed mean, median and
//! z-scores, and where. Results are in docs/fairness.md.
//!
//! Two designs per seed, the same lessons and judges in both:
//! - `balanced`: each lesson's judges drawn at random, loads balanced;
//! - `clustered`: judges in three groups, lessons in quality terciles; a lesson takes all but one
//!   of its judges from its tercile's group (the strong lessons cluster on the first group's
//!   judges, as when one expert group draws a strong region) and one from anywhere, which keeps
//!   the design connected.
//!
//! Deterministic for a seed (ChaCha8), like the demo.

use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use serde::Serialize;

use crate::aggregate::{aggregate, Decisions, LessonScoresIn};
use crate::judges::JudgeId;
use crate::points::Points;
use crate::roster::{Lesson, LessonFields, LessonId};
use crate::rubric::Rubric;
use crate::scores::LessonScores;
use crate::settings::{Aggregation, Rules};

/// The simulated panel.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct Setup {
    pub lessons: usize,
    pub judges: usize,
    pub judges_per_lesson: usize,
    /// How many lessons count as the true top (recommended).
    pub top: usize,
    pub quality_mean: f64,
    pub quality_sd: f64,
    pub severity_sd: f64,
    pub noise_sd: f64,
}

impl Default for Setup {
    fn default() -> Self {
        Setup {
            lessons: 150,
            judges: 15,
            judges_per_lesson: 5,
            top: 30,
            quality_mean: 78.0,
            quality_sd: 7.0,
            severity_sd: 4.0,
            noise_sd: 3.0,
        }
    }
}

/// The methods compared, in table order.
pub const METHODS: [Aggregation; 5] = [
    Aggregation::Mean,
    Aggregation::TrimmedMean,
    Aggregation::Median,
    Aggregation::Zscore,
    Aggregation::SeverityAdjusted,
];

/// One method's result in one design, over all seeds.
#[derive(Debug, Clone, Serialize)]
pub struct Row {
    pub design: &'static str,
    pub method: Aggregation,
    pub spearman_mean: f64,
    pub spearman_sd: f64,
    pub top_share_mean: f64,
    pub top_share_sd: f64,
}

fn normal(rng: &mut ChaCha8Rng) -> f64 {
    // Box–Muller
    let u1: f64 = rng.random::<f64>().max(f64::MIN_POSITIVE);
    let u2: f64 = rng.random::<f64>();
    (-2.0 * u1.ln()).sqrt() * (std::f64::consts::TAU * u2).cos()
}

/// Which judges score which lesson, per design.
fn design(setup: &Setup, truth: &[f64], clustered: bool, rng: &mut ChaCha8Rng) -> Vec<Vec<usize>> {
    let (l, j, k) = (setup.lessons, setup.judges, setup.judges_per_lesson);
    let mut load = vec![0usize; j];
    let pick = |pool: &[usize], taken: &[usize], rng: &mut ChaCha8Rng, load: &mut Vec<usize>| -> usize {
        // least loaded in the pool, ties at random
        let free: Vec<usize> = pool.iter().copied().filter(|x| !taken.contains(x)).collect();
        let min = free.iter().map(|x| load[*x]).min().expect("a free judge");
        let least: Vec<usize> = free.into_iter().filter(|x| load[*x] == min).collect();
        let chosen = least[rng.random_range(0..least.len())];
        load[chosen] += 1;
        chosen
    };
    let all: Vec<usize> = (0..j).collect();
    let mut order: Vec<usize> = (0..l).collect();
    order.sort_by(|a, b| truth[*b].total_cmp(&truth[*a]).then(a.cmp(b)));
    let mut tercile = vec![0usize; l];
    for (rank, lesson) in order.iter().enumerate() {
        tercile[*lesson] = rank * 3 / l;
    }
    (0..l)
        .map(|lesson| {
            let mut mine = Vec::with_capacity(k);
            if clustered {
                let group: Vec<usize> = (0..j).filter(|x| x * 3 / j == tercile[lesson]).collect();
                while mine.len() < k - 1 {
                    let c = pick(&group, &mine, rng, &mut load);
                    mine.push(c);
                }
                let c = pick(&all, &mine, rng, &mut load);
                mine.push(c);
            } else {
                while mine.len() < k {
                    let c = pick(&all, &mine, rng, &mut load);
                    mine.push(c);
                }
            }
            mine
        })
        .collect()
}

/// A total (points, multiple of 0.5) spread over the rubric's indicators in proportion to their
/// weights, exactly.
fn scores_for(total: f64, rubric: &Rubric) -> LessonScores {
    let tenths = ((total * 2.0).round() * 5.0).clamp(0.0, 1000.0) as u32;
    let weights: Vec<u32> = rubric.indicators().iter().map(|i| i.weight().tenths()).collect();
    let sum_w: u32 = weights.iter().sum();
    let mut scores: Vec<u32> = weights.iter().map(|w| tenths * w / sum_w.max(1)).collect();
    let mut left = tenths - scores.iter().sum::<u32>();
    for (s, w) in scores.iter_mut().zip(&weights) {
        let add = left.min(w - *s);
        *s += add;
        left -= add;
    }
    let mut out = LessonScores::blank(weights.len());
    out.scores = scores.into_iter().map(|t| Some(Points::from_tenths(t))).collect();
    out
}

/// One seed: both designs, every method; per (design, method) the Spearman correlation with the
/// truth and the share of the true top that the method's top recovers.
pub fn one_seed(setup: &Setup, seed: u64, rubric: &Rubric) -> Vec<(&'static str, Aggregation, f64, f64)> {
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let truth: Vec<f64> = (0..setup.lessons)
        .map(|_| (setup.quality_mean + setup.quality_sd * normal(&mut rng)).clamp(40.0, 98.0))
        .collect();
    let severity: Vec<f64> = (0..setup.judges)
        .map(|_| setup.severity_sd * normal(&mut rng))
        .collect();
    let lessons: Vec<Lesson> = (0..setup.lessons)
        .map(|i| Lesson {
            id: LessonId::from_seq(i as u32 + 1),
            fields: LessonFields::of_category(rubric.category()),
            source: Default::default(),
            warnings: Vec::new(),
        })
        .collect();
    let judge_ids: Vec<JudgeId> = (0..setup.judges)
        .map(|j| JudgeId::new(format!("J{:03}", j + 1)))
        .collect();
    let mut true_top: Vec<usize> = (0..setup.lessons).collect();
    true_top.sort_by(|a, b| truth[*b].total_cmp(&truth[*a]).then(a.cmp(b)));
    let true_top: std::collections::HashSet<usize> = true_top.into_iter().take(setup.top).collect();
    let mut out = Vec::new();
    for (name, clustered) in [("balanced", false), ("clustered", true)] {
        let who = design(setup, &truth, clustered, &mut rng);
        let sheets: Vec<Vec<LessonScores>> = who
            .iter()
            .enumerate()
            .map(|(l, judges)| {
                judges
                    .iter()
                    .map(|j| scores_for(truth[l] + severity[*j] + setup.noise_sd * normal(&mut rng), rubric))
                    .collect()
            })
            .collect();
        let inputs: Vec<LessonScoresIn<'_>> = lessons
            .iter()
            .enumerate()
            .map(|(l, lesson)| LessonScoresIn {
                lesson,
                rubric,
                by_judge: who[l].iter().map(|j| &judge_ids[*j]).zip(sheets[l].iter()).collect(),
            })
            .collect();
        for method in METHODS {
            let rules = Rules {
                aggregation: method,
                ..Rules::default()
            };
            let scored = aggregate(&inputs, &rules, &Decisions::default());
            let est: Vec<f64> = scored.iter().map(|s| s.adjusted.0 as f64 / 100.0).collect();
            let rho = crate::fairness::spearman(&est, &truth).unwrap_or(f64::NAN);
            let mut order: Vec<usize> = (0..est.len()).collect();
            order.sort_by(|a, b| est[*b].total_cmp(&est[*a]).then(a.cmp(b)));
            let hit = order.iter().take(setup.top).filter(|l| true_top.contains(l)).count();
            out.push((name, method, rho, hit as f64 / setup.top as f64));
        }
    }
    out
}

/// `seeds` seeds from `first`, on every core; mean and SD per design and method.
pub fn run(setup: &Setup, first: u64, seeds: u64, rubric: &Rubric) -> Vec<Row> {
    let seeds: Vec<u64> = (first..first + seeds).collect();
    let mut all: Vec<Vec<(&'static str, Aggregation, f64, f64)>> = Vec::with_capacity(seeds.len());
    let done: Result<(), std::convert::Infallible> = crate::par::for_each_ordered(
        &seeds,
        crate::par::workers(seeds.len()),
        |s| one_seed(setup, *s, rubric),
        |_, r| {
            all.push(r);
            Ok(())
        },
    );
    let Ok(()) = done;
    let mut rows = Vec::new();
    for design in ["balanced", "clustered"] {
        for method in METHODS {
            let pick = |f: fn(&(&'static str, Aggregation, f64, f64)) -> f64| -> Vec<f64> {
                all.iter()
                    .flatten()
                    .filter(|r| r.0 == design && r.1 == method)
                    .map(f)
                    .collect()
            };
            let (rm, rs) = crate::fairness::mean_sd(&pick(|r| r.2));
            let (tm, ts) = crate::fairness::mean_sd(&pick(|r| r.3));
            rows.push(Row {
                design,
                method,
                spearman_mean: rm,
                spearman_sd: rs.unwrap_or(0.0),
                top_share_mean: tm,
                top_share_sd: ts.unwrap_or(0.0),
            });
        }
    }
    rows
}

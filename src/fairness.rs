//! Fairness a chair can defend (issue 15): the severity model and the statistics of a panel.
//!
//! **The severity model.** Each judge's total for a lesson is `quality(lesson) + effect(judge) +
//! noise`, solved by least squares over the bipartite judge–lesson graph of a panel. Within each
//! connected component the judge effects sum to zero, so a lesson's quality is on the panel's own
//! scale; lessons in different components cannot be compared through their judges, which the
//! fit reports (`components`) and never hides. Unlike per-judge z-scores, a judge who happened
//! to draw strong lessons is not read as lenient: the lessons' qualities are estimated jointly.
//!
//! The solution is exact: eliminating the lesson effects leaves the judges' reduced normal
//! equations `C s = b` (`C` the design's information matrix), solved with the sum-to-zero
//! constraint as `(C + 11ᵀ/m) s = b`; the effects' covariance is `σ² C⁺`. The values, standard
//! errors and t intervals equal an OLS fit `total ~ C(lesson) + C(judge, Sum)` (statsmodels):
//! `tests/it/fairness.rs` checks them against values computed with it, as it checks every other
//! statistic here (ICC, Kendall's W, Pearson) against pingouin / scipy
//! (`scripts/reference_stats.py` prints them).
//!
//! Pure and deterministic: judges and lessons are indices given by the caller in a fixed order;
//! floating point only, every sum in that order.

use nalgebra::DMatrix;
use serde::Serialize;

/// One judge's total for one lesson (points), and the judge's indicator scores as shares of each
/// indicator's weight (0–1), for the halo measure.
#[derive(Debug, Clone, PartialEq)]
pub struct Obs {
    pub judge: usize,
    pub lesson: usize,
    pub total: f64,
    pub shares: Vec<f64>,
}

/// The severity model fitted to one panel.
#[derive(Debug, Clone, PartialEq)]
pub struct Fit {
    /// Per lesson: its quality on the panel's scale (None for a lesson without scores).
    pub quality: Vec<Option<f64>>,
    /// Per judge: the judge effect in points (negative = harsher than the panel).
    pub effect: Vec<f64>,
    /// Per judge: the effect's standard error (None when it cannot be estimated: no residual
    /// degrees of freedom, or the judge is alone in their component).
    pub se: Vec<Option<f64>>,
    /// Residual degrees of freedom of the whole fit.
    pub df: usize,
    /// Residual standard deviation (None without degrees of freedom).
    pub sigma: Option<f64>,
    /// Per observation, in the caller's order: total − quality − effect.
    pub residual: Vec<f64>,
    /// Per judge: the connected component (judges without scores: `usize::MAX`).
    pub judge_component: Vec<usize>,
    /// Connected components of judges and lessons with scores.
    pub components: usize,
}

/// Union–find over judges `0..j` and lessons `j..j+l`.
struct Components {
    parent: Vec<usize>,
}

impl Components {
    fn new(n: usize) -> Self {
        Components {
            parent: (0..n).collect(),
        }
    }
    fn find(&mut self, x: usize) -> usize {
        let mut r = x;
        while self.parent[r] != r {
            r = self.parent[r];
        }
        let mut y = x;
        while self.parent[y] != r {
            let next = self.parent[y];
            self.parent[y] = r;
            y = next;
        }
        r
    }
    fn union(&mut self, a: usize, b: usize) {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra != rb {
            // the smaller root wins: deterministic
            let (lo, hi) = if ra < rb { (ra, rb) } else { (rb, ra) };
            self.parent[hi] = lo;
        }
    }
}

/// Fits the severity model to `obs` of `judges` judges and `lessons` lessons.
pub fn fit(judges: usize, lessons: usize, obs: &[Obs]) -> Fit {
    let mut uf = Components::new(judges + lessons);
    let mut n_j = vec![0usize; judges];
    let mut n_l = vec![0usize; lessons];
    let mut sum_j = vec![0f64; judges];
    let mut sum_l = vec![0f64; lessons];
    let mut of_judge: Vec<Vec<usize>> = vec![Vec::new(); judges];
    for (k, o) in obs.iter().enumerate() {
        uf.union(o.judge, judges + o.lesson);
        n_j[o.judge] += 1;
        n_l[o.lesson] += 1;
        sum_j[o.judge] += o.total;
        sum_l[o.lesson] += o.total;
        of_judge[o.judge].push(k);
    }
    // components numbered in order of their smallest judge
    let mut number: std::collections::BTreeMap<usize, usize> = Default::default();
    let mut judge_component = vec![usize::MAX; judges];
    for j in 0..judges {
        if n_j[j] > 0 {
            let root = uf.find(j);
            let next = number.len();
            judge_component[j] = *number.entry(root).or_insert(next);
        }
    }
    let components = number.len();
    let mut effect = vec![0f64; judges];
    let mut pinv_diag = vec![None; judges];
    for c in 0..components {
        let members: Vec<usize> = (0..judges).filter(|j| judge_component[*j] == c).collect();
        let m = members.len();
        if m < 2 {
            continue;
        }
        let index: std::collections::HashMap<usize, usize> = members.iter().enumerate().map(|(i, j)| (*j, i)).collect();
        // lessons of this component, and per lesson the judges who scored it
        let mut by_lesson: std::collections::BTreeMap<usize, Vec<usize>> = Default::default();
        for &j in &members {
            for &k in &of_judge[j] {
                by_lesson.entry(obs[k].lesson).or_default().push(index[&j]);
            }
        }
        let mut cm = DMatrix::<f64>::zeros(m, m);
        let mut b = nalgebra::DVector::<f64>::zeros(m);
        for (i, &j) in members.iter().enumerate() {
            cm[(i, i)] += n_j[j] as f64;
            b[i] += sum_j[j];
        }
        for (l, who) in &by_lesson {
            let n = n_l[*l] as f64;
            for &a in who {
                b[a] -= sum_l[*l] / n;
                for &bb in who {
                    cm[(a, bb)] -= 1.0 / n;
                }
            }
        }
        let ones = DMatrix::<f64>::from_element(m, m, 1.0 / m as f64);
        let Some(inv) = (cm + &ones).cholesky().map(|c| c.inverse()) else {
            continue;
        };
        let s = &inv * b;
        let pinv = inv - ones;
        for (i, &j) in members.iter().enumerate() {
            effect[j] = s[i];
            pinv_diag[j] = Some(pinv[(i, i)]);
        }
    }
    let mut quality = vec![None; lessons];
    let mut eff_sum = vec![0f64; lessons];
    for o in obs {
        eff_sum[o.lesson] += effect[o.judge];
    }
    for l in 0..lessons {
        if n_l[l] > 0 {
            quality[l] = Some((sum_l[l] - eff_sum[l]) / n_l[l] as f64);
        }
    }
    let residual: Vec<f64> = obs
        .iter()
        .map(|o| o.total - quality[o.lesson].unwrap_or(0.0) - effect[o.judge])
        .collect();
    let lessons_scored = n_l.iter().filter(|n| **n > 0).count();
    let judges_scoring = n_j.iter().filter(|n| **n > 0).count();
    let params = lessons_scored + judges_scoring - components;
    let df = obs.len().saturating_sub(params);
    let rss: f64 = residual.iter().map(|r| r * r).sum();
    let sigma = (df > 0).then(|| (rss / df as f64).sqrt());
    let se = pinv_diag
        .iter()
        .map(|d| match (d, sigma) {
            (Some(d), Some(s)) if *d >= 0.0 => Some(s * d.sqrt()),
            _ => None,
        })
        .collect();
    Fit {
        quality,
        effect,
        se,
        df,
        sigma,
        residual,
        judge_component,
        components,
    }
}

/// The two-sided 95 % quantile of Student's t with `df` degrees of freedom.
pub fn t975(df: usize) -> f64 {
    use statrs::distribution::{ContinuousCDF, StudentsT};
    StudentsT::new(0.0, 1.0, df as f64)
        .map(|t| t.inverse_cdf(0.975))
        .unwrap_or(f64::NAN)
}

/// Pearson's correlation (None with fewer than 3 pairs or no variance).
pub fn pearson(x: &[f64], y: &[f64]) -> Option<f64> {
    let n = x.len();
    if n < 3 || n != y.len() {
        return None;
    }
    let mx = x.iter().sum::<f64>() / n as f64;
    let my = y.iter().sum::<f64>() / n as f64;
    let (mut sxy, mut sxx, mut syy) = (0.0, 0.0, 0.0);
    for (a, b) in x.iter().zip(y) {
        sxy += (a - mx) * (b - my);
        sxx += (a - mx) * (a - mx);
        syy += (b - my) * (b - my);
    }
    (sxx > 0.0 && syy > 0.0).then(|| sxy / (sxx * syy).sqrt())
}

/// Sample mean and standard deviation (n − 1); SD None below two values.
pub fn mean_sd(v: &[f64]) -> (f64, Option<f64>) {
    let n = v.len() as f64;
    let m = v.iter().sum::<f64>() / n;
    let sd = (v.len() >= 2).then(|| (v.iter().map(|x| (x - m).powi(2)).sum::<f64>() / (n - 1.0)).sqrt());
    (m, sd)
}

/// Ranks 1..n with ties given their average rank.
pub fn average_ranks(v: &[f64]) -> Vec<f64> {
    let mut idx: Vec<usize> = (0..v.len()).collect();
    idx.sort_by(|a, b| v[*a].total_cmp(&v[*b]).then(a.cmp(b)));
    let mut out = vec![0.0; v.len()];
    let mut i = 0;
    while i < idx.len() {
        let mut k = i;
        while k + 1 < idx.len() && v[idx[k + 1]] == v[idx[i]] {
            k += 1;
        }
        let r = (i + k) as f64 / 2.0 + 1.0;
        for &x in &idx[i..=k] {
            out[x] = r;
        }
        i = k + 1;
    }
    out
}

/// Spearman's rank correlation (Pearson's on average ranks).
pub fn spearman(x: &[f64], y: &[f64]) -> Option<f64> {
    pearson(&average_ranks(x), &average_ranks(y))
}

/// ICC(2,1) and ICC(2,k) (two-way random effects, absolute agreement; Shrout & Fleiss) of a
/// complete `rows` (lessons) × `k` (judges) matrix, row-major. None below 2 × 2.
pub fn icc2(matrix: &[Vec<f64>]) -> Option<(f64, f64)> {
    let n = matrix.len();
    let k = matrix.first().map_or(0, Vec::len);
    if n < 2 || k < 2 || matrix.iter().any(|r| r.len() != k) {
        return None;
    }
    let (nf, kf) = (n as f64, k as f64);
    let grand = matrix.iter().flatten().sum::<f64>() / (nf * kf);
    let row_means: Vec<f64> = matrix.iter().map(|r| r.iter().sum::<f64>() / kf).collect();
    let col_means: Vec<f64> = (0..k).map(|c| matrix.iter().map(|r| r[c]).sum::<f64>() / nf).collect();
    let ss_rows = kf * row_means.iter().map(|m| (m - grand).powi(2)).sum::<f64>();
    let ss_cols = nf * col_means.iter().map(|m| (m - grand).powi(2)).sum::<f64>();
    let ss_total: f64 = matrix.iter().flatten().map(|x| (x - grand).powi(2)).sum();
    let ss_err = ss_total - ss_rows - ss_cols;
    let msr = ss_rows / (nf - 1.0);
    let msc = ss_cols / (kf - 1.0);
    let mse = ss_err / ((nf - 1.0) * (kf - 1.0));
    let one = (msr - mse) / (msr + (kf - 1.0) * mse + kf * (msc - mse) / nf);
    let avg = (msr - mse) / (msr + (msc - mse) / nf);
    (one.is_finite() && avg.is_finite()).then_some((one, avg))
}

/// Kendall's W (coefficient of concordance, corrected for ties) of `k` judges ranking the same
/// `n` lessons: `matrix` rows are lessons, columns judges. None below 2 × 2.
pub fn kendall_w(matrix: &[Vec<f64>]) -> Option<f64> {
    let n = matrix.len();
    let m = matrix.first().map_or(0, Vec::len);
    if n < 2 || m < 2 || matrix.iter().any(|r| r.len() != m) {
        return None;
    }
    let mut rank_sums = vec![0.0; n];
    let mut ties = 0.0;
    for c in 0..m {
        let col: Vec<f64> = matrix.iter().map(|r| r[c]).collect();
        for (i, r) in average_ranks(&col).into_iter().enumerate() {
            rank_sums[i] += r;
        }
        let mut sorted = col.clone();
        sorted.sort_by(f64::total_cmp);
        let mut i = 0;
        while i < sorted.len() {
            let mut k = i;
            while k + 1 < sorted.len() && sorted[k + 1] == sorted[i] {
                k += 1;
            }
            let t = (k - i + 1) as f64;
            ties += t * t * t - t;
            i = k + 1;
        }
    }
    let (nf, mf) = (n as f64, m as f64);
    let mean = rank_sums.iter().sum::<f64>() / nf;
    let s: f64 = rank_sums.iter().map(|r| (r - mean).powi(2)).sum();
    let denom = mf * mf * (nf * nf * nf - nf) - mf * ties;
    (denom > 0.0).then(|| 12.0 * s / denom)
}

/// One judge's calibration within a panel.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct JudgeStats {
    pub lessons: u32,
    pub mean: f64,
    pub sd: Option<f64>,
    /// The judge effect (points; negative = harsher than the panel).
    pub severity: f64,
    pub severity_low: Option<f64>,
    pub severity_high: Option<f64>,
    /// Correlation of the judge's totals with the other judges' means of the same lessons.
    pub agreement: Option<f64>,
    /// Root mean square of the judge's residuals against the model (points).
    pub consistency: Option<f64>,
    /// Mean over the judge's lessons of the SD of their indicator scores as shares of each
    /// indicator's weight: the lower, the more one impression colours every indicator (halo).
    pub halo: Option<f64>,
    pub flags: Vec<Flag>,
}

/// A plain-language warning about a judge.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
#[derive(strum::IntoStaticStr)]
#[strum(serialize_all = "snake_case")]
pub enum Flag {
    /// 偏严: the severity interval lies below −margin.
    Harsh,
    /// 偏宽: the severity interval lies above +margin.
    Lenient,
    /// 与其他评委一致性低: agreement below 0.3 over at least 5 lessons.
    LowAgreement,
    /// 打分过于集中: SD of totals below half the panel's typical SD, over at least 5 lessons.
    Narrow,
}

impl Flag {
    /// The flag's stable code, as serialized.
    pub fn code(self) -> &'static str {
        self.into()
    }
}

/// Agreement below this (over at least [`MIN_LESSONS_FOR_FLAGS`] lessons) is flagged.
pub const LOW_AGREEMENT: f64 = 0.3;
/// A judge's SD of totals below this share of the panel's median SD is flagged as narrow.
pub const NARROW_SHARE: f64 = 0.5;
/// Flags on agreement and spread need at least this many lessons.
pub const MIN_LESSONS_FOR_FLAGS: usize = 5;

/// Per-judge statistics of one panel from the fitted model (see [`JudgeStats`]); `margin` is the
/// session's severity threshold in points.
pub fn judge_stats(judges: usize, lessons: usize, obs: &[Obs], fit: &Fit, margin: f64) -> Vec<Option<JudgeStats>> {
    let mut by_lesson: Vec<Vec<usize>> = vec![Vec::new(); lessons];
    let mut by_judge: Vec<Vec<usize>> = vec![Vec::new(); judges];
    for (k, o) in obs.iter().enumerate() {
        by_lesson[o.lesson].push(k);
        by_judge[o.judge].push(k);
    }
    let t = t975(fit.df);
    let mut out: Vec<Option<JudgeStats>> = (0..judges)
        .map(|j| {
            let mine = &by_judge[j];
            if mine.is_empty() {
                return None;
            }
            let totals: Vec<f64> = mine.iter().map(|k| obs[*k].total).collect();
            let (mean, sd) = mean_sd(&totals);
            let (mut xs, mut ys) = (Vec::new(), Vec::new());
            for &k in mine {
                let others: Vec<f64> = by_lesson[obs[k].lesson]
                    .iter()
                    .filter(|x| obs[**x].judge != j)
                    .map(|x| obs[*x].total)
                    .collect();
                if !others.is_empty() {
                    xs.push(obs[k].total);
                    ys.push(others.iter().sum::<f64>() / others.len() as f64);
                }
            }
            let agreement = pearson(&xs, &ys);
            let consistency = fit
                .sigma
                .map(|_| (mine.iter().map(|k| fit.residual[*k].powi(2)).sum::<f64>() / mine.len() as f64).sqrt());
            let halos: Vec<f64> = mine
                .iter()
                .filter(|k| obs[**k].shares.len() >= 2)
                .map(|k| {
                    let s = &obs[*k].shares;
                    let m = s.iter().sum::<f64>() / s.len() as f64;
                    (s.iter().map(|x| (x - m).powi(2)).sum::<f64>() / s.len() as f64).sqrt()
                })
                .collect();
            let halo = (!halos.is_empty()).then(|| halos.iter().sum::<f64>() / halos.len() as f64);
            let severity = fit.effect[j];
            let (low, high) = match fit.se[j] {
                Some(se) if t.is_finite() => (Some(severity - t * se), Some(severity + t * se)),
                _ => (None, None),
            };
            let mut flags = Vec::new();
            if high.is_some_and(|h| h < -margin) {
                flags.push(Flag::Harsh);
            }
            if low.is_some_and(|l| l > margin) {
                flags.push(Flag::Lenient);
            }
            if xs.len() >= MIN_LESSONS_FOR_FLAGS && agreement.is_some_and(|a| a < LOW_AGREEMENT) {
                flags.push(Flag::LowAgreement);
            }
            Some(JudgeStats {
                lessons: mine.len() as u32,
                mean,
                sd,
                severity,
                severity_low: low,
                severity_high: high,
                agreement,
                consistency,
                halo,
                flags,
            })
        })
        .collect();
    // narrow: against the panel's median SD of judges with enough lessons
    let mut sds: Vec<f64> = out
        .iter()
        .flatten()
        .filter(|s| s.lessons as usize >= MIN_LESSONS_FOR_FLAGS)
        .filter_map(|s| s.sd)
        .collect();
    sds.sort_by(f64::total_cmp);
    if !sds.is_empty() {
        let median = if sds.len() % 2 == 1 {
            sds[sds.len() / 2]
        } else {
            (sds[sds.len() / 2 - 1] + sds[sds.len() / 2]) / 2.0
        };
        for s in out.iter_mut().flatten() {
            if s.lessons as usize >= MIN_LESSONS_FOR_FLAGS && s.sd.is_some_and(|sd| sd < NARROW_SHARE * median) {
                s.flags.push(Flag::Narrow);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn o(judge: usize, lesson: usize, total: f64) -> Obs {
        Obs {
            judge,
            lesson,
            total,
            shares: Vec::new(),
        }
    }

    #[test]
    fn a_judge_who_drew_strong_lessons_is_not_read_as_lenient() {
        // lesson quality 90, 90, 70, 70; judge 0 scores the two strong ones and one weak, judge 1
        // the other weak and strong ones, judge 2 is 4 points harsher and scores a bit of each
        let truth = [90.0, 90.0, 70.0, 70.0];
        let eff = [0.0, 0.0, -4.0];
        let pairs = [(0, 0), (0, 1), (0, 2), (1, 1), (1, 3), (2, 0), (2, 2), (2, 3)];
        let obs: Vec<Obs> = pairs.iter().map(|&(j, l)| o(j, l, truth[l] + eff[j])).collect();
        let f = fit(3, 4, &obs);
        assert_eq!(f.components, 1);
        let mean_eff = eff.iter().sum::<f64>() / 3.0;
        for (got, e) in f.effect.iter().zip(eff) {
            assert!((got - (e - mean_eff)).abs() < 1e-9, "{:?}", f.effect);
        }
        for (got, q) in f.quality.iter().zip(truth) {
            assert!((got.unwrap() - (q + mean_eff)).abs() < 1e-9);
        }
        assert_eq!(f.df, 8 - (4 + 3 - 1));
        assert!(f.residual.iter().all(|r| r.abs() < 1e-9));
    }

    #[test]
    fn two_panels_that_share_no_lesson_are_two_components() {
        let obs = vec![o(0, 0, 80.0), o(1, 0, 84.0), o(2, 1, 70.0), o(3, 1, 60.0)];
        let f = fit(4, 2, &obs);
        assert_eq!(f.components, 2);
        assert_eq!(f.judge_component, vec![0, 0, 1, 1]);
        assert!((f.effect[0] + 2.0).abs() < 1e-9 && (f.effect[2] - 5.0).abs() < 1e-9);
        assert_eq!(f.df, 0);
        assert!(f.se.iter().all(Option::is_none), "no residual degrees of freedom");
    }

    #[test]
    fn ties_share_their_average_rank() {
        assert_eq!(average_ranks(&[3.0, 1.0, 3.0, 2.0]), vec![3.5, 1.0, 3.5, 2.0]);
    }
}

//! From judges' scores to a ranking a panel can defend in public (公示).
//!
//! Pure and deterministic: no I/O, no clock, no database, no hash-map iteration order; the same
//! inputs give the same output byte for byte. Scores are exact integers (tenths of a point per
//! judge total, hundredths for displayed means); the only floating point is the z-score method's
//! standardization, done in a fixed order and rounded once to hundredths.

use std::collections::{BTreeMap, BTreeSet};

// hashed by id only (never iterated in hash order): the fast hash, not SipHash
use rustc_hash::FxHashMap as HashMap;

use serde::{Deserialize, Serialize};

pub use crate::codes::DecisionKind;
use crate::judges::JudgeId;
use crate::points::Points;
use crate::roster::{Lesson, LessonId};
use crate::rubric::Rubric;
use crate::scores::LessonScores;
use crate::settings::{Aggregation, Rules};

/// A score shown with two decimals, stored exactly as hundredths of a point.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(type = "number"))]
pub struct Hundredths(pub i64);

impl Hundredths {
    pub fn from_tenths(t: i64) -> Self {
        Hundredths(t * 10)
    }

    /// `sum / n` in hundredths, rounded half away from zero (sum in tenths).
    pub fn mean_of_tenths(sum: i64, n: i64) -> Self {
        assert!(n > 0, "a mean needs at least one value");
        let num = sum * 10;
        let q = (2 * num + n.signum() * n) / (2 * n); // half away from zero for positive sums
        Hundredths(if num >= 0 { q } else { -((2 * -num + n) / (2 * n)) })
    }

    pub fn from_f64(v: f64) -> Self {
        Hundredths((v * 100.0).round() as i64)
    }
}

impl std::fmt::Display for Hundredths {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let sign = if self.0 < 0 { "-" } else { "" };
        let a = self.0.abs();
        write!(f, "{sign}{}.{:02}", a / 100, a % 100)
    }
}

impl Serialize for Hundredths {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_f64(self.0 as f64 / 100.0)
    }
}

impl<'de> Deserialize<'de> for Hundredths {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Ok(Hundredths::from_f64(f64::deserialize(d)?))
    }
}

/// The chair's recorded decisions that change the computation.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Decisions {
    /// Arbitrated final scores for held lessons (仲裁).
    pub arbitrations: BTreeMap<LessonId, Hundredths>,
    /// Held lessons the chair accepts as computed (e.g. after a discussion).
    pub accepted: BTreeSet<LessonId>,
    /// Veto marks the chair overrules.
    pub veto_overruled: BTreeSet<LessonId>,
    /// Lessons the chair accepts with fewer scores than required.
    pub accept_incomplete: BTreeSet<LessonId>,
    /// For ties that survive the tie-breaks: the chair's order (lower first).
    pub tie_order: BTreeMap<LessonId, u32>,
    /// Third reviews the chair asked for a lesson held for its judges' spread: the extra judge
    /// assigned to it. Once that judge's complete scores arrive, the hold is released.
    #[serde(default)]
    pub reviews: BTreeMap<LessonId, crate::judges::JudgeId>,
    /// Lessons the chair vetoes (a 抄袭 found by 查重, say), with the rubric's veto item.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub vetoes: BTreeMap<LessonId, String>,
}

/// One lesson's share of the chair's decisions (for its detail view and its audit rows).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct LessonDecisions {
    pub arbitration: Option<Hundredths>,
    pub accepted: bool,
    pub veto_overruled: bool,
    pub accept_incomplete: bool,
    pub tie_order: Option<u32>,
    #[serde(default)]
    pub review: Option<crate::judges::JudgeId>,
    /// The veto item the chair vetoed the lesson with.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub veto: Option<String>,
}

/// A chair's decision as the audit log keeps it, decoded once where the log is read: its kind, whether
/// it was taken back, the chair's reason and the lesson's decisions in force after it (the store writes
/// the row as `decision.<kind>` or `decision.withdraw.<kind>` with `{reason, decisions}`; an
/// unreadable value leaves the reason empty and `after` unknown). The export, the lesson's history and
/// the audit page read this, never the row's JSON.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct DecisionRecord {
    pub kind: DecisionKind,
    pub withdrawn: bool,
    pub reason: String,
    pub after: Option<LessonDecisions>,
}

impl DecisionRecord {
    /// The audit action a decision is recorded under: `decision.<kind>`, `decision.withdraw.<kind>`.
    pub fn action(kind: DecisionKind, withdrawn: bool) -> String {
        if withdrawn {
            format!("decision.withdraw.{}", kind.name())
        } else {
            format!("decision.{}", kind.name())
        }
    }

    /// The record an audit row holds, if it is a decision's (see [`DecisionRecord::action`]).
    pub fn of(action: &str, new: Option<&str>) -> Option<DecisionRecord> {
        let what = action.strip_prefix("decision.")?;
        let (withdrawn, name) = match what.strip_prefix("withdraw.") {
            Some(k) => (true, k),
            None => (false, what),
        };
        let kind = DecisionKind::from_name(name)?;
        #[derive(Deserialize)]
        struct Change {
            reason: String,
            decisions: LessonDecisions,
        }
        let change = new.and_then(|n| serde_json::from_str::<Change>(n).ok());
        Some(DecisionRecord {
            kind,
            withdrawn,
            reason: change.as_ref().map(|c| c.reason.clone()).unwrap_or_default(),
            after: change.map(|c| c.decisions),
        })
    }
}

impl Decisions {
    pub fn of(&self, lesson: &LessonId) -> LessonDecisions {
        LessonDecisions {
            arbitration: self.arbitrations.get(lesson).copied(),
            accepted: self.accepted.contains(lesson),
            veto_overruled: self.veto_overruled.contains(lesson),
            accept_incomplete: self.accept_incomplete.contains(lesson),
            tie_order: self.tie_order.get(lesson).copied(),
            review: self.reviews.get(lesson).cloned(),
            veto: self.vetoes.get(lesson).cloned(),
        }
    }
}

/// How a lesson's final score came about, beyond the method.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum Note {
    /// Trimmed mean asked for, too few judges to drop k at each end: plain mean used.
    TrimSkipped,
    /// Some judges were not standardized (too few scores, or all the same).
    ZscorePartial,
    /// Severity model: the panel's judges and lessons fall apart into groups that share no
    /// lesson; judge effects are centred within each group, so scores compare only within one.
    SeverityDisconnected,
    Arbitrated,
}

/// One lesson's aggregated scores.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Scored {
    pub id: LessonId,
    /// Judges whose complete scores count.
    pub judges: u32,
    pub raw_mean: Hundredths,
    /// The session method's score (before arbitration).
    pub adjusted: Hundredths,
    /// The score that is ranked: arbitrated if the chair arbitrated, else `adjusted`.
    pub final_score: Hundredths,
    pub median: Hundredths,
    /// max − min of the judges' totals.
    pub spread: Points,
    pub indicator_means: Vec<Hundredths>,
    /// How many judges marked a veto item.
    pub veto_judges: u32,
    pub notes: Vec<Note>,
}

/// Input: the lesson and each judge's complete scores for it.
pub struct LessonScoresIn<'a> {
    pub lesson: &'a Lesson,
    pub rubric: &'a Rubric,
    pub by_judge: Vec<(&'a JudgeId, &'a LessonScores)>,
}

fn totals<'a>(input: &LessonScoresIn<'a>) -> Vec<(&'a JudgeId, i64)> {
    input
        .by_judge
        .iter()
        .map(|(j, s)| (*j, i64::from(s.total().tenths())))
        .collect()
}

/// Per judge: (mean total, sd) in tenths over the lessons they scored, for z-scores.
fn judge_stats<'a>(inputs: &[LessonScoresIn<'a>]) -> HashMap<&'a JudgeId, (usize, f64, f64)> {
    let mut all: HashMap<&'a JudgeId, Vec<f64>> = HashMap::default();
    for i in inputs {
        for (j, t) in totals(i) {
            all.entry(j).or_default().push(t as f64);
        }
    }
    all.into_iter()
        .map(|(j, v)| {
            let n = v.len() as f64;
            let mean = v.iter().sum::<f64>() / n;
            let var = v.iter().map(|x| (x - mean).powi(2)).sum::<f64>() / n;
            (j, (v.len(), mean, var.sqrt()))
        })
        .collect()
}

/// Per judge: how many scores, their mean and standard deviation.
type JudgeScales<'a> = HashMap<&'a JudgeId, (usize, f64, f64)>;

/// What z-scores need: each judge's (count, mean, sd) and the panel's own scale, the mean and sd
/// of every total.
fn zscore_scale<'a>(inputs: &[LessonScoresIn<'a>]) -> (JudgeScales<'a>, f64, f64) {
    let everything: Vec<f64> = inputs
        .iter()
        .flat_map(|i| totals(i).into_iter().map(|(_, t)| t as f64))
        .collect();
    let (pm, ps) = if everything.is_empty() {
        (0.0, 0.0)
    } else {
        let n = everything.len() as f64;
        let m = everything.iter().sum::<f64>() / n;
        (m, (everything.iter().map(|x| (x - m).powi(2)).sum::<f64>() / n).sqrt())
    };
    (judge_stats(inputs), pm, ps)
}

/// The severity model of one panel: judges indexed in id order, lessons in input order.
pub fn severity_fit(inputs: &[LessonScoresIn<'_>]) -> crate::fairness::Fit {
    let (judges, obs) = panel_obs(inputs);
    crate::fairness::fit(judges.len(), inputs.len(), &obs)
}

/// The panel's judges (sorted by id) and one observation per judge and lesson: the total in
/// points and each indicator's score as a share of its weight.
pub fn panel_obs<'a>(inputs: &[LessonScoresIn<'a>]) -> (Vec<&'a JudgeId>, Vec<crate::fairness::Obs>) {
    // each judge once, then sorted: a national panel has 40k scores but only hundreds of judges
    let mut seen: rustc_hash::FxHashSet<&JudgeId> = Default::default();
    let mut judges: Vec<&JudgeId> = inputs
        .iter()
        .flat_map(|i| i.by_judge.iter().map(|(j, _)| *j))
        .filter(|j| seen.insert(*j))
        .collect();
    judges.sort_unstable();
    let index: HashMap<&JudgeId, usize> = judges.iter().enumerate().map(|(i, j)| (*j, i)).collect();
    let mut obs = Vec::new();
    for (l, input) in inputs.iter().enumerate() {
        let weights: Vec<f64> = input
            .rubric
            .indicators()
            .iter()
            .map(|i| f64::from(i.weight().tenths()))
            .collect();
        for (j, s) in &input.by_judge {
            obs.push(crate::fairness::Obs {
                judge: index[j],
                lesson: l,
                total: f64::from(s.total().tenths()) / 10.0,
                shares: s
                    .scores
                    .iter()
                    .zip(&weights)
                    .map(|(p, w)| {
                        if *w > 0.0 {
                            f64::from(p.map_or(0, |p| p.tenths())) / w
                        } else {
                            0.0
                        }
                    })
                    .collect(),
            });
        }
    }
    (judges, obs)
}

/// Aggregates every lesson of one panel (or category) with the session's method. Lessons with
/// no scores are left out (the caller reports them as missing).
pub fn aggregate(inputs: &[LessonScoresIn<'_>], rules: &Rules, decisions: &Decisions) -> Vec<Scored> {
    // each method's panel-wide inputs, computed only for the method that uses them
    let scale = (rules.aggregation == Aggregation::Zscore).then(|| zscore_scale(inputs));
    let severity = (rules.aggregation == Aggregation::SeverityAdjusted).then(|| severity_fit(inputs));
    let mut out = Vec::new();
    for (li, input) in inputs.iter().enumerate() {
        let t = totals(input);
        if t.is_empty() {
            continue;
        }
        let n = t.len() as i64;
        let mut values: Vec<i64> = t.iter().map(|(_, v)| *v).collect();
        values.sort_unstable();
        let raw_mean = Hundredths::mean_of_tenths(values.iter().sum(), n);
        let median = if values.len() % 2 == 1 {
            Hundredths::from_tenths(values[values.len() / 2])
        } else {
            Hundredths::mean_of_tenths(values[values.len() / 2 - 1] + values[values.len() / 2], 2)
        };
        let mut notes = Vec::new();
        let adjusted = match rules.aggregation {
            Aggregation::Mean => raw_mean,
            Aggregation::Median => median,
            Aggregation::TrimmedMean => {
                let k = rules.trim as usize;
                if values.len() >= 2 * k + 2 {
                    let kept = &values[k..values.len() - k];
                    Hundredths::mean_of_tenths(kept.iter().sum(), kept.len() as i64)
                } else {
                    notes.push(Note::TrimSkipped);
                    raw_mean
                }
            }
            Aggregation::Zscore => {
                let (stats, pm, ps) = scale.as_ref().expect("scaled for this method");
                let (pm, ps) = (*pm, *ps);
                let mut sum = 0.0;
                for (j, v) in &t {
                    let (count, m, sd) = stats[j];
                    if count >= rules.zscore_min_scores as usize && sd > 0.0 && ps > 0.0 {
                        sum += pm + ps * (*v as f64 - m) / sd;
                    } else {
                        if !notes.contains(&Note::ZscorePartial) {
                            notes.push(Note::ZscorePartial);
                        }
                        sum += *v as f64;
                    }
                }
                Hundredths::from_f64(sum / t.len() as f64 / 10.0)
            }
            Aggregation::SeverityAdjusted => {
                let fit = severity.as_ref().expect("fitted for this method");
                if fit.components > 1 {
                    notes.push(Note::SeverityDisconnected);
                }
                fit.quality[li].map_or(raw_mean, Hundredths::from_f64)
            }
        };
        let final_score = match decisions.arbitrations.get(&input.lesson.id) {
            Some(a) => {
                notes.push(Note::Arbitrated);
                *a
            }
            None => adjusted,
        };
        let k = input.rubric.indicators().len();
        let indicator_means = (0..k)
            .map(|i| {
                let sum: i64 = input
                    .by_judge
                    .iter()
                    .map(|(_, s)| s.scores[i].map_or(0, |p| i64::from(p.tenths())))
                    .sum();
                Hundredths::mean_of_tenths(sum, n)
            })
            .collect();
        out.push(Scored {
            id: input.lesson.id.clone(),
            judges: n as u32,
            raw_mean,
            adjusted,
            final_score,
            median,
            spread: Points::from_tenths((values[values.len() - 1] - values[0]) as u32),
            indicator_means,
            veto_judges: input.by_judge.iter().filter(|(_, s)| !s.vetoes.is_empty()).count() as u32,
            notes,
        });
    }
    out
}

/// What put a lesson below the one ranked just above it when both show the same final score.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(tag = "by", rename_all = "snake_case")]
pub enum TieBreak {
    /// The lesson above has the higher median.
    Median,
    /// The lesson above has the higher mean on this indicator (the heaviest that differed).
    Indicator { name: String },
    /// The lesson above has the smaller spread of totals.
    Spread,
    /// The chair ordered the tie.
    ChairOrder,
}

/// One lesson's place in a category's ranking.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ranked {
    pub id: LessonId,
    /// Equal for a tie nothing broke.
    pub rank: u32,
    /// Part of a tie nothing broke.
    pub tie: bool,
    /// Same final score as the lesson above, and this separated them.
    pub broken_by: Option<TieBreak>,
}

/// Orders lessons for ranking: final score (as displayed) descending, then the tie-breaks in
/// order — higher median, higher means on the rubric's heaviest indicators (heaviest first, rubric
/// order among equals), smaller spread — then the chair's recorded order. Returns the rank of
/// each (equal ranks for a tie nothing broke), whether it is such a tie, and which tie-break
/// separated it from the lesson above when their scores are equal.
pub fn rank(scored: &[&Scored], rubric: &Rubric, decisions: &Decisions) -> Vec<Ranked> {
    let mut heavy: Vec<usize> = (0..rubric.indicators().len()).collect();
    heavy.sort_by(|a, b| {
        rubric.indicators()[*b]
            .weight()
            .cmp(&rubric.indicators()[*a].weight())
            .then(a.cmp(b))
    });
    type Key = (
        std::cmp::Reverse<Hundredths>,
        std::cmp::Reverse<Hundredths>,
        Vec<std::cmp::Reverse<Hundredths>>,
        Points,
    );
    // each key once, then a sort of the decorated list
    let mut keyed: Vec<(Key, &Scored)> = scored
        .iter()
        .map(|s| {
            let ind = heavy.iter().map(|i| std::cmp::Reverse(s.indicator_means[*i])).collect();
            (
                (
                    std::cmp::Reverse(s.final_score),
                    std::cmp::Reverse(s.median),
                    ind,
                    s.spread,
                ),
                *s,
            )
        })
        .collect();
    keyed.sort_by(|(ka, a), (kb, b)| {
        ka.cmp(kb)
            .then_with(
                || match (decisions.tie_order.get(&a.id), decisions.tie_order.get(&b.id)) {
                    (Some(x), Some(y)) => x.cmp(y),
                    _ => std::cmp::Ordering::Equal,
                },
            )
            .then_with(|| a.id.cmp(&b.id))
    });
    let key = |i: usize| &keyed[i].0;
    let order: Vec<&Scored> = keyed.iter().map(|(_, s)| *s).collect();
    let mut out: Vec<Ranked> = Vec::with_capacity(order.len());
    for (i, s) in order.iter().enumerate() {
        let chair_ordered = i > 0 && {
            let p = order[i - 1];
            decisions.tie_order.contains_key(&p.id)
                && decisions.tie_order.contains_key(&s.id)
                && decisions.tie_order[&p.id] != decisions.tie_order[&s.id]
        };
        let same_as_prev = i > 0 && key(i - 1) == key(i) && !chair_ordered;
        let broken_by = if i == 0 || key(i - 1).0 != key(i).0 || same_as_prev {
            None
        } else {
            let (a, b) = (key(i - 1), key(i));
            Some(if a.1 != b.1 {
                TieBreak::Median
            } else if let Some(k) = (0..a.2.len()).find(|k| a.2[*k] != b.2[*k]) {
                TieBreak::Indicator {
                    name: rubric.indicators()[heavy[k]].name().to_owned(),
                }
            } else if a.3 != b.3 {
                TieBreak::Spread
            } else {
                TieBreak::ChairOrder
            })
        };
        let rank = if same_as_prev { out[i - 1].rank } else { i as u32 + 1 };
        if same_as_prev {
            out[i - 1].tie = true;
        }
        out.push(Ranked {
            id: s.id.clone(),
            rank,
            tie: same_as_prev,
            broken_by,
        });
    }
    out
}

#[cfg(test)]
mod tests {

    /// Every kind, taken or withdrawn, reads back from the action it is recorded under; a row that is
    /// not a decision's, or names no kind, is none.
    #[test]
    fn a_decision_reads_back_from_its_audit_row() {
        let after = LessonDecisions {
            arbitration: Some(Hundredths(8600)),
            ..LessonDecisions::default()
        };
        let new = serde_json::json!({ "reason": "第三位评委复评", "decisions": after }).to_string();
        for kind in DecisionKind::ALL {
            for withdrawn in [false, true] {
                let r = DecisionRecord::of(&DecisionRecord::action(kind, withdrawn), Some(&new)).unwrap();
                assert_eq!(
                    (r.kind, r.withdrawn, r.reason.as_str()),
                    (kind, withdrawn, "第三位评委复评")
                );
                assert_eq!(r.after.as_ref(), Some(&after));
            }
        }
        let unreadable = DecisionRecord::of("decision.accept", Some("not json")).unwrap();
        assert_eq!((unreadable.reason.as_str(), unreadable.after), ("", None));
        assert_eq!(DecisionRecord::of("decision.something_else", None), None);
        assert_eq!(DecisionRecord::of("settings.update", None), None);
    }
    use super::*;

    #[test]
    fn means_round_half_away_from_zero_in_hundredths() {
        assert_eq!(Hundredths::mean_of_tenths(855 + 860 + 870, 3).to_string(), "86.17"); // 86.1666…
        assert_eq!(Hundredths::mean_of_tenths(1, 8).to_string(), "0.01"); // 0.0125 → 0.01
        assert_eq!(Hundredths::mean_of_tenths(5, 4).to_string(), "0.13"); // 0.125 → 0.13
        assert_eq!(Hundredths(8825).to_string(), "88.25");
    }
}

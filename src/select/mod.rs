//! Recommending within quota and the session's rules.
//!
//! Pure and deterministic. Per category, walk the ranking and recommend while every hard rule
//! holds: the quota (and the region's quota where the session uses one), the minimum score, no
//! vetoed or held lesson, one lesson per catalog node, one per teacher (if on), the subject-share
//! cap, the per-school-per-subject cap, and — when on — at least one lesson of each stage, filled
//! by swapping out the lowest pick that can go. Every lesson ends with a status and a reason.

use std::collections::{BTreeMap, BTreeSet};

use rustc_hash::FxHashMap;

use serde::{Deserialize, Serialize};

use crate::aggregate::{rank, Decisions, Hundredths, Scored};
use crate::category::Category;
pub use crate::codes::ReasonCode;
use crate::points::Points;
use crate::roster::{Lesson, LessonId};
use crate::rubric::Rubric;
use crate::settings::Settings;

mod replay;
pub use replay::{Replay, ReplayCategory};

/// The stages stage coverage fills, in the order it fills them.

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
#[derive(strum::IntoStaticStr)]
#[strum(serialize_all = "snake_case")]
pub enum Status {
    Recommended,
    Alternate,
    NotSelected,
    Held,
    Vetoed,
}

impl Status {
    /// Every status, in the order a filter offers them.
    pub const ALL: [Status; 5] = [
        Status::Recommended,
        Status::Alternate,
        Status::NotSelected,
        Status::Held,
        Status::Vetoed,
    ];

    /// The status's stable code (`not_selected`, …), as serialized.
    pub fn code(self) -> &'static str {
        self.into()
    }
}

/// Why a lesson ended where it did, as data (the workbook and the UI turn it into a sentence).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(tag = "code", rename_all = "snake_case")]
#[derive(strum::IntoStaticStr)]
#[strum(serialize_all = "snake_case")]
pub enum Reason {
    Recommended,
    /// Recommended in place of `replaced`, to have a lesson of `stage`.
    StageFloor {
        stage: String,
        replaced: LessonId,
    },
    Alternate {
        order: u32,
    },
    QuotaFull {
        rank: u32,
        quota: u32,
    },
    RegionQuotaFull {
        region: String,
        quota: u32,
    },
    NodeTaken {
        node: String,
        by: LessonId,
    },
    TeacherTaken {
        teacher: String,
        by: LessonId,
    },
    SubjectShare {
        subjects: Vec<String>,
        max_percent: u32,
    },
    SchoolSubjectCap {
        school: String,
        subject: String,
        cap: u32,
    },
    BelowMinimum {
        score: Hundredths,
        minimum: Hundredths,
    },
    /// Swapped out so that `stage` is covered by `by`; an alternate, numbered with the others in
    /// rank order.
    SwappedOut {
        stage: String,
        by: LessonId,
        order: u32,
    },
    Vetoed {
        judges: u32,
    },
    /// The chair vetoed it with the rubric's veto item (on evidence: 查重, a complaint).
    VetoedByChair {
        item: String,
    },
    HeldGap {
        spread: Points,
        threshold: Points,
    },
    HeldIncomplete {
        judges: u32,
        required: u32,
    },
    NoScores,
    /// Kept out of the evaluation by the chair after 形式审查.
    Excluded {
        reason: String,
    },
    /// Kept out: the chair confirmed that `teacher` is on the bar register (失信名单), barred in
    /// `year` by `session`.
    Barred {
        teacher: String,
        year: u16,
        session: String,
    },
}

impl Reason {
    /// The reason's stable code (`quota_full`, …), as serialized; the CLI and the workbook's 原因代码 print it.
    pub fn code(&self) -> &'static str {
        self.into()
    }

    /// The reason without its data.
    pub fn kind(&self) -> ReasonCode {
        match self {
            Reason::Recommended => ReasonCode::Recommended,
            Reason::StageFloor { .. } => ReasonCode::StageFloor,
            Reason::Alternate { .. } => ReasonCode::Alternate,
            Reason::QuotaFull { .. } => ReasonCode::QuotaFull,
            Reason::RegionQuotaFull { .. } => ReasonCode::RegionQuotaFull,
            Reason::NodeTaken { .. } => ReasonCode::NodeTaken,
            Reason::TeacherTaken { .. } => ReasonCode::TeacherTaken,
            Reason::SubjectShare { .. } => ReasonCode::SubjectShare,
            Reason::SchoolSubjectCap { .. } => ReasonCode::SchoolSubjectCap,
            Reason::BelowMinimum { .. } => ReasonCode::BelowMinimum,
            Reason::SwappedOut { .. } => ReasonCode::SwappedOut,
            Reason::Vetoed { .. } => ReasonCode::Vetoed,
            Reason::VetoedByChair { .. } => ReasonCode::VetoedByChair,
            Reason::HeldGap { .. } => ReasonCode::HeldGap,
            Reason::HeldIncomplete { .. } => ReasonCode::HeldIncomplete,
            Reason::NoScores => ReasonCode::NoScores,
            Reason::Excluded { .. } => ReasonCode::Excluded,
            Reason::Barred { .. } => ReasonCode::Barred,
        }
    }
}

/// Where one lesson ended.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Outcome {
    pub id: LessonId,
    pub category: Category,
    pub rank: Option<u32>,
    /// A tie the tie-breaks did not resolve (a shared rank).
    pub tie: bool,
    /// Such a tie whose order changes who is recommended, an alternate or a prize: the chair must
    /// order it before 定稿. A tie that straddles nothing is only a shared rank.
    pub tie_at_cut: bool,
    /// Same displayed score as the lesson ranked just above; this tie-break put it below.
    pub tie_break: Option<crate::aggregate::TieBreak>,
    pub status: Status,
    pub reason: Reason,
    pub prize: Option<String>,
}

/// One category's lessons, their scores (lessons without scores are absent) and rubric.
pub struct CategoryInput<'a> {
    pub category: Category,
    pub rubric: &'a Rubric,
    pub lessons: &'a [&'a Lesson],
    pub scored: &'a [Scored],
    /// Per lesson, how many judges marked any veto item on it, whether or not their row has
    /// scores (a judge who stops watching a plagiarised lesson still vetoes it).
    pub veto_judges: &'a FxHashMap<LessonId, u32>,
    /// Teachers recommended in the categories selected before this one, when one lesson per
    /// teacher holds session-wide.
    pub teachers_taken: &'a FxHashMap<String, LessonId>,
    /// Lessons whose third review, asked for by the chair, has come back (the extra judge's
    /// complete scores are in).
    pub reviewed: &'a std::collections::HashSet<LessonId>,
    /// Lessons the chair kept out after 形式审查, with the reason: never ranked.
    pub excluded: &'a BTreeMap<LessonId, String>,
    /// Lessons kept out because a teacher is confirmed on the bar register.
    pub barred: &'a BTreeMap<LessonId, crate::register::BarHit>,
}

/// Alternates (候补) per category: `ceil(quota × percent / 100)`.
fn alternates_for(quota: u32, percent: u32) -> u32 {
    (quota * percent).div_ceil(100)
}

/// A subject-share cap of this category: its subjects, its percent, and how many of its
/// subjects the walk may pick (lowered until the share holds on the final list).
struct Cap<'a> {
    subjects: BTreeSet<&'a str>,
    max_percent: u32,
    limit: u32,
}

pub fn select(input: &CategoryInput<'_>, settings: &Settings, decisions: &Decisions) -> Vec<Outcome> {
    let mut out = select_once(input, settings, decisions);
    settle_ties(&mut out, input, settings, decisions);
    // in rank order, unranked last by id
    let mut v: Vec<Outcome> = out.into_values().collect();
    v.sort_by(|a, b| (a.rank.is_none(), a.rank, &a.id).cmp(&(b.rank.is_none(), b.rank, &b.id)));
    v
}

/// The largest tie group whose every order is replayed (5! = 120 selections). A larger group
/// whose members end differently keeps blocking 定稿 (the chair orders it): never a wrong
/// "nothing changes".
const REPLAYED_TIE: usize = 5;

/// What a tie's order can change for one lesson: its status, its alternate number, its prize.
type Stake = (Status, Option<u32>, Option<String>);

fn stake(o: &Outcome) -> Stake {
    let order = match o.reason {
        Reason::Alternate { order } | Reason::SwappedOut { order, .. } => Some(order),
        _ => None,
    };
    (o.status, order, o.prize.clone())
}

/// A tie whose members ended differently blocks 定稿 only if its order changes some member's
/// status, alternate number or prize: the selection is replayed with every order of the group,
/// and a group that ends the same way whatever the order (a cap or another rule settles it) is
/// only a shared rank (DESIGN.md §8).
fn settle_ties(
    out: &mut FxHashMap<LessonId, Outcome>,
    input: &CategoryInput<'_>,
    settings: &Settings,
    decisions: &Decisions,
) {
    let mut groups: BTreeMap<u32, Vec<LessonId>> = BTreeMap::new();
    for o in out.values().filter(|o| o.tie_at_cut) {
        if let Some(r) = o.rank {
            groups.entry(r).or_default().push(o.id.clone());
        }
    }
    for (_, mut ids) in groups {
        if ids.len() > REPLAYED_TIE {
            continue;
        }
        ids.sort();
        let mut first: Option<Vec<Stake>> = None;
        let mut changes = false;
        for order in permutations(ids.len()) {
            let mut d = decisions.clone();
            for (k, i) in order.iter().enumerate() {
                d.tie_order.insert(ids[*i].clone(), k as u32);
            }
            let replay = select_once(input, settings, &d);
            let stakes: Vec<_> = ids.iter().map(|id| stake(&replay[id])).collect();
            match &first {
                None => first = Some(stakes),
                Some(f) if *f != stakes => {
                    changes = true;
                    break;
                }
                Some(_) => {}
            }
        }
        if !changes {
            for id in &ids {
                if let Some(o) = out.get_mut(id) {
                    o.tie_at_cut = false;
                }
            }
        }
    }
}

/// Every order of `n` items (Heap's algorithm), the identity first.
fn permutations(n: usize) -> Vec<Vec<usize>> {
    let mut a: Vec<usize> = (0..n).collect();
    let mut out = vec![a.clone()];
    let mut c = vec![0usize; n];
    let mut i = 1;
    while i < n {
        if c[i] < i {
            if i % 2 == 0 {
                a.swap(0, i);
            } else {
                a.swap(c[i], i);
            }
            out.push(a.clone());
            c[i] += 1;
            i = 1;
        } else {
            c[i] = 0;
            i += 1;
        }
    }
    out
}

/// One selection with the decisions as given; ties whose members end differently are marked
/// `tie_at_cut` (the replays of [`settle_ties`] then clear the ones whose order changes nothing).
fn select_once(input: &CategoryInput<'_>, settings: &Settings, decisions: &Decisions) -> FxHashMap<LessonId, Outcome> {
    let rules = &settings.rules;
    let quota = settings.category(input.category).map_or(0, |c| c.quota);
    // looked up by id only (the outcomes are put in order at the end), so hashed: a national
    // category has 16,000 lessons
    let scored: FxHashMap<&LessonId, &Scored> = input.scored.iter().map(|s| (&s.id, s)).collect();
    let lesson: FxHashMap<&LessonId, &Lesson> = input.lessons.iter().map(|l| (&l.id, *l)).collect();
    let mut out: FxHashMap<LessonId, Outcome> =
        FxHashMap::with_capacity_and_hasher(input.lessons.len(), Default::default());
    let outcome = |id: &LessonId, status, reason| Outcome {
        id: id.clone(),
        category: input.category,
        rank: None,
        tie: false,
        tie_at_cut: false,
        tie_break: None,
        status,
        reason,
        prize: None,
    };

    // held, vetoed, unscored: never ranked, never dropped silently
    let mut eligible: Vec<&Scored> = Vec::new();
    for l in input.lessons {
        if let Some(hit) = input.barred.get(&l.id) {
            out.insert(
                l.id.clone(),
                outcome(
                    &l.id,
                    Status::NotSelected,
                    Reason::Barred {
                        teacher: hit.teacher.clone(),
                        year: hit.entry.year,
                        session: hit.entry.session.clone(),
                    },
                ),
            );
            continue;
        }
        if let Some(reason) = input.excluded.get(&l.id) {
            out.insert(
                l.id.clone(),
                outcome(&l.id, Status::NotSelected, Reason::Excluded { reason: reason.clone() }),
            );
            continue;
        }
        if let Some(item) = decisions.vetoes.get(&l.id) {
            out.insert(
                l.id.clone(),
                outcome(&l.id, Status::Vetoed, Reason::VetoedByChair { item: item.clone() }),
            );
            continue;
        }
        // a veto counts whether or not the judge's row has scores
        let vetoes = input.veto_judges.get(&l.id).copied().unwrap_or(0);
        if vetoes > 0 && vetoes >= rules.veto_min_judges && !decisions.veto_overruled.contains(&l.id) {
            out.insert(
                l.id.clone(),
                outcome(&l.id, Status::Vetoed, Reason::Vetoed { judges: vetoes }),
            );
            continue;
        }
        let Some(s) = scored.get(&l.id) else {
            out.insert(l.id.clone(), outcome(&l.id, Status::Held, Reason::NoScores));
            continue;
        };
        if s.judges < rules.judges_per_lesson && !decisions.accept_incomplete.contains(&l.id) {
            let reason = Reason::HeldIncomplete {
                judges: s.judges,
                required: rules.judges_per_lesson,
            };
            out.insert(l.id.clone(), outcome(&l.id, Status::Held, reason));
        } else if s.spread > rules.gap_threshold
            && !input.reviewed.contains(&l.id)
            && !decisions.arbitrations.contains_key(&l.id)
            && !decisions.accepted.contains(&l.id)
        {
            let reason = Reason::HeldGap {
                spread: s.spread,
                threshold: rules.gap_threshold,
            };
            out.insert(l.id.clone(), outcome(&l.id, Status::Held, reason));
        } else {
            eligible.push(s);
        }
    }

    let ranking = rank(&eligible, input.rubric, decisions);
    let alternates = alternates_for(quota, rules.alternates_percent);
    let mut caps: Vec<Cap<'_>> = rules
        .subject_caps
        .iter()
        .filter(|c| c.category == input.category)
        .map(|c| Cap {
            subjects: c.subjects.iter().map(String::as_str).collect(),
            max_percent: c.max_percent,
            limit: quota * c.max_percent / 100,
        })
        .collect();
    // the share is of what is recommended, not of the quota: when the final list breaks a cap
    // (too few lessons of other subjects to fill the quota), that cap's limit comes down and the
    // walk is made again; limits only fall, so this ends
    let (mut walked, picks) = loop {
        let (walked, picks) = walk(input, settings, &ranking, &lesson, &scored, &caps);
        let total = picks.len() as u32;
        let mut lowered = false;
        for cap in &mut caps {
            let taken = picks
                .iter()
                .filter(|p| {
                    cap.subjects
                        .iter()
                        .any(|s| crate::settings::cap_covers(s, lesson[p].fields.subject.as_str()))
                })
                .count() as u32;
            let allowed = total * cap.max_percent / 100;
            if taken > allowed {
                cap.limit = allowed.min(cap.limit.saturating_sub(1));
                lowered = true;
            }
        }
        if !lowered {
            break (walked, picks);
        }
    };
    number_alternates(&mut walked, alternates, quota);
    out.extend(walked);
    assign_prizes(&mut out, &picks, settings);
    mark_ties_at_cuts(&mut out);
    out
}

/// One walk down the ranking: recommend while every hard rule holds (with the caps' current
/// limits), then cover the stages. Lessons the quota alone kept out come back as `Alternate`
/// (numbered later).
fn walk(
    input: &CategoryInput<'_>,
    settings: &Settings,
    ranking: &[crate::aggregate::Ranked],
    lesson: &FxHashMap<&LessonId, &Lesson>,
    scored: &FxHashMap<&LessonId, &Scored>,
    caps: &[Cap<'_>],
) -> (FxHashMap<LessonId, Outcome>, Vec<LessonId>) {
    let rules = &settings.rules;
    let quota = settings.category(input.category).map_or(0, |c| c.quota);
    let region_quota: BTreeMap<&str, u32> = settings
        .region_quotas
        .iter()
        .filter(|q| q.category == input.category)
        .map(|q| (q.region.as_str(), q.quota))
        .collect();
    let min = rules.min_score.map(Hundredths::from_f64);
    let mut out: FxHashMap<LessonId, Outcome> = FxHashMap::with_capacity_and_hasher(ranking.len(), Default::default());
    let mut picks: Vec<LessonId> = Vec::new();
    let mut nodes: FxHashMap<&str, &LessonId> = FxHashMap::default();
    let mut teachers: FxHashMap<&str, &LessonId> = input
        .teachers_taken
        .iter()
        .filter(|_| rules.one_per_teacher && rules.teacher_scope == crate::settings::TeacherScope::Session)
        .map(|(t, by)| (t.as_str(), by))
        .collect();
    let mut per_region: FxHashMap<&str, u32> = FxHashMap::default();
    let mut per_school_subject: FxHashMap<(&str, &str), u32> = FxHashMap::default();
    let mut capped: Vec<u32> = vec![0; caps.len()];
    for r in ranking {
        let (id, rank) = (&r.id, &r.rank);
        let l = lesson[id];
        let s = scored[id];
        let f = &l.fields;
        let reason = if let Some(m) = min.filter(|m| s.final_score < *m) {
            Some(Reason::BelowMinimum {
                score: s.final_score,
                minimum: m,
            })
        } else if let Some(by) = nodes
            .get(f.node.as_str())
            .filter(|_| rules.one_per_node && !f.node.is_empty())
        {
            Some(Reason::NodeTaken {
                node: f.node.clone(),
                by: (*by).clone(),
            })
        } else if let Some((t, by)) = f
            .teachers
            .iter()
            .find_map(|t| teachers.get(t.as_str()).map(|by| (t, by)))
            .filter(|_| rules.one_per_teacher)
        {
            Some(Reason::TeacherTaken {
                teacher: t.clone(),
                by: (*by).clone(),
            })
        } else if let Some(q) = region_quota
            .get(f.region.as_str())
            .filter(|q| per_region.get(f.region.as_str()).copied().unwrap_or(0) >= **q)
        {
            Some(Reason::RegionQuotaFull {
                region: f.region.clone(),
                quota: *q,
            })
        } else if let Some(cap) = rules.per_school_subject_cap.filter(|cap| {
            per_school_subject
                .get(&(f.school.as_str(), f.subject.as_str()))
                .copied()
                .unwrap_or(0)
                >= *cap
        }) {
            Some(Reason::SchoolSubjectCap {
                school: f.school.clone(),
                subject: f.subject.clone(),
                cap,
            })
        } else {
            (0..caps.len())
                .find(|i| {
                    caps[*i]
                        .subjects
                        .iter()
                        .any(|s| crate::settings::cap_covers(s, f.subject.as_str()))
                        && capped[*i] >= caps[*i].limit
                })
                .map(|i| Reason::SubjectShare {
                    subjects: caps[i].subjects.iter().map(|s| s.to_string()).collect(),
                    max_percent: caps[i].max_percent,
                })
        };
        let mut o = Outcome {
            id: id.clone(),
            category: input.category,
            rank: Some(*rank),
            tie: r.tie,
            tie_at_cut: false,
            tie_break: r.broken_by.clone(),
            status: Status::NotSelected,
            reason: Reason::Recommended,
            prize: None,
        };
        match reason {
            Some(r) => o.reason = r,
            None if (picks.len() as u32) < quota => {
                o.status = Status::Recommended;
                picks.push(id.clone());
                if !f.node.is_empty() {
                    nodes.insert(&f.node, id);
                }
                for t in &f.teachers {
                    teachers.entry(t).or_insert(id);
                }
                *per_region.entry(&f.region).or_insert(0) += 1;
                *per_school_subject.entry((&f.school, &f.subject)).or_insert(0) += 1;
                for (i, cap) in caps.iter().enumerate() {
                    if cap
                        .subjects
                        .iter()
                        .any(|s| crate::settings::cap_covers(s, f.subject.as_str()))
                    {
                        capped[i] += 1;
                    }
                }
            }
            // only the quota keeps it out: a candidate alternate, numbered once the list is final
            None => {
                o.status = Status::Alternate;
                o.reason = Reason::QuotaFull { rank: *rank, quota };
            }
        }
        out.insert(id.clone(), o);
    }
    if rules.stage_coverage {
        cover_stages(&mut out, ranking, lesson, &mut picks);
    }
    (out, picks)
}

/// Alternates are numbered in rank order, whatever made them alternates (the quota, or a stage
/// swap): the first `alternates` keep their number, the rest are not selected, quota full.
fn number_alternates(out: &mut FxHashMap<LessonId, Outcome>, alternates: u32, quota: u32) {
    let mut waiting: Vec<&mut Outcome> = out.values_mut().filter(|o| o.status == Status::Alternate).collect();
    waiting.sort_by(|a, b| (a.rank, &a.id).cmp(&(b.rank, &b.id)));
    for (n, o) in waiting.into_iter().enumerate() {
        let order = n as u32 + 1;
        if order > alternates {
            o.status = Status::NotSelected;
            o.reason = Reason::QuotaFull {
                rank: o.rank.unwrap_or_default(),
                quota,
            };
            continue;
        }
        o.reason = match std::mem::replace(&mut o.reason, Reason::Recommended) {
            Reason::SwappedOut { stage, by, .. } => Reason::SwappedOut { stage, by, order },
            _ => Reason::Alternate { order },
        };
    }
}

/// A tie group (one shared rank) may matter when its members did not all end alike: some
/// recommended and some not, an alternate beside a lesson left out, different alternate numbers
/// or different prizes. [`settle_ties`] then asks whether the order is what made them differ.
fn mark_ties_at_cuts(out: &mut FxHashMap<LessonId, Outcome>) {
    let mut groups: BTreeMap<u32, Vec<Stake>> = BTreeMap::new();
    for o in out.values().filter(|o| o.tie) {
        if let Some(r) = o.rank {
            groups.entry(r).or_default().push(stake(o));
        }
    }
    for o in out.values_mut().filter(|o| o.tie) {
        let Some(g) = o.rank.and_then(|r| groups.get(&r)) else {
            continue;
        };
        o.tie_at_cut = g.iter().any(|x| *x != g[0]);
    }
}

/// For each stage with no pick, promote its best lesson that only the quota kept out, and swap
/// out the lowest pick whose stage keeps at least one other pick.
fn cover_stages(
    out: &mut FxHashMap<LessonId, Outcome>,
    ranking: &[crate::aggregate::Ranked],
    lesson: &FxHashMap<&LessonId, &Lesson>,
    picks: &mut Vec<LessonId>,
) {
    for stage in crate::roster::Stage::ALL.map(crate::roster::Stage::name) {
        if picks.iter().any(|p| lesson[p].fields.stage == stage) {
            continue;
        }
        let quota_only = |o: &Outcome| o.status == Status::Alternate && matches!(o.reason, Reason::QuotaFull { .. });
        let Some(candidate) = ranking
            .iter()
            .map(|r| &r.id)
            .find(|id| lesson[id].fields.stage == stage && quota_only(&out[*id]))
        else {
            continue;
        };
        let count = |s: &str, picks: &Vec<LessonId>| picks.iter().filter(|p| lesson[*p].fields.stage == s).count();
        let Some(victim) = picks
            .iter()
            .rev()
            .find(|p| count(&lesson[*p].fields.stage, picks) > 1)
            .cloned()
        else {
            continue;
        };
        picks.retain(|p| *p != victim);
        picks.push(candidate.clone());
        let v = out.get_mut(&victim).expect("a pick has an outcome");
        v.status = Status::Alternate;
        v.reason = Reason::SwappedOut {
            stage: stage.to_owned(),
            by: candidate.clone(),
            order: 0,
        };
        let c = out.get_mut(candidate).expect("a candidate has an outcome");
        c.status = Status::Recommended;
        c.reason = Reason::StageFloor {
            stage: stage.to_owned(),
            replaced: victim,
        };
    }
    picks.sort_by_key(|p| out[p].rank);
}

/// Prize tiers over the recommended lessons in rank order, by count or by percent (rounded).
fn assign_prizes(out: &mut FxHashMap<LessonId, Outcome>, picks: &[LessonId], settings: &Settings) {
    let mut ordered: Vec<&LessonId> = picks.iter().collect();
    ordered.sort_by_key(|p| (out[*p].rank, (*p).clone()));
    let total = ordered.len() as u32;
    let mut next = 0usize;
    for tier in &settings.rules.prizes {
        let n = match (tier.count, tier.percent) {
            (Some(c), _) => c,
            (None, Some(p)) => (total * p * 2 + 100) / 200,
            _ => 0,
        } as usize;
        for id in ordered.iter().skip(next).take(n) {
            out.get_mut(*id).expect("a pick has an outcome").prize = Some(tier.name.clone());
        }
        next += n;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn alternates_are_the_quota_times_the_share_rounded_up() {
        assert_eq!(alternates_for(25, 20), 5);
        assert_eq!(alternates_for(1, 20), 1);
        assert_eq!(alternates_for(0, 20), 0);
        assert_eq!(alternates_for(7, 20), 2);
        assert_eq!(alternates_for(10, 0), 0, "no alternates when the share is 0");
    }
}

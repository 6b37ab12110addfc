//! Recommending within quota and the session's rules.
//!
//! Pure and deterministic. Per category, walk the ranking and recommend while every hard rule
//! holds: the quota (and the region's quota where the session uses one), the minimum score, no
//! vetoed or held lesson, one lesson per catalog node, one per teacher (if on), the subject-share
//! cap, the per-school-per-subject cap, and — when on — at least one lesson of each stage, filled
//! by swapping out the lowest pick that can go. Every lesson ends with a status and a reason.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use serde::{Deserialize, Serialize};

use crate::aggregate::{rank, Decisions, Hundredths, Scored};
use crate::category::Category;
use crate::points::Points;
use crate::roster::{Lesson, LessonId};
use crate::rubric::Rubric;
use crate::settings::Settings;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Recommended,
    Alternate,
    NotSelected,
    Held,
    Vetoed,
}

/// Why a lesson ended where it did, as data (the workbook and the UI turn it into a sentence).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(tag = "code", rename_all = "snake_case")]
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
    /// Swapped out so that `stage` is covered by `by`.
    SwappedOut {
        stage: String,
        by: LessonId,
    },
    Vetoed {
        judges: u32,
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
}

fn alternates_for(quota: u32, percent: u32) -> u32 {
    ((quota * percent).div_ceil(100)).max(1)
}

pub fn select(input: &CategoryInput<'_>, settings: &Settings, decisions: &Decisions) -> Vec<Outcome> {
    let rules = &settings.rules;
    let quota = settings.category(input.category).map_or(0, |c| c.quota);
    // looked up by id only (the outcomes are put in order at the end), so hashed: a national
    // category has 16,000 lessons
    let scored: HashMap<&LessonId, &Scored> = input.scored.iter().map(|s| (&s.id, s)).collect();
    let lesson: HashMap<&LessonId, &Lesson> = input.lessons.iter().map(|l| (&l.id, *l)).collect();
    let mut out: HashMap<LessonId, Outcome> = HashMap::with_capacity(input.lessons.len());
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
        let Some(s) = scored.get(&l.id) else {
            out.insert(l.id.clone(), outcome(&l.id, Status::Held, Reason::NoScores));
            continue;
        };
        if s.veto_judges >= rules.veto_min_judges && !decisions.veto_overruled.contains(&l.id) {
            out.insert(
                l.id.clone(),
                outcome(&l.id, Status::Vetoed, Reason::Vetoed { judges: s.veto_judges }),
            );
        } else if s.judges < rules.judges_per_lesson && !decisions.accept_incomplete.contains(&l.id) {
            let reason = Reason::HeldIncomplete {
                judges: s.judges,
                required: rules.judges_per_lesson,
            };
            out.insert(l.id.clone(), outcome(&l.id, Status::Held, reason));
        } else if s.spread > rules.gap_threshold
            && s.judges <= rules.judges_per_lesson
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
    let caps: Vec<(BTreeSet<&str>, u32, u32)> = rules
        .subject_caps
        .iter()
        .filter(|c| c.category == input.category)
        .map(|c| {
            (
                c.subjects.iter().map(String::as_str).collect(),
                quota * c.max_percent / 100,
                c.max_percent,
            )
        })
        .collect();
    let region_quota: BTreeMap<&str, u32> = settings
        .region_quotas
        .iter()
        .filter(|q| q.category == input.category)
        .map(|q| (q.region.as_str(), q.quota))
        .collect();
    let min = rules.min_score.map(|p| Hundredths::from_tenths(i64::from(p.tenths())));

    let mut picks: Vec<LessonId> = Vec::new();
    let mut nodes: HashMap<&str, &LessonId> = HashMap::new();
    let mut teachers: HashMap<&str, &LessonId> = HashMap::new();
    let mut per_region: HashMap<&str, u32> = HashMap::new();
    let mut per_school_subject: HashMap<(&str, &str), u32> = HashMap::new();
    let mut capped: Vec<u32> = vec![0; caps.len()];
    let mut alt_order = 0;
    for r in &ranking {
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
                .find(|i| caps[*i].0.contains(f.subject.as_str()) && capped[*i] >= caps[*i].1)
                .map(|i| Reason::SubjectShare {
                    subjects: caps[i].0.iter().map(|s| s.to_string()).collect(),
                    max_percent: caps[i].2,
                })
        };
        let mut o = outcome(id, Status::NotSelected, Reason::Recommended);
        o.rank = Some(*rank);
        o.tie = r.tie;
        o.tie_break = r.broken_by.clone();
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
                for (i, (subjects, _, _)) in caps.iter().enumerate() {
                    if subjects.contains(f.subject.as_str()) {
                        capped[i] += 1;
                    }
                }
            }
            None if alt_order < alternates => {
                alt_order += 1;
                o.status = Status::Alternate;
                o.reason = Reason::Alternate { order: alt_order };
            }
            None => o.reason = Reason::QuotaFull { rank: *rank, quota },
        }
        out.insert(id.clone(), o);
    }

    if rules.stage_coverage {
        cover_stages(&mut out, &ranking, &lesson, &mut picks);
    }
    assign_prizes(&mut out, &picks, settings);
    mark_ties_at_cuts(&mut out);
    // in rank order, unranked last by id
    let mut v: Vec<Outcome> = out.into_values().collect();
    v.sort_by(|a, b| (a.rank.is_none(), a.rank, &a.id).cmp(&(b.rank.is_none(), b.rank, &b.id)));
    v
}

/// A tie group (one shared rank) matters when its members did not all end alike: some
/// recommended and some not, an alternate beside a lesson left out, or different prizes.
fn mark_ties_at_cuts(out: &mut HashMap<LessonId, Outcome>) {
    let mut groups: BTreeMap<u32, Vec<(Status, Option<String>)>> = BTreeMap::new();
    for o in out.values().filter(|o| o.tie) {
        if let Some(r) = o.rank {
            groups.entry(r).or_default().push((o.status, o.prize.clone()));
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
    out: &mut HashMap<LessonId, Outcome>,
    ranking: &[crate::aggregate::Ranked],
    lesson: &HashMap<&LessonId, &Lesson>,
    picks: &mut Vec<LessonId>,
) {
    for stage in ["小学", "初中", "高中"] {
        if picks.iter().any(|p| lesson[p].fields.stage == stage) {
            continue;
        }
        let quota_only = |o: &Outcome| matches!(o.reason, Reason::Alternate { .. } | Reason::QuotaFull { .. });
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
fn assign_prizes(out: &mut HashMap<LessonId, Outcome>, picks: &[LessonId], settings: &Settings) {
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
    fn alternates_are_a_share_of_the_quota_and_at_least_one() {
        assert_eq!(alternates_for(25, 20), 5);
        assert_eq!(alternates_for(1, 20), 1);
        assert_eq!(alternates_for(0, 20), 1);
        assert_eq!(alternates_for(7, 20), 2);
    }
}

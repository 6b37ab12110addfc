//! The selection again on new scores, by index, for 推荐稳定性 (`crate::stability`).
//!
//! A stability replicate changes only lessons' final scores. Everything else [`super::select`]
//! decides from names and strings — which lessons are ranked at all (holds, vetoes, exclusions
//! and bars do not move), their catalog nodes, teachers, regions, schools, subjects and stages,
//! and the order below the score (median, indicators, spread, the chair's tie order, id) — is
//! worked out once into integers by [`Replay::new`]; each replicate is then one sort and one walk
//! over plain arrays ([`Replay::recommend`]), with no strings cloned or compared.
//!
//! It must recommend exactly what `select` recommends on the same scores: the same walk (minimum
//! score, one per node, one per teacher, region quota, school-subject cap, subject-share caps
//! lowered until the share holds, then stage coverage), the same session-wide teachers across
//! categories. `tests/it/fairness.rs` checks the two agree on perturbed scores with every rule on.
//! Only whether a lesson is recommended comes out: ranks, alternates' numbers, reasons and
//! prizes do not change what a replicate counts.

use std::cmp::Reverse;

use rustc_hash::FxHashMap;

use crate::aggregate::{rank, Decisions, Hundredths, Scored};
use crate::category::Category;
use crate::roster::{Lesson, LessonId};
use crate::rubric::Rubric;
use crate::settings::{Settings, TeacherScope};

use super::Outcome;
use crate::roster::Stage;

/// One category as [`Replay::new`] reads it: its lessons, their scores on the full panel and
/// `select`'s outcomes on those scores (the ranked ones are the lessons a replicate ranks).
pub struct ReplayCategory<'a> {
    pub category: Category,
    pub rubric: &'a Rubric,
    pub lessons: &'a [&'a Lesson],
    pub scored: &'a [Scored],
    pub outcomes: &'a [Outcome],
}

/// A ranked lesson, as integers.
struct Entry {
    /// Its index in the category's `scored`.
    scored: usize,
    /// Its place in the order below the score (median, indicators, spread, chair, id).
    below: u32,
    node: Option<u32>,
    teachers: Box<[u32]>,
    region: u32,
    school_subject: u32,
    /// The subject-share caps its subject falls under.
    caps: Box<[u16]>,
    /// Index into [`Stage::ALL`], or `Stage::ALL.len()` for anything else.
    stage: u8,
}

struct ReplayCat {
    entries: Vec<Entry>,
    /// Offset of this category's `scored` in the session-wide mask.
    offset: usize,
    quota: u32,
    /// Per region id, its quota in this category.
    region_quota: Vec<Option<u32>>,
    /// Per subject-share cap, (max percent, starting limit).
    caps: Vec<(u32, u32)>,
    nodes: usize,
    school_subjects: usize,
}

/// The selection of a whole session compiled for replicates.
pub struct Replay {
    cats: Vec<ReplayCat>,
    teachers: usize,
    lessons: usize,
    min: Option<Hundredths>,
    one_per_node: bool,
    one_per_teacher: bool,
    session_teachers: bool,
    school_cap: Option<u32>,
    stage_coverage: bool,
}

/// Interns strings as dense ids.
#[derive(Default)]
struct Ids<'a>(FxHashMap<&'a str, u32>);

impl<'a> Ids<'a> {
    fn of(&mut self, s: &'a str) -> u32 {
        let n = self.0.len() as u32;
        *self.0.entry(s).or_insert(n)
    }
}

impl Replay {
    /// Compiles the session's selection; `cats` in the order `select_all` selects them.
    pub fn new(cats: &[ReplayCategory<'_>], settings: &Settings, decisions: &Decisions) -> Replay {
        let rules = &settings.rules;
        let mut teachers = Ids::default();
        let mut offset = 0;
        let mut out = Vec::with_capacity(cats.len());
        for c in cats {
            let lesson: FxHashMap<&LessonId, &Lesson> = c.lessons.iter().map(|l| (&l.id, *l)).collect();
            let index: FxHashMap<&LessonId, usize> = c.scored.iter().enumerate().map(|(i, s)| (&s.id, i)).collect();
            let ranked: Vec<usize> = c
                .outcomes
                .iter()
                .filter(|o| o.rank.is_some())
                .map(|o| index[&o.id])
                .collect();
            // the order below the score is `rank`'s own, with every score made equal
            let mut level: Vec<Scored> = ranked.iter().map(|i| c.scored[*i].clone()).collect();
            for s in &mut level {
                s.final_score = Hundredths(0);
            }
            let below: FxHashMap<&LessonId, u32> = rank(&level.iter().collect::<Vec<_>>(), c.rubric, decisions)
                .into_iter()
                .enumerate()
                .map(|(k, r)| (&c.scored[index[&r.id]].id, k as u32))
                .collect();
            let caps: Vec<&crate::settings::SubjectCap> =
                rules.subject_caps.iter().filter(|s| s.category == c.category).collect();
            let quota = settings.category(c.category).map_or(0, |s| s.quota);
            let (mut nodes, mut regions, mut school_subjects) = (Ids::default(), Ids::default(), FxHashMap::default());
            let entries = ranked
                .iter()
                .map(|i| {
                    let s = &c.scored[*i];
                    let f = &lesson[&s.id].fields;
                    let next = school_subjects.len() as u32;
                    Entry {
                        scored: *i,
                        below: below[&s.id],
                        node: (!f.node.is_empty()).then(|| nodes.of(&f.node)),
                        teachers: f.teachers.iter().map(|t| teachers.of(t)).collect(),
                        region: regions.of(&f.region),
                        school_subject: *school_subjects
                            .entry((f.school.as_str(), f.subject.as_str()))
                            .or_insert(next),
                        caps: (0..caps.len() as u16)
                            .filter(|k| caps[*k as usize].covers(&f.subject))
                            .collect(),
                        stage: Stage::parse(&f.stage).map_or(Stage::ALL.len(), |s| s as usize) as u8,
                    }
                })
                .collect();
            let mut region_quota = vec![None; regions.0.len()];
            for q in settings.region_quotas.iter().filter(|q| q.category == c.category) {
                if let Some(r) = regions.0.get(q.region.as_str()) {
                    region_quota[*r as usize] = Some(q.quota);
                }
            }
            out.push(ReplayCat {
                entries,
                offset,
                quota,
                region_quota,
                caps: caps
                    .iter()
                    .map(|k| (k.max_percent, quota * k.max_percent / 100))
                    .collect(),
                nodes: nodes.0.len(),
                school_subjects: school_subjects.len(),
            });
            offset += c.scored.len();
        }
        Replay {
            cats: out,
            teachers: teachers.0.len(),
            lessons: offset,
            min: rules.min_score.map(Hundredths::from_f64),
            one_per_node: rules.one_per_node,
            one_per_teacher: rules.one_per_teacher,
            session_teachers: rules.one_per_teacher && rules.teacher_scope == TeacherScope::Session,
            school_cap: rules.per_school_subject_cap,
            stage_coverage: rules.stage_coverage,
        }
    }

    /// How many scored lessons the session has: the length of the mask.
    pub fn lessons(&self) -> usize {
        self.lessons
    }

    /// Which scored lessons the selection recommends when each category's lessons score
    /// `scores[k][i]` (in the category's `scored` order): `mask[offset + i]`, the categories'
    /// lessons one after the other.
    pub fn recommend(&self, scores: &[Vec<Hundredths>], mask: &mut [bool]) {
        mask.fill(false);
        let mut taken = vec![false; self.teachers];
        for (cat, scores) in self.cats.iter().zip(scores) {
            let mut order: Vec<(Reverse<Hundredths>, u32, u32)> = cat
                .entries
                .iter()
                .enumerate()
                .map(|(e, x)| (Reverse(scores[x.scored]), x.below, e as u32))
                .collect();
            order.sort_unstable();
            let order: Vec<u32> = order.into_iter().map(|o| o.2).collect();
            let mut limits: Vec<u32> = cat.caps.iter().map(|c| c.1).collect();
            let picks = loop {
                let picks = self.walk(cat, scores, &order, &limits, &taken);
                let total = picks.len() as u32;
                let mut lowered = false;
                for (k, (max_percent, _)) in cat.caps.iter().enumerate() {
                    let capped = picks
                        .iter()
                        .filter(|p| cat.entries[**p as usize].caps.contains(&(k as u16)))
                        .count() as u32;
                    let allowed = total * max_percent / 100;
                    if capped > allowed {
                        limits[k] = allowed.min(limits[k].saturating_sub(1));
                        lowered = true;
                    }
                }
                if !lowered {
                    break picks;
                }
            };
            for p in picks {
                let e = &cat.entries[p as usize];
                mask[cat.offset + e.scored] = true;
                if self.one_per_teacher {
                    for t in e.teachers.iter() {
                        taken[*t as usize] = true;
                    }
                }
            }
        }
    }

    /// One walk down `order` with the caps at `limits`, then stage coverage: the picks (entry
    /// indices), as `select`'s `walk` and `cover_stages` make them.
    fn walk(
        &self,
        cat: &ReplayCat,
        scores: &[Hundredths],
        order: &[u32],
        limits: &[u32],
        session: &[bool],
    ) -> Vec<u32> {
        const OUT: u8 = 0;
        const PICKED: u8 = 1;
        const QUOTA_ONLY: u8 = 2;
        let mut state = vec![OUT; cat.entries.len()];
        let mut node = vec![false; cat.nodes];
        let mut teacher: Vec<bool> = if self.session_teachers {
            session.to_vec()
        } else {
            vec![false; self.teachers]
        };
        let mut per_region = vec![0u32; cat.region_quota.len()];
        let mut per_school = vec![0u32; cat.school_subjects];
        let mut capped = vec![0u32; limits.len()];
        let mut picks: Vec<u32> = Vec::with_capacity(cat.quota as usize);
        for &e in order {
            let x = &cat.entries[e as usize];
            let blocked = self.min.is_some_and(|m| scores[x.scored] < m)
                || (self.one_per_node && x.node.is_some_and(|n| node[n as usize]))
                || (self.one_per_teacher && x.teachers.iter().any(|t| teacher[*t as usize]))
                || cat.region_quota[x.region as usize].is_some_and(|q| per_region[x.region as usize] >= q)
                || self
                    .school_cap
                    .is_some_and(|c| per_school[x.school_subject as usize] >= c)
                || x.caps.iter().any(|k| capped[*k as usize] >= limits[*k as usize]);
            if blocked {
                continue;
            }
            if (picks.len() as u32) < cat.quota {
                state[e as usize] = PICKED;
                picks.push(e);
                if let Some(n) = x.node {
                    node[n as usize] = true;
                }
                for t in x.teachers.iter() {
                    teacher[*t as usize] = true;
                }
                per_region[x.region as usize] += 1;
                per_school[x.school_subject as usize] += 1;
                for k in x.caps.iter() {
                    capped[*k as usize] += 1;
                }
            } else {
                state[e as usize] = QUOTA_ONLY;
            }
        }
        if self.stage_coverage {
            let stage = |p: &u32| cat.entries[*p as usize].stage;
            for s in 0..Stage::ALL.len() as u8 {
                if picks.iter().any(|p| stage(p) == s) {
                    continue;
                }
                let Some(&candidate) = order
                    .iter()
                    .find(|e| stage(e) == s && state[**e as usize] == QUOTA_ONLY)
                else {
                    continue;
                };
                let count = |s: u8, picks: &[u32]| picks.iter().filter(|p| stage(p) == s).count();
                let Some(&victim) = picks.iter().rev().find(|p| count(stage(p), &picks) > 1) else {
                    continue;
                };
                picks.retain(|p| *p != victim);
                picks.push(candidate);
                state[victim as usize] = OUT;
                state[candidate as usize] = PICKED;
            }
        }
        picks
    }
}

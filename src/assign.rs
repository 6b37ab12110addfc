//! Assigning judges to lessons, with recusal.
//!
//! Pure and deterministic: the same lessons, judges and panels give the same assignment. A
//! judge never gets a lesson from their own school (and, when the session says so, their own
//! region). Per-lesson mode walks the lessons in id order and gives each the N eligible judges of
//! its panel with the lightest load so far (ties by judge id); whole-panel mode gives each lesson
//! every eligible judge of its panel. A lesson left with fewer judges than required is reported,
//! never silently accepted.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

pub use crate::codes::RecusalReason;
use crate::judges::{panel_for, Judge, JudgeId, Panel};
use crate::roster::{Lesson, LessonId};
use crate::settings::AssignmentMode;

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Recusal {
    pub judge: JudgeId,
    pub lesson: LessonId,
    pub reason: RecusalReason,
}

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Pair {
    pub judge: JudgeId,
    pub lesson: LessonId,
}

/// A lesson with fewer judges than required.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Shortfall {
    pub lesson: LessonId,
    /// The panel that covers it, if any.
    pub panel: Option<String>,
    pub required: u32,
    pub assigned: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Load {
    pub judge: JudgeId,
    pub lessons: u32,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Assignment {
    pub pairs: Vec<Pair>,
    pub recusals: Vec<Recusal>,
    pub loads: Vec<Load>,
    pub shortfalls: Vec<Shortfall>,
}

#[derive(Debug, Clone, Copy)]
pub struct AssignRules {
    pub mode: AssignmentMode,
    pub judges_per_lesson: u32,
    pub recuse_same_region: bool,
}

/// A school or unit name as it is compared: no spaces, no bracketed campus suffix.
fn place(s: &str) -> String {
    let cut = s.find(['（', '(']).unwrap_or(s.len());
    s[..cut]
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '\u{3000}')
        .collect()
}

/// Why a judge of `unit` in `judge_region` may not score a lesson of `school` in `lesson_region`,
/// every place already normalized by [`place`]; an empty place is nobody's.
fn recusal(
    unit: &str,
    judge_region: &str,
    school: &str,
    lesson_region: &str,
    rules: &AssignRules,
) -> Option<RecusalReason> {
    if !school.is_empty() && unit == school {
        Some(RecusalReason::SameSchool)
    } else if rules.recuse_same_region && !lesson_region.is_empty() && judge_region == lesson_region {
        Some(RecusalReason::SameRegion)
    } else {
        None
    }
}

/// Why `judge` may not score `lesson`, if they may not.
pub fn conflict(judge: &Judge, lesson: &Lesson, rules: &AssignRules) -> Option<RecusalReason> {
    let (j, l) = (&judge.fields, &lesson.fields);
    recusal(
        &place(&j.unit),
        &place(&j.region),
        &place(&l.school),
        &place(&l.region),
        rules,
    )
}

/// A judge as the assignment compares them: places normalized once (a national panel has
/// hundreds of judges and thousands of lessons; [`conflict`] per pair would normalize each
/// name thousands of times).
struct Seat<'a> {
    judge: &'a Judge,
    unit: String,
    region: String,
}

pub fn assign(lessons: &[Lesson], judges: &[Judge], panels: &[Panel], rules: &AssignRules) -> Assignment {
    let mut lessons: Vec<&Lesson> = lessons.iter().collect();
    lessons.sort_by(|a, b| a.id.cmp(&b.id));
    let mut judges: Vec<&Judge> = judges.iter().collect();
    judges.sort_by(|a, b| a.id.cmp(&b.id));
    // judges by index, in id order: a lower index is the lower id
    let seats: Vec<Seat<'_>> = judges
        .iter()
        .map(|j| Seat {
            judge: j,
            unit: place(&j.fields.unit),
            region: place(&j.fields.region),
        })
        .collect();
    let mut by_panel: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (i, s) in seats.iter().enumerate() {
        by_panel.entry(s.judge.fields.panel.as_str()).or_default().push(i);
    }
    let mut load: Vec<u32> = vec![0; seats.len()];
    let mut out = Assignment::default();

    let mut eligible: Vec<usize> = Vec::new();
    for lesson in lessons {
        let panel = panel_for(panels, &lesson.fields);
        let (school, region) = (place(&lesson.fields.school), place(&lesson.fields.region));
        eligible.clear();
        for &i in panel.and_then(|p| by_panel.get(p.name.as_str())).into_iter().flatten() {
            let s = &seats[i];
            match recusal(&s.unit, &s.region, &school, &region, rules) {
                Some(reason) => out.recusals.push(Recusal {
                    judge: s.judge.id.clone(),
                    lesson: lesson.id.clone(),
                    reason,
                }),
                None => eligible.push(i),
            }
        }
        if rules.mode == AssignmentMode::PerLesson {
            // the lightest load first, ties by judge id (index)
            let n = (rules.judges_per_lesson as usize).min(eligible.len());
            if n < eligible.len() {
                eligible.select_nth_unstable_by_key(n, |i| (load[*i], *i));
            }
            eligible.truncate(n);
            eligible.sort_unstable_by_key(|i| (load[*i], *i));
        }
        for &i in &eligible {
            load[i] += 1;
            out.pairs.push(Pair {
                judge: seats[i].judge.id.clone(),
                lesson: lesson.id.clone(),
            });
        }
        if (eligible.len() as u32) < rules.judges_per_lesson {
            out.shortfalls.push(Shortfall {
                lesson: lesson.id.clone(),
                panel: panel.map(|p| p.name.clone()),
                required: rules.judges_per_lesson,
                assigned: eligible.len() as u32,
            });
        }
    }
    out.pairs.sort_unstable();
    out.recusals.sort_unstable();
    out.loads = seats
        .iter()
        .zip(load)
        .map(|(s, n)| Load {
            judge: s.judge.id.clone(),
            lessons: n,
        })
        .collect();
    out
}

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

use crate::judges::{panel_for, Judge, JudgeId, Panel};
use crate::roster::{Lesson, LessonId};
use crate::settings::AssignmentMode;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum RecusalReason {
    SameSchool,
    SameRegion,
}

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

/// A school or unit name compared loosely: no spaces, no bracketed campus suffix.
fn same_place(a: &str, b: &str) -> bool {
    let norm = |s: &str| -> String {
        let cut = s.find(['（', '(']).unwrap_or(s.len());
        s[..cut]
            .chars()
            .filter(|c| !c.is_whitespace() && *c != '\u{3000}')
            .collect()
    };
    let (a, b) = (norm(a), norm(b));
    !a.is_empty() && a == b
}

/// Why `judge` may not score `lesson`, if they may not.
pub fn conflict(judge: &Judge, lesson: &Lesson, rules: &AssignRules) -> Option<RecusalReason> {
    if same_place(&judge.fields.unit, &lesson.fields.school) {
        Some(RecusalReason::SameSchool)
    } else if rules.recuse_same_region && same_place(&judge.fields.region, &lesson.fields.region) {
        Some(RecusalReason::SameRegion)
    } else {
        None
    }
}

pub fn assign(lessons: &[Lesson], judges: &[Judge], panels: &[Panel], rules: &AssignRules) -> Assignment {
    let mut lessons: Vec<&Lesson> = lessons.iter().collect();
    lessons.sort_by(|a, b| a.id.cmp(&b.id));
    let mut judges: Vec<&Judge> = judges.iter().collect();
    judges.sort_by(|a, b| a.id.cmp(&b.id));
    let mut load: BTreeMap<&JudgeId, u32> = judges.iter().map(|j| (&j.id, 0)).collect();
    let mut out = Assignment::default();

    for lesson in lessons {
        let panel = panel_for(panels, &lesson.fields);
        let mut eligible: Vec<&Judge> = Vec::new();
        if let Some(panel) = panel {
            for j in judges.iter().filter(|j| j.fields.panel == panel.name) {
                match conflict(j, lesson, rules) {
                    Some(reason) => out.recusals.push(Recusal {
                        judge: j.id.clone(),
                        lesson: lesson.id.clone(),
                        reason,
                    }),
                    None => eligible.push(j),
                }
            }
        }
        let chosen: Vec<&Judge> = match rules.mode {
            AssignmentMode::WholePanel => eligible,
            AssignmentMode::PerLesson => {
                eligible.sort_by(|a, b| load[&a.id].cmp(&load[&b.id]).then_with(|| a.id.cmp(&b.id)));
                eligible.into_iter().take(rules.judges_per_lesson as usize).collect()
            }
        };
        for j in &chosen {
            *load.get_mut(&j.id).expect("every judge has a load") += 1;
            out.pairs.push(Pair {
                judge: j.id.clone(),
                lesson: lesson.id.clone(),
            });
        }
        if (chosen.len() as u32) < rules.judges_per_lesson {
            out.shortfalls.push(Shortfall {
                lesson: lesson.id.clone(),
                panel: panel.map(|p| p.name.clone()),
                required: rules.judges_per_lesson,
                assigned: chosen.len() as u32,
            });
        }
    }
    out.pairs.sort();
    out.recusals.sort();
    out.loads = load
        .into_iter()
        .map(|(j, n)| Load {
            judge: j.clone(),
            lessons: n,
        })
        .collect();
    out
}

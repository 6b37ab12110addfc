//! The bar register (失信名单): teachers barred from the selection after plagiarism or
//! impersonation, and how a roster's teachers are matched against it.
//!
//! 郑州 2023 (seeds/001): 「不得冒名顶替、弄虚作假，严禁抄袭剽窃，一经发现，除取消此次参评资格外，
//! 5年内不得参与精品课评优。」 The register is kept in the user data folder (see
//! `store::register`), fed by finalized sessions and shared between offices as xlsx; this module
//! is the pure part: what an entry is, which entries a finalized session adds, and the match rules.
//!
//! Match rules (a match is only ever a warning the chair settles, never an automatic exclusion):
//! - the entry is in force when the session's year is the entry's year or one of the
//!   `bar_years` years after it (此次 and the 5 years that follow);
//! - the same name (spaces ignored) at the same school is an `exact` match;
//! - the same name at another school is a `possible` match (namesakes are common).

use serde::{Deserialize, Serialize};

use crate::roster::{Lesson, LessonId};

/// One barred teacher.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct BarEntry {
    pub name: String,
    pub school: String,
    pub region: String,
    /// The selection year in which the teacher was barred.
    pub year: u16,
    /// The session (评审活动) that found it.
    pub session: String,
    /// What was found (the veto item and the judges' reasons).
    pub reason: String,
}

impl BarEntry {
    /// The entry's identity: the same teacher barred by the same session in the same year is one
    /// entry, however often it is imported or a session is finalized again.
    pub fn key(&self) -> (String, String, u16, String) {
        (
            normalize(&self.name),
            normalize(&self.school),
            self.year,
            self.session.trim().to_owned(),
        )
    }

    /// Whether the bar still holds in `year` with a bar period of `bar_years`.
    pub fn in_force(&self, year: u16, bar_years: u16) -> bool {
        year >= self.year && u32::from(year) <= u32::from(self.year) + u32::from(bar_years)
    }
}

/// How sure a match is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum HitKind {
    /// Same name, same school.
    Exact,
    /// Same name, another school: perhaps a namesake.
    Possible,
}

impl HitKind {
    pub fn code(self) -> &'static str {
        match self {
            HitKind::Exact => "exact",
            HitKind::Possible => "possible",
        }
    }
}

/// A roster teacher who matches a register entry in force.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct BarHit {
    pub lesson: LessonId,
    pub teacher: String,
    pub kind: HitKind,
    pub entry: BarEntry,
}

/// What the chair made of a match.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum HitStatus {
    /// Waiting for the chair; 定稿 is refused until it is settled.
    Pending,
    /// The same teacher: the lesson is kept out with reason `barred`.
    Confirmed,
    /// Not the same teacher (or the bar does not apply), with the chair's reason.
    Dismissed,
}

impl HitStatus {
    pub fn code(self) -> &'static str {
        match self {
            HitStatus::Pending => "pending",
            HitStatus::Confirmed => "confirmed",
            HitStatus::Dismissed => "dismissed",
        }
    }

    pub fn from_code(s: &str) -> Option<HitStatus> {
        [HitStatus::Pending, HitStatus::Confirmed, HitStatus::Dismissed]
            .into_iter()
            .find(|k| k.code() == s)
    }
}

/// A match as the session keeps it, with the chair's word on it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct BarMatch {
    #[serde(flatten)]
    pub hit: BarHit,
    pub status: HitStatus,
    /// The chair's reason when settled.
    pub note: String,
}

/// Names and schools compared without spaces (「王 芳」 is 「王芳」), full-width ones included.
pub fn normalize(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

/// Every teacher of `lessons` who matches an entry in force in `year`. Deterministic: in lesson
/// order, then teacher order, then entry order; an exact match of a teacher hides possible
/// matches of the same entry key (they are the same entry).
pub fn hits(lessons: &[Lesson], entries: &[BarEntry], year: u16, bar_years: u16) -> Vec<BarHit> {
    let mut by_name: std::collections::HashMap<String, Vec<&BarEntry>> = Default::default();
    for e in entries.iter().filter(|e| e.in_force(year, bar_years)) {
        by_name.entry(normalize(&e.name)).or_default().push(e);
    }
    let mut out = Vec::new();
    for l in lessons {
        for t in &l.fields.teachers {
            let Some(found) = by_name.get(&normalize(t)) else {
                continue;
            };
            let school = normalize(&l.fields.school);
            let mut found: Vec<&&BarEntry> = found.iter().collect();
            found.sort();
            for e in found {
                let kind = if !school.is_empty() && normalize(&e.school) == school {
                    HitKind::Exact
                } else {
                    HitKind::Possible
                };
                out.push(BarHit {
                    lesson: l.id.clone(),
                    teacher: t.clone(),
                    kind,
                    entry: (*e).clone(),
                });
            }
        }
    }
    out
}

/// Whether a veto item is one the bar is for: 抄袭 / 冒名顶替 / 非原创 (the built-in rubrics' id
/// `plagiarism`, or a user rubric's item that names one of them).
pub fn bars(veto_id: &str, veto_name: &str) -> bool {
    veto_id == "plagiarism" || ["抄袭", "冒名", "原创", "剽窃"].iter().any(|w| veto_name.contains(w))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::roster::LessonFields;

    fn entry(name: &str, school: &str, year: u16) -> BarEntry {
        BarEntry {
            name: name.into(),
            school: school.into(),
            region: "玄武区".into(),
            year,
            session: "2023年玄武区县级初选".into(),
            reason: "抄袭/冒名顶替/非原创".into(),
        }
    }

    fn lesson(id: &str, teachers: &[&str], school: &str) -> Lesson {
        Lesson {
            id: LessonId::new(id),
            fields: LessonFields {
                teachers: teachers.iter().map(|t| t.to_string()).collect(),
                school: school.into(),
                ..LessonFields::of_category(crate::Category::Subject)
            },
            source: Default::default(),
            warnings: Vec::new(),
        }
    }

    #[test]
    fn same_name_same_school_is_exact_other_school_possible() {
        let e = [entry("王芳", "玄武区实验小学", 2023)];
        let l = [
            lesson("L1", &["李明", "王 芳"], "玄武区实验小学"),
            lesson("L2", &["王芳"], "秦淮区第一中学"),
            lesson("L3", &["王芳芳"], "玄武区实验小学"),
        ];
        let h = hits(&l, &e, 2025, 5);
        assert_eq!(h.len(), 2);
        assert_eq!(
            (h[0].lesson.as_str(), h[0].teacher.as_str(), h[0].kind),
            ("L1", "王 芳", HitKind::Exact)
        );
        assert_eq!((h[1].lesson.as_str(), h[1].kind), ("L2", HitKind::Possible));
    }

    #[test]
    fn the_bar_holds_that_year_and_the_five_after() {
        let e = entry("王芳", "玄武区实验小学", 2023);
        assert!(e.in_force(2023, 5));
        assert!(e.in_force(2028, 5));
        assert!(!e.in_force(2029, 5), "expired");
        assert!(!e.in_force(2022, 5), "not before it was found");
        let l = [lesson("L1", &["王芳"], "玄武区实验小学")];
        assert!(hits(&l, std::slice::from_ref(&e), 2029, 5).is_empty());
        assert_eq!(hits(&l, &[e], 2029, 6).len(), 1, "the period is a setting");
    }

    #[test]
    fn plagiarism_items_bar_others_do_not() {
        assert!(bars("plagiarism", "抄袭/冒名顶替/非原创"));
        assert!(bars("x1", "存在抄袭剽窃"));
        assert!(!bars("advertising", "含广告"));
    }
}

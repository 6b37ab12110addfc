//! Judges (评委) and panels (评审组).
//!
//! A panel covers categories, stages and subjects. A panel named the way offices name them
//! (实验教学组, 小学数学组, 高中理科组, 特殊教育组) covers what its name says by default; the chair can
//! change that. An empty list means "any".

use serde::{Deserialize, Serialize};

use crate::category::Category;
use crate::error::Location;
use crate::ids::id_newtype;
use crate::roster::LessonFields;

id_newtype!(
    /// A judge's id within a session (`J001`).
    JudgeId
);

impl JudgeId {
    pub fn from_seq(seq: u32) -> Self {
        JudgeId(format!("J{seq:03}"))
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct JudgeFields {
    pub name: String,
    /// 工作单位: a judge never scores a lesson of this school.
    pub unit: String,
    /// 所在地区: optionally recused from lessons of this region.
    pub region: String,
    /// The panel (评审组 / 学科组) the judge sits on.
    pub panel: String,
    /// 职务 such as 组长; free text.
    pub role: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Judge {
    pub id: JudgeId,
    #[serde(flatten)]
    pub fields: JudgeFields,
    pub source: Location,
}

/// What a panel covers; empty lists mean any.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Panel {
    pub name: String,
    pub categories: Vec<Category>,
    pub stages: Vec<String>,
    pub subjects: Vec<String>,
}

impl Panel {
    /// The panel as stored: list entries trimmed, blank ones dropped, each once (an empty list
    /// means any, so `--subjects ""` resets a list inferred from the panel's name).
    pub fn normalized(&self) -> Panel {
        let clean = |v: &[String]| {
            let mut out: Vec<String> = Vec::new();
            for x in v.iter().map(|x| x.trim()).filter(|x| !x.is_empty()) {
                if !out.iter().any(|o| o == x) {
                    out.push(x.to_owned());
                }
            }
            out
        };
        let mut categories = self.categories.clone();
        categories.dedup();
        Panel {
            name: self.name.trim().to_owned(),
            categories,
            stages: clean(&self.stages),
            subjects: clean(&self.subjects),
        }
    }
}

/// Subjects recognised inside panel names, with the spellings that mean them.
const SUBJECTS: [(&str, &[&str]); 26] = [
    ("语文", &["语文"]),
    ("数学", &["数学"]),
    ("英语", &["英语"]),
    ("日语", &["日语"]),
    ("俄语", &["俄语"]),
    ("物理", &["物理"]),
    ("化学", &["化学"]),
    ("生物学", &["生物"]),
    ("地理", &["地理"]),
    ("历史", &["历史"]),
    ("道德与法治", &["道德与法治", "道法"]),
    ("思想政治", &["思想政治", "政治"]),
    ("科学", &["科学"]),
    ("信息科技", &["信息科技"]),
    ("信息技术", &["信息技术"]),
    ("通用技术", &["通用技术"]),
    ("音乐", &["音乐"]),
    ("美术", &["美术"]),
    ("艺术", &["艺术"]),
    ("体育与健康", &["体育"]),
    ("劳动", &["劳动"]),
    ("心理健康", &["心理"]),
    ("书法", &["书法"]),
    ("生活适应", &["生活适应"]),
    ("综合实践活动", &["综合实践"]),
    ("人工智能", &["人工智能"]),
];

/// Words that stand for several subjects.
const SUBJECT_GROUPS: [(&str, &[&str]); 4] = [
    ("理科", &["数学", "物理", "化学", "生物学"]),
    ("文科", &["语文", "历史", "地理", "道德与法治", "思想政治"]),
    ("外语", &["英语", "日语", "俄语"]),
    ("艺体", &["音乐", "美术", "艺术", "体育与健康"]),
];

impl Panel {
    /// The coverage a panel's name implies: `高中理科组` → 高中 × 数学/物理/化学/生物学.
    pub fn from_name(name: &str) -> Panel {
        let mut categories = Vec::new();
        for (word, c) in [
            ("实验", Category::Experiment),
            ("特殊", Category::SpecialEducation),
            ("特教", Category::SpecialEducation),
            ("人工智能", Category::ArtificialIntelligence),
            ("阅读", Category::Reading),
            ("学科课程", Category::Subject),
        ] {
            if name.contains(word) && !categories.contains(&c) {
                categories.push(c);
            }
        }
        let mut stages = Vec::new();
        for (word, s) in [
            ("小学", &["小学"][..]),
            ("初中", &["初中"]),
            ("高中", &["高中"]),
            ("中学", &["初中", "高中"]),
        ] {
            if name.contains(word) {
                for s in s {
                    if !stages.contains(&s.to_string()) {
                        stages.push(s.to_string());
                    }
                }
            }
        }
        let mut subjects: Vec<String> = Vec::new();
        let ai = categories.contains(&Category::ArtificialIntelligence);
        for (subject, spellings) in SUBJECTS {
            if ai && subject == "人工智能" {
                continue; // the category word, not a subject
            }
            if spellings.iter().any(|s| name.contains(s)) && !(subject == "科学" && name.contains("信息科技")) {
                subjects.push(subject.to_string());
            }
        }
        for (word, group) in SUBJECT_GROUPS {
            if name.contains(word) {
                for s in group {
                    if !subjects.iter().any(|x| x == s) {
                        subjects.push(s.to_string());
                    }
                }
            }
        }
        Panel {
            name: name.to_owned(),
            categories,
            stages,
            subjects,
        }
    }

    pub fn covers(&self, lesson: &LessonFields) -> bool {
        let subject = if lesson.subject == "生物" {
            "生物学"
        } else {
            lesson.subject.as_str()
        };
        (self.categories.is_empty() || self.categories.contains(&lesson.category))
            && (self.stages.is_empty() || self.stages.contains(&lesson.stage))
            && (self.subjects.is_empty() || self.subjects.iter().any(|s| s == subject))
    }

    /// How specific a panel is, to pick one when several cover a lesson: naming the category
    /// counts most, then each constrained dimension.
    pub fn specificity(&self) -> (bool, usize) {
        let dims = [
            !self.categories.is_empty(),
            !self.stages.is_empty(),
            !self.subjects.is_empty(),
        ];
        (dims[0], dims.iter().filter(|d| **d).count())
    }
}

/// The panel that scores a lesson: the most specific covering panel, ties by name.
pub fn panel_for<'a>(panels: &'a [Panel], lesson: &LessonFields) -> Option<&'a Panel> {
    panels
        .iter()
        .filter(|p| p.covers(lesson))
        .max_by(|a, b| a.specificity().cmp(&b.specificity()).then_with(|| b.name.cmp(&a.name)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn panel_names_imply_coverage() {
        let p = Panel::from_name("实验教学组");
        assert_eq!(
            (p.categories.as_slice(), p.stages.len(), p.subjects.len()),
            (&[Category::Experiment][..], 0, 0)
        );
        let p = Panel::from_name("小学数学组");
        assert_eq!(
            (p.stages.clone(), p.subjects.clone()),
            (vec!["小学".to_string()], vec!["数学".to_string()])
        );
        let p = Panel::from_name("高中理科组");
        assert_eq!(p.stages, ["高中"]);
        assert_eq!(p.subjects, ["数学", "物理", "化学", "生物学"]);
        let p = Panel::from_name("初中信息科技组");
        assert_eq!(p.subjects, ["信息科技"], "信息科技 is not 科学");
        let p = Panel::from_name("特殊教育组");
        assert_eq!(p.categories, [Category::SpecialEducation]);
        let p = Panel::from_name("中学语文组");
        assert_eq!(p.stages, ["初中", "高中"]);
    }
}

/// One judge-list row as read.
#[derive(Debug, Clone, Default)]
pub struct JudgeRow {
    pub location: Location,
    pub name: Option<crate::roster::FieldText>,
    pub unit: Option<crate::roster::FieldText>,
    pub region: Option<crate::roster::FieldText>,
    pub panel: Option<crate::roster::FieldText>,
    pub role: Option<crate::roster::FieldText>,
}

/// Checks judge rows: name, unit and panel are required; the same name and unit twice is an error.
pub fn check_rows(rows: &[JudgeRow]) -> (Vec<(JudgeFields, Location)>, Vec<crate::error::Problem>) {
    use crate::error::{Problem, ProblemKind};
    let mut ok = Vec::new();
    let mut errors = Vec::new();
    let mut seen: std::collections::BTreeMap<(String, String), u32> = Default::default();
    for row in rows {
        let long = crate::roster::too_long(
            &row.location,
            &[
                (&row.name, "姓名"),
                (&row.unit, "工作单位"),
                (&row.region, "所在地区"),
                (&row.panel, "评审组"),
                (&row.role, "职务"),
            ],
        );
        if !long.is_empty() {
            errors.extend(long);
            continue;
        }
        let mut complete = true;
        let mut required = |f: &Option<crate::roster::FieldText>, column: &str| match f {
            Some(f) if !f.text.is_empty() => f.text.clone(),
            Some(f) => {
                errors.push(Problem::new(
                    f.at(&row.location),
                    ProblemKind::MissingValue { column: column.into() },
                ));
                complete = false;
                String::new()
            }
            None => String::new(),
        };
        let name = required(&row.name, "姓名");
        let unit = required(&row.unit, "工作单位");
        let panel = required(&row.panel, "评审组");
        if !complete {
            continue;
        }
        let text = |f: &Option<crate::roster::FieldText>| f.as_ref().map(|f| f.text.clone()).unwrap_or_default();
        let key = (name.clone(), unit.clone());
        if let Some(first) = seen.get(&key) {
            errors.push(Problem::new(
                row.location.clone(),
                ProblemKind::DuplicateJudge { first_row: *first },
            ));
            continue;
        }
        seen.insert(key, row.location.row.unwrap_or(0));
        ok.push((
            JudgeFields {
                name,
                unit,
                region: text(&row.region),
                panel,
                role: text(&row.role),
            },
            row.location.clone(),
        ));
    }
    (ok, errors)
}

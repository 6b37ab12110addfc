//! The lessons (课例) of a session: normalizing what offices type and checking it.
//!
//! Pure: rows come in as text with their places (from `import::roster_sheet`), lessons and
//! problems go out. Errors stop an import (nothing is written); warnings are kept on the lessons
//! and stay visible in the roster. Warnings are recomputed over the whole roster after every
//! change, because they depend on the other lessons (quota per region, same catalog node).

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use crate::category::Category;
use crate::error::{Location, Problem, ProblemKind};
use crate::ids::id_newtype;

/// Experiment lessons may name at most this many authors (2024 附件1: 署名作者不超过5人).
pub const MAX_EXPERIMENT_AUTHORS: usize = 5;

id_newtype!(
    /// A lesson's id within its session (`L00001`).
    LessonId
);

impl LessonId {
    pub fn from_seq(seq: u32) -> Self {
        LessonId(format!("L{seq:05}"))
    }
}

/// A stage of basic education (学段), as the notices name them. A lesson's `stage` stays the text
/// the roster gave (special education may name others); `Stage::parse` says whether it is one of
/// these, which the roster check, stage coverage and the video durations rely on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum Stage {
    #[serde(rename = "小学")]
    Primary,
    #[serde(rename = "初中")]
    Junior,
    #[serde(rename = "高中")]
    Senior,
}

impl Stage {
    /// Every stage, youngest first (the order stage coverage fills them and forms offer them).
    pub const ALL: [Stage; 3] = [Stage::Primary, Stage::Junior, Stage::Senior];

    /// The stage's name as the notices and rosters write it.
    pub fn name(self) -> &'static str {
        match self {
            Stage::Primary => "小学",
            Stage::Junior => "初中",
            Stage::Senior => "高中",
        }
    }

    /// The stage a roster's text names (trimmed), if it is one of the three.
    pub fn parse(text: &str) -> Option<Stage> {
        Stage::ALL.into_iter().find(|s| s.name() == text.trim())
    }
}

impl std::fmt::Display for Stage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

/// A lesson's descriptive fields, normalized.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct LessonFields {
    pub category: Category,
    /// The recommending region (推荐地区); empty when the roster has no such column.
    pub region: String,
    /// 小学 / 初中 / 高中, or what was typed when it is none of them.
    pub stage: String,
    pub subject: String,
    pub grade: String,
    pub edition: String,
    /// 课程节点编号, as typed (never `1020304.0`).
    pub node: String,
    pub title: String,
    pub teachers: Vec<String>,
    pub school: String,
    /// 原编号: where the lesson came from, level by level (`玄武区:L00012(86.50) → 南京:L00003(88.00)`),
    /// carried by the hand-offs so that a province can trace it; empty for a lesson first entered here.
    #[serde(default)]
    pub origin: String,
}

impl LessonFields {
    /// Fields that say only which category a lesson is in, for where nothing else is needed.
    pub fn of_category(category: Category) -> LessonFields {
        LessonFields {
            category,
            region: String::new(),
            stage: String::new(),
            subject: String::new(),
            grade: String::new(),
            edition: String::new(),
            node: String::new(),
            title: String::new(),
            teachers: Vec::new(),
            school: String::new(),
            origin: String::new(),
        }
    }

    /// The identity used to tell a duplicate or a re-imported lesson: same category, catalog
    /// node, title and teachers.
    pub fn key(&self) -> (Category, &str, &str, String) {
        (self.category, &self.node, &self.title, self.teachers.join("、"))
    }

    /// The same lesson whatever its title says: category, catalog node, teachers and school.
    pub fn place_key(&self) -> (Category, &str, String, &str) {
        (self.category, &self.node, self.teachers.join("、"), &self.school)
    }
}

/// A lesson in a session.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Lesson {
    pub id: LessonId,
    #[serde(flatten)]
    pub fields: LessonFields,
    /// Where it was imported from (file, sheet, row), or nothing when entered by hand.
    pub source: Location,
    pub warnings: Vec<Problem>,
}

/// One roster row as read: text per field and where it was.
#[derive(Debug, Clone, Default)]
pub struct RosterRow {
    pub location: Location,
    /// Text per field; `None` when the sheet has no such column.
    pub category: Option<FieldText>,
    pub region: Option<FieldText>,
    pub stage: Option<FieldText>,
    pub subject: Option<FieldText>,
    pub grade: Option<FieldText>,
    pub edition: Option<FieldText>,
    pub node: Option<FieldText>,
    pub title: Option<FieldText>,
    pub teachers: Option<FieldText>,
    pub school: Option<FieldText>,
    /// 原编号, from a lower level's hand-off.
    pub origin: Option<FieldText>,
}

/// A cell's text and its column (its row's location says the file, sheet and row: a roster has
/// a quarter of a million cells, so each does not carry a copy of them).
#[derive(Debug, Clone, Default)]
pub struct FieldText {
    pub text: String,
    /// 0-based column in the sheet; `None` for a value typed in the app.
    pub column: Option<u32>,
}

impl FieldText {
    /// Where the cell is, given where its row is.
    pub fn at(&self, row: &Location) -> Location {
        Location {
            column: self
                .column
                .map(crate::error::column_letter)
                .or_else(|| row.column.clone()),
            ..row.clone()
        }
    }
}

/// What a roster's rows become.
#[derive(Debug, Clone, Default)]
pub struct RowsChecked {
    /// Valid rows, in file order, with their source rows.
    pub lessons: Vec<(LessonFields, Location)>,
    /// Problems that stop the import.
    pub errors: Vec<Problem>,
}

/// Turns `普通高中`, `初级中学`, `小学（1-6年级）` into 小学 / 初中 / 高中; other text stays as typed.
pub fn normalize_stage(text: &str) -> String {
    let t = text.trim();
    if t.contains("小学") {
        "小学".into()
    } else if t.contains("初中") || t.contains("初级中学") {
        "初中".into()
    } else if t.contains("高中") || t.contains("高级中学") {
        "高中".into()
    } else {
        t.to_owned()
    }
}

/// Splits a teachers cell on 、，,;；/ and spaces (ASCII and full-width).
pub fn split_teachers(text: &str) -> Vec<String> {
    text.split(|c: char| "、，,;；/／".contains(c) || c.is_whitespace() || c == '\u{3000}')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
        .collect()
}

/// Subjects with experiment lessons per stage (2024 附件1 二、实验教学).
pub fn experiment_subjects(stage: &str) -> &'static [&'static str] {
    match stage {
        "小学" => &["数学", "科学", "信息科技"],
        "初中" => &["数学", "物理", "化学", "生物学", "地理", "信息科技"],
        "高中" => &["数学", "物理", "化学", "生物学", "地理", "通用技术", "信息技术"],
        _ => &[],
    }
}

fn canonical_subject(subject: &str) -> &str {
    match subject {
        "生物" => "生物学",
        s => s,
    }
}

/// Checks rows and builds lessons. `categories` are the session's; `default_category` fills a
/// roster without a 类别 column.
pub fn check_rows(rows: &[RosterRow], categories: &[Category], default_category: Option<Category>) -> RowsChecked {
    let mut out = RowsChecked::default();
    let mut seen: BTreeMap<(Category, String, String, String), u32> = BTreeMap::new();
    for row in rows {
        let long = too_long(
            &row.location,
            &[
                (&row.category, "类别"),
                (&row.region, "推荐地区"),
                (&row.stage, "学段"),
                (&row.subject, "学科"),
                (&row.grade, "年级"),
                (&row.edition, "教材版本"),
                (&row.node, "课程节点编号"),
                (&row.title, "课名"),
                (&row.teachers, "主讲教师"),
                (&row.school, "单位"),
            ],
        );
        if !long.is_empty() {
            out.errors.extend(long);
            continue;
        }
        let mut ok = true;
        let mut required = |field: &Option<FieldText>, column: &str| -> String {
            match field {
                Some(f) if !f.text.is_empty() => f.text.clone(),
                Some(f) => {
                    out.errors.push(Problem::new(
                        f.at(&row.location),
                        ProblemKind::MissingValue { column: column.into() },
                    ));
                    ok = false;
                    String::new()
                }
                None => String::new(), // a missing column is reported once, by the sheet reader
            }
        };
        let category_text = match (&row.category, default_category) {
            (Some(_), _) => Some(required(&row.category, "类别")),
            (None, Some(_)) => None,
            (None, None) => Some(String::new()),
        };
        let stage = normalize_stage(&required(&row.stage, "学段"));
        let subject = required(&row.subject, "学科");
        let title = required(&row.title, "课名");
        let teachers = split_teachers(&required(&row.teachers, "主讲教师"));
        let school = required(&row.school, "单位");
        let text = |f: &Option<FieldText>| f.as_ref().map(|f| f.text.clone()).unwrap_or_default();
        let category = match category_text {
            None => default_category,
            Some(t) if t.is_empty() => None,
            Some(t) => {
                let at = || {
                    row.category
                        .as_ref()
                        .map(|f| f.at(&row.location))
                        .unwrap_or_else(|| row.location.clone())
                };
                match Category::parse(&t) {
                    Some(c) if categories.contains(&c) => Some(c),
                    Some(c) => {
                        out.errors.push(Problem::new(
                            at(),
                            ProblemKind::CategoryNotInSession {
                                category: c.to_string(),
                            },
                        ));
                        None
                    }
                    None => {
                        out.errors
                            .push(Problem::new(at(), ProblemKind::UnknownCategory { value: t }));
                        None
                    }
                }
            }
        };
        let (Some(category), true) = (category, ok) else {
            continue;
        };
        if category == Category::Experiment && teachers.len() > MAX_EXPERIMENT_AUTHORS {
            let at = row
                .teachers
                .as_ref()
                .map(|f| f.at(&row.location))
                .unwrap_or_else(|| row.location.clone());
            out.errors.push(Problem::new(
                at,
                ProblemKind::TooManyAuthors {
                    count: teachers.len() as u32,
                    max: MAX_EXPERIMENT_AUTHORS as u32,
                },
            ));
            continue;
        }
        let fields = LessonFields {
            category,
            region: text(&row.region),
            stage,
            subject,
            grade: text(&row.grade),
            edition: text(&row.edition),
            node: text(&row.node),
            title,
            teachers,
            school,
            origin: text(&row.origin),
        };
        let key = fields.key();
        let key = (key.0, key.1.to_owned(), key.2.to_owned(), key.3);
        let row_no = row.location.row.unwrap_or(0);
        if let Some(first) = seen.get(&key) {
            out.errors.push(Problem::new(
                row.location.clone(),
                ProblemKind::DuplicateLesson { first_row: *first },
            ));
            continue;
        }
        seen.insert(key, row_no);
        out.lessons.push((fields, row.location.clone()));
    }
    out
}

/// The rules warnings are computed from.
#[derive(Debug, Clone, Default)]
pub struct WarningRules {
    /// Per region and category, the most lessons it may recommend (from a quota table).
    pub region_quotas: BTreeMap<(String, Category), u32>,
    pub one_per_node: bool,
}

/// Warnings for every lesson of a roster, in the lessons' order. Deterministic.
pub fn warnings(lessons: &[(LessonFields, Location)], rules: &WarningRules) -> Vec<Vec<Problem>> {
    let mut out: Vec<Vec<Problem>> = vec![Vec::new(); lessons.len()];
    let mut per_region: BTreeMap<(String, Category), u32> = BTreeMap::new();
    let mut nodes: BTreeMap<(Category, String, String), usize> = BTreeMap::new();
    let table: std::collections::BTreeSet<&str> = rules.region_quotas.keys().map(|(r, _)| r.as_str()).collect();
    let mut unknown_regions: std::collections::BTreeSet<&str> = Default::default();
    for (i, (l, at)) in lessons.iter().enumerate() {
        if !table.is_empty()
            && !l.region.is_empty()
            && !table.contains(l.region.as_str())
            && unknown_regions.insert(&l.region)
        {
            out[i].push(Problem::new(
                at.clone(),
                ProblemKind::RegionNotInTable {
                    region: l.region.clone(),
                },
            ));
        }
        if l.category == Category::Experiment && !l.subject.is_empty() {
            let allowed = experiment_subjects(&l.stage);
            if !allowed.contains(&canonical_subject(&l.subject)) {
                out[i].push(Problem::new(
                    at.clone(),
                    ProblemKind::ExperimentSubject {
                        stage: l.stage.clone(),
                        subject: l.subject.clone(),
                    },
                ));
            }
        }
        if Stage::parse(&l.stage).is_none() && l.category != Category::SpecialEducation {
            out[i].push(Problem::new(
                at.clone(),
                ProblemKind::UnknownStage { value: l.stage.clone() },
            ));
        }
        if !l.region.is_empty() {
            let n = per_region.entry((l.region.clone(), l.category)).or_insert(0);
            *n += 1;
            if let Some(quota) = rules.region_quotas.get(&(l.region.clone(), l.category)) {
                if *n > *quota {
                    out[i].push(Problem::new(
                        at.clone(),
                        ProblemKind::OverQuota {
                            region: l.region.clone(),
                            category: l.category.to_string(),
                            count: *n,
                            quota: *quota,
                        },
                    ));
                }
            }
        }
        if rules.one_per_node && !l.node.is_empty() {
            match nodes.get(&(l.category, l.region.clone(), l.node.clone())) {
                Some(first) => out[i].push(Problem::new(
                    at.clone(),
                    ProblemKind::SameNode {
                        node: l.node.clone(),
                        region: l.region.clone(),
                        other: lessons[*first].0.title.clone(),
                    },
                )),
                None => {
                    nodes.insert((l.category, l.region.clone(), l.node.clone()), i);
                }
            }
        }
    }
    out
}

/// The distinct values of a field, sorted, for filters.
pub fn distinct<'a>(lessons: impl Iterator<Item = &'a str>) -> Vec<String> {
    lessons
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect()
}

/// What a spreadsheet cell holds (Excel and WPS): every sheet we write puts a field in one cell.
pub const CELL_MAX_CHARS: usize = 32_767;

/// The fields of a row longer than a cell can hold, each named by its place: refused at import,
/// where the file, sheet, row and column are known, not when an export later fails.
pub fn too_long(at: &Location, fields: &[(&Option<FieldText>, &str)]) -> Vec<Problem> {
    fields
        .iter()
        .filter_map(|(f, column)| {
            let f = f.as_ref()?;
            let length = f.text.chars().count();
            (length > CELL_MAX_CHARS).then(|| {
                Problem::new(
                    f.at(at),
                    ProblemKind::TooLong {
                        field: (*column).to_owned(),
                        length: length as u32,
                        max: CELL_MAX_CHARS as u32,
                    },
                )
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stages_normalize() {
        assert_eq!(normalize_stage("普通高中"), "高中");
        assert_eq!(normalize_stage("初级中学"), "初中");
        assert_eq!(normalize_stage("小学（1-6年级）"), "小学");
        assert_eq!(normalize_stage("培智学校"), "培智学校");
    }

    #[test]
    fn teachers_split_on_every_separator() {
        assert_eq!(
            split_teachers("张三、李四，王五,赵六;钱七；孙八/周九 吴十\u{3000}郑十一"),
            ["张三", "李四", "王五", "赵六", "钱七", "孙八", "周九", "吴十", "郑十一"]
        );
        assert_eq!(split_teachers(" 张三 "), ["张三"]);
    }

    #[test]
    fn experiment_subjects_follow_the_notice() {
        assert!(experiment_subjects("小学").contains(&"科学"));
        assert!(!experiment_subjects("小学").contains(&"物理"));
        assert!(experiment_subjects("高中").contains(&"通用技术"));
        assert_eq!(canonical_subject("生物"), "生物学");
    }
}

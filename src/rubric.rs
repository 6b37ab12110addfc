//! Rubrics (评价指标): the indicators a judge scores, with their weights, plus the veto items
//! (一票否决) and the materials a lesson must submit.
//!
//! Parsing is two-step: [`RawRubric`] mirrors the TOML file loosely (every field optional and
//! spanned), and [`Rubric::from_toml`] validates it into a [`Rubric`] whose fields are private,
//! reporting every problem with its line at once. A `Rubric` that exists is valid: weights are
//! positive, sum to 100, are multiples of `step`, ids are unique, names are not empty.

use std::collections::BTreeMap;
use std::ops::Range;
use std::path::Path;

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use toml::Spanned;

use crate::category::Category;
use crate::error::{Location, ProblemKind, Report};
use crate::ids::id_newtype;
use crate::points::Points;
use crate::toml_source::{Field, Source};

/// What the weights of every rubric must add up to.
pub const TOTAL_WEIGHT: Points = Points::whole(100);

id_newtype!(
    /// A rubric's id, unique in a library (e.g. `2024-学科课程`).
    RubricId
);
id_newtype!(
    /// An indicator's id, unique within its rubric (e.g. `i01`).
    IndicatorId
);

/// The file as written, before validation.
#[derive(Debug, Deserialize)]
pub struct RawRubric {
    id: Field,
    year: Field,
    category: Field,
    title: Field,
    source: Field,
    step: Field,
    #[serde(default)]
    indicator: Vec<Spanned<RawIndicator>>,
    #[serde(default)]
    veto: Vec<Spanned<RawVeto>>,
    #[serde(default)]
    material: Vec<Spanned<RawMaterial>>,
    /// 形式审查 rules (see [`crate::submission`]).
    #[serde(default)]
    check: Option<Spanned<crate::submission::SubmissionRules>>,
}

#[derive(Debug, Deserialize)]
struct RawIndicator {
    id: Field,
    group: Field,
    name: Field,
    description: Field,
    weight: Field,
}

#[derive(Debug, Deserialize)]
struct RawVeto {
    id: Field,
    name: Field,
    basis: Field,
}

#[derive(Debug, Deserialize)]
struct RawMaterial {
    name: Field,
    required: Field,
    note: Field,
}

/// One scored indicator: 一级指标 (group) / 二级指标 (name) / 指标描述 / 权重.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Indicator {
    id: IndicatorId,
    group: String,
    name: String,
    description: String,
    weight: Points,
}

impl Indicator {
    pub fn id(&self) -> &IndicatorId {
        &self.id
    }
    pub fn group(&self) -> &str {
        &self.group
    }
    pub fn name(&self) -> &str {
        &self.name
    }
    pub fn description(&self) -> &str {
        &self.description
    }
    pub fn weight(&self) -> Points {
        self.weight
    }
}

/// A basic requirement whose breach disqualifies a lesson whatever its score (一票否决).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Veto {
    id: String,
    name: String,
    /// Where the requirement comes from, e.g. the notice's clause.
    basis: String,
}

impl Veto {
    pub fn id(&self) -> &str {
        &self.id
    }
    pub fn name(&self) -> &str {
        &self.name
    }
    pub fn basis(&self) -> &str {
        &self.basis
    }
}

/// A material a lesson submits; `required = false` marks what the category may omit.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Material {
    name: String,
    required: bool,
    note: String,
}

impl Material {
    pub fn name(&self) -> &str {
        &self.name
    }
    pub fn required(&self) -> bool {
        self.required
    }
    pub fn note(&self) -> &str {
        &self.note
    }
}

/// Everything a rubric says; hashed as a whole so a session can pin the exact version it used.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct RubricContent {
    id: RubricId,
    year: u16,
    category: Category,
    title: String,
    source: String,
    step: Points,
    indicators: Vec<Indicator>,
    vetoes: Vec<Veto>,
    materials: Vec<Material>,
    /// 形式审查 rules; absent from older rubrics (and then not part of the hash).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    check: Option<crate::submission::SubmissionRules>,
}

/// A validated rubric.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Rubric {
    #[serde(flatten)]
    content: RubricContent,
    /// Total of the weights (always 100 for a valid rubric; sent so views need not add).
    total: Points,
    /// SHA-256 of the canonical JSON of `content`, lowercase hex.
    content_hash: String,
}

impl Rubric {
    pub fn id(&self) -> &RubricId {
        &self.content.id
    }
    pub fn year(&self) -> u16 {
        self.content.year
    }
    pub fn category(&self) -> Category {
        self.content.category
    }
    pub fn title(&self) -> &str {
        &self.content.title
    }
    pub fn source(&self) -> &str {
        &self.content.source
    }
    pub fn step(&self) -> Points {
        self.content.step
    }
    pub fn indicators(&self) -> &[Indicator] {
        &self.content.indicators
    }
    pub fn vetoes(&self) -> &[Veto] {
        &self.content.vetoes
    }
    /// The same rubric with these 形式审查 rules (for checking only: the hash is recomputed).
    pub fn with_check(&self, check: Option<crate::submission::SubmissionRules>) -> Rubric {
        let mut content = self.content.clone();
        content.check = check;
        Rubric::seal(content)
    }

    /// The 形式审查 rules, when the rubric has them.
    pub fn check(&self) -> Option<&crate::submission::SubmissionRules> {
        self.content.check.as_ref()
    }
    pub fn materials(&self) -> &[Material] {
        &self.content.materials
    }
    pub fn total(&self) -> Points {
        self.total
    }
    pub fn content_hash(&self) -> &str {
        &self.content_hash
    }

    /// Parses and validates a rubric file's text; `path` is only used to name the file in problems.
    pub fn from_toml(text: &str, path: &Path) -> Result<Rubric, Report> {
        let src = Source { path, text };
        let mut report = Report::default();
        let Some(raw) = src.parse::<RawRubric>(&mut report) else {
            return Err(report);
        };
        Rubric::from_raw(raw, &src, &mut report).ok_or(report)
    }

    fn from_raw(raw: RawRubric, src: &Source<'_>, report: &mut Report) -> Option<Rubric> {
        let top = 0..0;
        let id = src.text(report, &raw.id, "id", &top);
        let year = src.year(report, &raw.year, &top);
        let category = src.text(report, &raw.category, "category", &top).and_then(|c| {
            let parsed = Category::parse(&c);
            if parsed.is_none() {
                let span = raw.category.as_ref().map(|v| v.span()).unwrap_or_default();
                report.push(src.at(&span), ProblemKind::UnknownCategory { value: c });
            }
            parsed
        });
        let title = src.text(report, &raw.title, "title", &top);
        let source = src.text(report, &raw.source, "source", &top);
        let step = src.points(report, &raw.step, "step", &top).and_then(|s| {
            if s == Points::ZERO {
                let span = raw.step.as_ref().map(|v| v.span()).unwrap_or_default();
                report.push(src.at(&span), ProblemKind::StepNotPositive);
                None
            } else {
                Some(s)
            }
        });

        let indicators = validate_indicators(&raw.indicator, step, src, report);
        let vetoes = validate_vetoes(&raw.veto, src, report);
        let materials: Vec<Material> = raw
            .material
            .iter()
            .filter_map(|m| {
                let span = m.span();
                let m = m.get_ref();
                let name = src.text(report, &m.name, "material.name", &span)?;
                Some(Material {
                    name,
                    required: src.optional_bool(report, &m.required, "material.required", true),
                    note: src.optional_text(report, &m.note, "material.note"),
                })
            })
            .collect();

        let check = raw.check.map(|c| {
            let span = c.span();
            let rules = c.into_inner();
            for f in &rules.files {
                if !materials.iter().any(|m| m.name == f.material) {
                    report.push(
                        src.at(&span),
                        ProblemKind::WrongType {
                            field: format!("check.file ({})", f.material),
                            expected: "a material named in [[material]]".into(),
                        },
                    );
                }
            }
            rules
        });
        if !report.is_empty() {
            return None;
        }
        let content = RubricContent {
            id: RubricId::new(id?),
            year: year?,
            category: category?,
            title: title?,
            source: source?,
            step: step?,
            indicators: indicators?,
            vetoes,
            materials,
            check,
        };
        let rubric = Rubric::seal(content);
        rubric.fits_a_cell(src.path, report);
        report.is_empty().then_some(rubric)
    }

    /// A score sheet carries the whole rubric in one hidden cell (so the judge's app needs nothing
    /// else): a rubric longer than a cell holds is refused here, naming the file, rather than making
    /// every sheet export fail later.
    fn fits_a_cell(&self, file: &Path, report: &mut Report) {
        let length = self.to_toml().chars().count();
        if length > crate::roster::CELL_MAX_CHARS {
            report.push(
                Location::file(file),
                ProblemKind::TooLong {
                    field: "评分标准全文".into(),
                    length: length as u32,
                    max: crate::roster::CELL_MAX_CHARS as u32,
                },
            );
        }
    }

    fn seal(content: RubricContent) -> Rubric {
        let canonical = serde_json::to_vec(&content).expect("rubric content always serializes");
        let content_hash = format!("{:x}", Sha256::digest(&canonical));
        let total = content.indicators.iter().map(|i| i.weight).sum();
        Rubric {
            content,
            total,
            content_hash,
        }
    }

    /// The rubric as a TOML file in the format `from_toml` reads.
    pub fn to_toml(&self) -> String {
        #[derive(Serialize)]
        struct Out<'a> {
            id: &'a str,
            year: u16,
            category: &'a str,
            title: &'a str,
            source: &'a str,
            step: toml::Value,
            indicator: Vec<OutIndicator<'a>>,
            #[serde(skip_serializing_if = "Vec::is_empty")]
            veto: Vec<OutVeto<'a>>,
            #[serde(skip_serializing_if = "Vec::is_empty")]
            material: Vec<OutMaterial<'a>>,
            #[serde(skip_serializing_if = "Option::is_none")]
            check: Option<&'a crate::submission::SubmissionRules>,
        }
        #[derive(Serialize)]
        struct OutIndicator<'a> {
            id: &'a str,
            group: &'a str,
            name: &'a str,
            description: &'a str,
            weight: toml::Value,
        }
        #[derive(Serialize)]
        struct OutVeto<'a> {
            id: &'a str,
            name: &'a str,
            basis: &'a str,
        }
        #[derive(Serialize)]
        struct OutMaterial<'a> {
            name: &'a str,
            required: bool,
            #[serde(skip_serializing_if = "str::is_empty")]
            note: &'a str,
        }
        fn number(p: Points) -> toml::Value {
            if p.tenths() % 10 == 0 {
                toml::Value::Integer(i64::from(p.tenths() / 10))
            } else {
                toml::Value::Float(f64::from(p.tenths()) / 10.0)
            }
        }
        let c = &self.content;
        let out = Out {
            id: c.id.as_str(),
            year: c.year,
            category: c.category.name(),
            title: &c.title,
            source: &c.source,
            step: number(c.step),
            indicator: c
                .indicators
                .iter()
                .map(|i| OutIndicator {
                    id: i.id.as_str(),
                    group: &i.group,
                    name: &i.name,
                    description: &i.description,
                    weight: number(i.weight),
                })
                .collect(),
            veto: c
                .vetoes
                .iter()
                .map(|v| OutVeto {
                    id: &v.id,
                    name: &v.name,
                    basis: &v.basis,
                })
                .collect(),
            material: c
                .materials
                .iter()
                .map(|m| OutMaterial {
                    name: &m.name,
                    required: m.required,
                    note: &m.note,
                })
                .collect(),
            check: c.check.as_ref(),
        };
        toml::to_string(&out).expect("rubric always serializes to toml")
    }
}

fn validate_indicators(
    raw: &[Spanned<RawIndicator>],
    step: Option<Points>,
    src: &Source<'_>,
    report: &mut Report,
) -> Option<Vec<Indicator>> {
    if raw.is_empty() {
        report.push(Location::file(src.path), ProblemKind::NoIndicators);
        return None;
    }
    let mut seen: BTreeMap<String, u32> = BTreeMap::new();
    // names head the score sheet's columns: two that read the same would share a column
    let mut seen_names: BTreeMap<String, u32> = BTreeMap::new();
    let mut out = Vec::with_capacity(raw.len());
    let mut complete = true;
    for item in raw {
        let span: Range<usize> = item.span();
        let i = item.get_ref();
        let id = src.text(report, &i.id, "indicator.id", &span);
        let group = src.text(report, &i.group, "indicator.group", &span);
        let name = src.text(report, &i.name, "indicator.name", &span);
        let description = src.optional_text(report, &i.description, "indicator.description");
        let weight = src.points(report, &i.weight, "indicator.weight", &span);
        let label = name.clone().or_else(|| id.clone()).unwrap_or_default();
        let weight_at = i.weight.as_ref().map(|w| w.span()).unwrap_or(span.clone());
        if let Some(id) = &id {
            let line = src.line_of(i.id.as_ref().map(|v| v.span().start).unwrap_or(span.start));
            if let Some(first) = seen.get(id) {
                report.push(
                    Location::line(src.path, Some(line)),
                    ProblemKind::DuplicateId {
                        id: id.clone(),
                        first_line: Some(*first),
                    },
                );
            } else {
                seen.insert(id.clone(), line);
            }
        }
        if let Some(n) = &name {
            let line = src.line_of(i.name.as_ref().map(|v| v.span().start).unwrap_or(span.start));
            match seen_names.get(&indicator_key(n)) {
                Some(first) => report.push(
                    Location::line(src.path, Some(line)),
                    ProblemKind::DuplicateId {
                        id: n.clone(),
                        first_line: Some(*first),
                    },
                ),
                None => {
                    seen_names.insert(indicator_key(n), line);
                }
            }
        }
        if let Some(w) = weight {
            if w == Points::ZERO {
                report.push(
                    src.at(&weight_at),
                    ProblemKind::WeightNotPositive {
                        indicator: label.clone(),
                    },
                );
            } else if let Some(step) = step.filter(|s| *s != Points::ZERO && !w.is_multiple_of(*s)) {
                report.push(
                    src.at(&weight_at),
                    ProblemKind::StepMismatch {
                        indicator: label.clone(),
                        weight: w.to_string(),
                        step: step.to_string(),
                    },
                );
            }
        }
        match (id, group, name, weight) {
            (Some(id), Some(group), Some(name), Some(weight)) => out.push(Indicator {
                id: IndicatorId::new(id),
                group,
                name,
                description,
                weight,
            }),
            _ => complete = false,
        }
    }
    if complete {
        let sum: Points = out.iter().map(|i| i.weight).sum();
        if sum != TOTAL_WEIGHT {
            report.push(
                src.at(&raw[0].span()),
                ProblemKind::WeightSum {
                    sum: sum.to_string(),
                    expected: TOTAL_WEIGHT.to_string(),
                },
            );
        }
    }
    complete.then_some(out)
}

fn validate_vetoes(raw: &[Spanned<RawVeto>], src: &Source<'_>, report: &mut Report) -> Vec<Veto> {
    let mut seen: BTreeMap<String, u32> = BTreeMap::new();
    let mut out = Vec::new();
    for item in raw {
        let span = item.span();
        let v = item.get_ref();
        let id = src.text(report, &v.id, "veto.id", &span);
        let name = src.text(report, &v.name, "veto.name", &span);
        let basis = src.optional_text(report, &v.basis, "veto.basis");
        if let Some(id) = &id {
            let line = src.line_of(span.start);
            if let Some(first) = seen.get(id) {
                report.push(
                    Location::line(src.path, Some(line)),
                    ProblemKind::DuplicateId {
                        id: id.clone(),
                        first_line: Some(*first),
                    },
                );
            } else {
                seen.insert(id.clone(), line);
            }
        }
        if let (Some(id), Some(name)) = (id, name) {
            out.push(Veto { id, name, basis });
        }
    }
    out
}

/// A rubric read from a spreadsheet, before validation; built by `import::rubric_sheet`.
#[derive(Debug, Clone)]
pub struct SheetRubric {
    pub id: String,
    pub year: u16,
    pub category: Category,
    pub title: String,
    pub source: String,
    pub step: Points,
    pub rows: Vec<SheetIndicator>,
}

/// One indicator row of a spreadsheet, with the place it came from.
#[derive(Debug, Clone)]
pub struct SheetIndicator {
    pub location: Location,
    pub group: String,
    pub name: String,
    pub description: String,
    pub weight: Points,
}

impl SheetRubric {
    /// Validates with the same rules as a TOML file. Veto items are the notice's basic
    /// requirements, which hold for every category, so an imported rubric gets them too.
    pub fn validate(self, file: &Path) -> Result<Rubric, Report> {
        let mut report = Report::default();
        if self.rows.is_empty() {
            report.push(Location::file(file), ProblemKind::NoIndicators);
        }
        if self.step == Points::ZERO {
            report.push(Location::file(file), ProblemKind::StepNotPositive);
        }
        let mut indicators = Vec::new();
        // as a TOML file: names head the score sheet's columns, so two that read the same (方法指导
        // under two 一级指标) are refused here, not written for the library to reject later
        let mut seen_names: BTreeMap<String, Option<u32>> = BTreeMap::new();
        for (n, row) in self.rows.into_iter().enumerate() {
            let label = row.name.clone();
            if !row.name.is_empty() {
                match seen_names.get(&indicator_key(&row.name)) {
                    Some(first) => report.push(
                        row.location.clone(),
                        ProblemKind::DuplicateId {
                            id: row.name.clone(),
                            first_line: *first,
                        },
                    ),
                    None => {
                        seen_names.insert(indicator_key(&row.name), row.location.row);
                    }
                }
            }
            for (field, value) in [("一级指标", &row.group), ("二级指标", &row.name)] {
                if value.is_empty() {
                    report.push(row.location.clone(), ProblemKind::EmptyValue { field: field.into() });
                }
            }
            for (field, value) in [
                ("一级指标", &row.group),
                ("二级指标", &row.name),
                ("指标描述", &row.description),
            ] {
                let length = value.chars().count();
                if length > crate::roster::CELL_MAX_CHARS {
                    report.push(
                        row.location.clone(),
                        ProblemKind::TooLong {
                            field: field.into(),
                            length: length as u32,
                            max: crate::roster::CELL_MAX_CHARS as u32,
                        },
                    );
                }
            }
            if row.weight == Points::ZERO {
                report.push(
                    row.location.clone(),
                    ProblemKind::WeightNotPositive { indicator: label },
                );
            } else if self.step != Points::ZERO && !row.weight.is_multiple_of(self.step) {
                report.push(
                    row.location.clone(),
                    ProblemKind::StepMismatch {
                        indicator: label,
                        weight: row.weight.to_string(),
                        step: self.step.to_string(),
                    },
                );
            }
            indicators.push(Indicator {
                id: IndicatorId::new(format!("i{:02}", n + 1)),
                group: row.group,
                name: row.name,
                description: row.description,
                weight: row.weight,
            });
        }
        let sum: Points = indicators.iter().map(|i| i.weight).sum();
        if !indicators.is_empty() && sum != TOTAL_WEIGHT {
            report.push(
                Location::file(file),
                ProblemKind::WeightSum {
                    sum: sum.to_string(),
                    expected: TOTAL_WEIGHT.to_string(),
                },
            );
        }
        if !report.is_empty() {
            return Err(report);
        }
        let rubric = Rubric::seal(RubricContent {
            id: RubricId::new(self.id),
            year: self.year,
            category: self.category,
            title: self.title,
            source: self.source,
            step: self.step,
            indicators,
            vetoes: standard_vetoes(),
            materials: default_materials(self.category),
            check: crate::submission::category_check(self.category),
        });
        rubric.fits_a_cell(file, &mut report);
        report.finish(|| rubric)
    }
}

/// The four basic requirements of every notice (质量要求), as veto items.
pub fn standard_vetoes() -> Vec<Veto> {
    const ITEMS: [(&str, &str, &str); 4] = [
        (
            "direction",
            "方向性错误（意识形态、民族宗教、领土国界等）",
            "质量要求（一）坚持正确方向",
        ),
        ("advertising", "含广告", "质量要求（四）注重制作规范：不得有任何广告"),
        ("plagiarism", "抄袭/冒名顶替/非原创", "质量要求（五）保证内容原创"),
        (
            "language",
            "未使用国家通用语言文字（外语课程除外）",
            "质量要求（四）注重制作规范：应使用国家通用语言文字",
        ),
    ];
    ITEMS
        .iter()
        .map(|(id, name, basis)| Veto {
            id: (*id).into(),
            name: (*name).into(),
            basis: (*basis).into(),
        })
        .collect()
}

/// The materials each category submits, per the notices (2024 附件1 and 质量要求; 2025 质量要求
/// for 人工智能教育 and 阅读课). Imported spreadsheet rubrics get these; the built-in rubric files
/// list the same (a test keeps them in step).
pub fn default_materials(category: Category) -> Vec<Material> {
    let m = |name: &str, required: bool, note: &str| Material {
        name: name.into(),
        required,
        note: note.into(),
    };
    let micro_video = m(
        "微课视频",
        true,
        "小学10—15分钟、中学15—20分钟；每课时一个，最多3个课时",
    );
    let lab_video = m("实验视频", false, "如有实验内容，可提供");
    match category {
        Category::Subject => vec![
            micro_video,
            m("教学设计", true, ""),
            m("学习任务单", true, ""),
            m("课件", true, ""),
            m("作业练习", true, ""),
            lab_video,
        ],
        Category::SpecialEducation => vec![
            micro_video,
            m("教学设计", true, ""),
            m("学习任务单", true, ""),
            m("课件", true, ""),
            m("作业练习", false, "特殊教育类可不提交作业练习"),
            lab_video,
        ],
        Category::Experiment => vec![
            m("实验教学视频", true, "一节完整实验课的实录，一般35—45分钟"),
            m("实验教学设计", true, ""),
            m("导学案", true, ""),
            m("课件", true, ""),
            m("学生导学案扫描件", true, "至少3份学生完成后的导学案"),
            m("参与工作的佐证材料", true, "署名作者不超过5人"),
        ],
        Category::ArtificialIntelligence => vec![
            micro_video,
            m("教学设计", true, ""),
            m("学习任务单", true, ""),
            m("课件", true, ""),
            m("实践作业", true, "人工智能教育类以实践作业代替作业练习"),
        ],
        Category::Reading => vec![
            micro_video,
            m("教学设计", true, ""),
            m("学习任务单", true, ""),
            m("课件", true, ""),
            m("作业练习", false, "阅读课类可不提交作业练习"),
        ],
    }
}

/// An indicator name as the score sheet's reader compares it: brackets of either width alike,
/// spaces ignored.
pub fn indicator_key(name: &str) -> String {
    name.chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| match c {
            '（' => '(',
            '）' => ')',
            _ => c,
        })
        .collect()
}

//! The settings of an evaluation session (评审活动): what it covers and the rules it applies.
//!
//! Defaults are the notices' rules where they state one (one lesson per catalog node; in 特殊教育,
//! 语文 + 数学 + 生活适应 at most 80% of picks — 教基厅函〔2024〕22号) and visible, changeable
//! choices where they are silent (judges per lesson, trimming, gap threshold, prizes). The file
//! format is documented with an example at `examples/session.toml`.

use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::category::Category;
use crate::error::{Location, ProblemKind, Report};
use crate::library::Library;
use crate::points::Points;

/// The level a session selects at.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum Level {
    #[serde(rename = "县级")]
    County,
    #[serde(rename = "市级")]
    City,
    #[serde(rename = "省级")]
    Province,
    #[serde(rename = "部级")]
    National,
}

impl Level {
    /// Every level, county first (the order a new-session form offers them).
    pub const ALL: [Level; 4] = [Level::County, Level::City, Level::Province, Level::National];
}

/// How judges' totals become a lesson's score.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
#[derive(strum::IntoStaticStr)]
#[strum(serialize_all = "snake_case")]
pub enum Aggregation {
    Mean,
    TrimmedMean,
    Median,
    Zscore,
    /// Each total = lesson quality + judge severity + noise, least squares per panel
    /// (`fairness::fit`); the lesson's quality estimate is ranked.
    SeverityAdjusted,
}

impl Aggregation {
    /// Every method, in the order the settings page offers them.
    pub const ALL: [Aggregation; 5] = [
        Aggregation::Mean,
        Aggregation::TrimmedMean,
        Aggregation::Median,
        Aggregation::Zscore,
        Aggregation::SeverityAdjusted,
    ];

    /// The method's stable code (`mean`, …), as serialized.
    pub fn code(self) -> &'static str {
        self.into()
    }
}

/// Whether every judge of a panel scores every lesson, or N judges per lesson.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum AssignmentMode {
    PerLesson,
    WholePanel,
}

/// A cap on the share of picks some subjects may take within a category.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct SubjectCap {
    pub category: Category,
    pub subjects: Vec<String>,
    /// At most this percentage of the category's recommended lessons.
    pub max_percent: u32,
}

impl SubjectCap {
    /// Whether a lesson of `subject` counts under the cap. The notice's "语文、数学、生活适应"
    /// names the subjects of all three kinds of special school: a 培智 school teaches 语文 and 数学
    /// as 生活语文 and 生活数学, so those count as 语文 and 数学 (DESIGN.md §8).
    pub fn covers(&self, subject: &str) -> bool {
        self.subjects.iter().any(|s| cap_covers(s, subject))
    }
}

/// Whether a cap's subject `named` covers a lesson's `subject` (itself, or its 培智 name 生活…).
pub fn cap_covers(named: &str, subject: &str) -> bool {
    named == subject || subject.strip_prefix("生活") == Some(named)
}

/// A prize tier given to the top of the ranking, by count or by share of the recommended lessons.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct PrizeTier {
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub count: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub percent: Option<u32>,
}

/// One category the session covers, with its rubric and quota.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct CategorySetup {
    pub category: Category,
    /// The rubric's id in the library at creation; the session keeps its own copy.
    pub rubric: String,
    /// How many lessons the session may recommend in this category.
    pub quota: u32,
}

/// Where the quotas come from when a quota table is used.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct QuotaSource {
    /// A quota table id, e.g. `2024-national`.
    pub table: String,
    /// The session's own region in that table: its row gives the category quotas.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
    /// Limit each lesson's recommending region to its row (a province dividing its quota among
    /// its cities, like the Jiangsu table).
    #[serde(default)]
    pub per_region: bool,
}

/// Where one lesson per teacher holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum TeacherScope {
    Session,
    Category,
}

/// The rules a session applies. Every field has a default; see `examples/session.toml`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(default, deny_unknown_fields)]
pub struct Rules {
    pub aggregation: Aggregation,
    /// For `trimmed_mean`: totals dropped at each end.
    pub trim: u32,
    /// For `zscore`: a judge with fewer scores is not standardized.
    pub zscore_min_scores: u32,
    /// A lesson whose judges' totals spread (max − min) more than this is held, however many judges
    /// it has, until the chair arbitrates, accepts it or asks for a third review that comes back.
    pub gap_threshold: Points,
    /// Lessons below this final score are not recommended: 0–100, at most two decimals (the
    /// displayed precision), checked with its key when the settings are read.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub min_score: Option<f64>,
    pub one_per_node: bool,
    pub one_per_teacher: bool,
    /// Where one lesson per teacher holds: across the whole session (a teacher recommended in
    /// 学科课程 is not recommended again in 实验教学, categories taken in the session's order), or
    /// within each category.
    pub teacher_scope: TeacherScope,
    /// Picks must include 小学, 初中 and 高中 lessons (Jiangsu 2023).
    pub stage_coverage: bool,
    /// At most this many picks per school per subject per category (Zhanjiang: 1 for city-direct schools).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub per_school_subject_cap: Option<u32>,
    pub subject_caps: Vec<SubjectCap>,
    pub judges_per_lesson: u32,
    pub assignment: AssignmentMode,
    /// Besides the own school (always), recuse judges from lessons of their own region. Unset: on
    /// when the judges list names a region for any judge (an office that lists 所在地区 expects it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recuse_same_region: Option<bool>,
    /// How many judges must mark a veto item to disqualify a lesson (any items, on a scored row or
    /// not; a judge marking two counts once).
    pub veto_min_judges: u32,
    pub prizes: Vec<PrizeTier>,
    /// Alternates (候补) per category: `ceil(quota × this / 100)`, numbered in rank order.
    pub alternates_percent: u32,
    /// A judge is flagged 偏严 / 偏宽 when the 95 % interval of their severity lies more than this
    /// many points below / above zero (`jingpin calibrate`).
    pub severity_margin: Points,
    /// How long the bar register (失信名单) bars a teacher: the year found and this many after
    /// (郑州 2023: 「5年内不得参与精品课评优」).
    pub bar_years: u16,
}

impl Default for Rules {
    fn default() -> Self {
        Rules {
            aggregation: Aggregation::Mean,
            trim: 1,
            zscore_min_scores: 5,
            gap_threshold: Points::whole(20),
            min_score: None,
            one_per_node: true,
            one_per_teacher: false,
            teacher_scope: TeacherScope::Session,
            stage_coverage: false,
            per_school_subject_cap: None,
            subject_caps: vec![SubjectCap {
                category: Category::SpecialEducation,
                subjects: vec!["语文".into(), "数学".into(), "生活适应".into()],
                max_percent: 80,
            }],
            judges_per_lesson: 3,
            assignment: AssignmentMode::PerLesson,
            recuse_same_region: None,
            veto_min_judges: 1,
            prizes: Vec::new(),
            alternates_percent: 20,
            severity_margin: Points::whole(1),
            bar_years: 5,
        }
    }
}

/// The session file's settings as written (TOML), before they are resolved against the library.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawSettings {
    pub name: String,
    /// 填报单位: the office that files the results (printed on every exported sheet).
    #[serde(default)]
    pub unit: String,
    pub level: Level,
    pub year: u16,
    #[serde(default)]
    pub quota_table: Option<QuotaSource>,
    #[serde(rename = "category", default)]
    pub categories: Vec<RawCategory>,
    #[serde(default)]
    pub rules: Rules,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawCategory {
    pub category: Category,
    /// Defaults to the newest library rubric of the category not after the session's year.
    #[serde(default)]
    pub rubric: Option<String>,
    /// Defaults to the quota table's row for `quota_table.region`.
    #[serde(default)]
    pub quota: Option<u32>,
}

/// A recommending region's quota in one category, copied from the quota table when
/// `quota_table.per_region` is on, so the session never depends on library files again.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct RegionQuota {
    pub region: String,
    pub category: Category,
    pub quota: u32,
}

/// Validated, resolved settings.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Settings {
    pub name: String,
    /// 填报单位: the office that files the results (printed on every exported sheet).
    #[serde(default)]
    pub unit: String,
    pub level: Level,
    pub year: u16,
    pub quota_table: Option<QuotaSource>,
    pub categories: Vec<CategorySetup>,
    pub rules: Rules,
    #[serde(default)]
    pub region_quotas: Vec<RegionQuota>,
}

impl Settings {
    /// A county-level session covering the three 2024 categories with the built-in rubrics.
    pub fn default_for(name: &str, year: u16, library: &Library) -> Result<Settings, Report> {
        let raw = RawSettings {
            name: name.to_owned(),
            unit: String::new(),
            level: Level::County,
            year,
            quota_table: None,
            categories: Category::NOTICE_2024
                .into_iter()
                .map(|category| RawCategory {
                    category,
                    rubric: None,
                    quota: Some(0),
                })
                .collect(),
            rules: Rules::default(),
        };
        raw.resolve(library, Path::new("<defaults>"))
    }

    /// A new session's settings with its quotas from a quota table's row (e.g. `2024-national` +
    /// 广东 → 700 / 175 / 35), covering `categories` (default: the table's own categories) with the
    /// newest library rubric of each; a missing table or region is reported, never a silent 0.
    pub fn from_quota_table(
        name: &str,
        year: u16,
        level: Option<Level>,
        source: QuotaSource,
        library: &Library,
    ) -> Result<Settings, Report> {
        let categories = library
            .quota(&source.table)
            .map(|t| t.categories().to_vec())
            .unwrap_or_default();
        RawSettings {
            name: name.to_owned(),
            unit: String::new(),
            level: level.unwrap_or(Level::County),
            year,
            quota_table: Some(source),
            categories: categories
                .into_iter()
                .filter(|c| library.rubrics.iter().any(|r| r.item.category() == *c))
                .map(|category| RawCategory {
                    category,
                    rubric: None,
                    quota: None,
                })
                .collect(),
            rules: Rules::default(),
        }
        .resolve(library, Path::new("<new session>"))
    }

    /// A new session's settings with quotas typed in, per category.
    pub fn with_quotas(
        name: &str,
        year: u16,
        level: Level,
        quotas: &[(Category, u32)],
        library: &Library,
    ) -> Result<Settings, Report> {
        RawSettings {
            name: name.to_owned(),
            unit: String::new(),
            level,
            year,
            quota_table: None,
            categories: quotas
                .iter()
                .map(|(category, quota)| RawCategory {
                    category: *category,
                    rubric: None,
                    quota: Some(*quota),
                })
                .collect(),
            rules: Rules::default(),
        }
        .resolve(library, Path::new("<new session>"))
    }

    pub fn from_toml(text: &str, path: &Path, library: &Library) -> Result<Settings, Report> {
        let raw: RawSettings = toml::from_str(text).map_err(|e| {
            let line = e
                .span()
                .map(|s| text[..s.start.min(text.len())].matches('\n').count() as u32 + 1);
            let mut r = Report::default();
            r.push(
                Location::line(path, line),
                ProblemKind::TomlSyntax {
                    message: e.message().to_owned(),
                },
            );
            r
        })?;
        raw.resolve(library, path)
    }

    /// Re-checks settings edited in the app against the library, with the same rules as a file.
    pub fn checked(self, library: &Library) -> Result<Settings, Report> {
        RawSettings {
            name: self.name,
            unit: self.unit,
            level: self.level,
            year: self.year,
            quota_table: self.quota_table,
            categories: self
                .categories
                .into_iter()
                .map(|c| RawCategory {
                    category: c.category,
                    rubric: Some(c.rubric),
                    quota: Some(c.quota),
                })
                .collect(),
            rules: self.rules,
        }
        .resolve(library, Path::new("<settings>"))
    }

    pub fn category(&self, category: Category) -> Option<&CategorySetup> {
        self.categories.iter().find(|c| c.category == category)
    }

    /// The session's settings as a TOML file `from_toml` reads back.
    pub fn to_toml(&self) -> String {
        #[derive(Serialize)]
        struct Out<'a> {
            name: &'a str,
            #[serde(skip_serializing_if = "str::is_empty")]
            unit: &'a str,
            level: Level,
            year: u16,
            #[serde(skip_serializing_if = "Option::is_none")]
            quota_table: &'a Option<QuotaSource>,
            category: &'a [CategorySetup],
            rules: &'a Rules,
        }
        toml::to_string(&Out {
            name: &self.name,
            unit: &self.unit,
            level: self.level,
            year: self.year,
            quota_table: &self.quota_table,
            category: &self.categories,
            rules: &self.rules,
        })
        .expect("settings always serialize")
    }
}

impl RawSettings {
    /// Checks the settings against the library (rubrics exist, quota table and region exist) and
    /// fills in defaults, reporting every problem.
    pub fn resolve(self, library: &Library, path: &Path) -> Result<Settings, Report> {
        let mut report = Report::default();
        let at = || Location::file(path);
        if self.name.trim().is_empty() {
            report.push(at(), ProblemKind::EmptyValue { field: "name".into() });
        }
        if self.categories.is_empty() {
            report.push(
                at(),
                ProblemKind::MissingField {
                    field: "category".into(),
                },
            );
        }
        let table = self.quota_table.as_ref().and_then(|q| {
            let t = library.quota(&q.table);
            if t.is_none() {
                report.push(at(), ProblemKind::UnknownQuotaTable { id: q.table.clone() });
            }
            t
        });
        let own_row = match (table, self.quota_table.as_ref().and_then(|q| q.region.as_ref())) {
            (Some(t), Some(region)) => {
                let row = t.region(region);
                if row.is_none() {
                    report.push(
                        at(),
                        ProblemKind::UnknownRegion {
                            region: region.clone(),
                            table: t.id().to_owned(),
                        },
                    );
                }
                row
            }
            _ => None,
        };
        let mut categories = Vec::new();
        for c in &self.categories {
            if categories.iter().any(|s: &CategorySetup| s.category == c.category) {
                report.push(
                    at(),
                    ProblemKind::DuplicateId {
                        id: c.category.to_string(),
                        first_line: None,
                    },
                );
                continue;
            }
            let rubric = match &c.rubric {
                Some(id) => library.rubric(id).ok(),
                None => library
                    .rubrics
                    .iter()
                    .map(|e| &e.item)
                    .filter(|r| r.category() == c.category && r.year() <= self.year)
                    .max_by_key(|r| r.year()),
            };
            let Some(rubric) = rubric else {
                report.push(
                    at(),
                    ProblemKind::NoRubric {
                        category: c.category.to_string(),
                        id: c.rubric.clone().unwrap_or_default(),
                    },
                );
                continue;
            };
            if rubric.category() != c.category {
                report.push(
                    at(),
                    ProblemKind::NoRubric {
                        category: c.category.to_string(),
                        id: rubric.id().to_string(),
                    },
                );
                continue;
            }
            let quota = match (c.quota, own_row) {
                (Some(q), _) => q,
                (None, Some(row)) => row.count(c.category),
                (None, None) => {
                    report.push(
                        at(),
                        ProblemKind::MissingField {
                            field: format!("category.quota ({})", c.category),
                        },
                    );
                    0
                }
            };
            categories.push(CategorySetup {
                category: c.category,
                rubric: rubric.id().to_string(),
                quota,
            });
        }
        let r = &self.rules;
        if let Some(m) = r.min_score {
            let hundredths = m * 100.0;
            if !(0.0..=100.0).contains(&m) || (hundredths - hundredths.round()).abs() > 1e-6 {
                report.push(
                    at(),
                    ProblemKind::WrongType {
                        field: "rules.min_score".into(),
                        expected: "a score from 0 to 100 with at most two decimals".into(),
                    },
                );
            }
        }
        if r.judges_per_lesson == 0 {
            report.push(
                at(),
                ProblemKind::EmptyValue {
                    field: "rules.judges_per_lesson".into(),
                },
            );
        }
        for cap in &r.subject_caps {
            if cap.max_percent > 100 || cap.subjects.is_empty() {
                report.push(
                    at(),
                    ProblemKind::WrongType {
                        field: "rules.subject_caps".into(),
                        expected: "subjects and a percentage 0–100".into(),
                    },
                );
            }
        }
        for p in &r.prizes {
            if p.count.is_some() == p.percent.is_some() {
                report.push(
                    at(),
                    ProblemKind::WrongType {
                        field: format!("rules.prizes ({})", p.name),
                        expected: "either count or percent".into(),
                    },
                );
            }
        }
        let region_quotas = match (table, &self.quota_table) {
            (Some(t), Some(q)) if q.per_region => t
                .regions()
                .iter()
                .flat_map(|r| {
                    categories.iter().map(move |c| RegionQuota {
                        region: r.name().to_owned(),
                        category: c.category,
                        quota: r.count(c.category),
                    })
                })
                .collect(),
            _ => Vec::new(),
        };
        report.finish(|| Settings {
            name: self.name.trim().to_owned(),
            unit: self.unit.trim().to_owned(),
            level: self.level,
            year: self.year,
            quota_table: self.quota_table,
            categories,
            rules: self.rules,
            region_quotas,
        })
    }
}

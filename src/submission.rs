//! 形式审查 rules as data: how a lesson's files are recognised as the materials its category
//! requires, and the limits its videos must meet. They live in a rubric file's `[check]` table
//! (`rubrics/*.toml`), each limit with the notice line it comes from, so an office can extend the
//! keywords or a new year's notice can change a limit without touching the code.

use serde::{Deserialize, Serialize};

/// 形式审查 rules for categories without a built-in rubric (the 2025 categories): used when a
/// session's rubric of that category has none.
pub const EMBEDDED_CHECKS: [(&str, &str); 2] = [
    ("checks/2025-ai.toml", include_str!("../rubrics/checks/2025-ai.toml")),
    (
        "checks/2025-reading.toml",
        include_str!("../rubrics/checks/2025-reading.toml"),
    ),
];

/// The built-in 形式审查 rules of a category without a built-in rubric.
pub fn category_check(category: crate::category::Category) -> Option<SubmissionRules> {
    #[derive(serde::Deserialize)]
    struct File {
        category: crate::category::Category,
        check: SubmissionRules,
    }
    EMBEDDED_CHECKS
        .iter()
        .filter_map(|(_, text)| toml::from_str::<File>(text).ok())
        .find(|f| f.category == category)
        .map(|f| f.check)
}

/// What a material file is, for the checks it gets.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum FileKind {
    /// A text document (教学设计, 学习任务单, …).
    #[default]
    Document,
    /// Slides (课件).
    Slides,
    /// Scanned pages (学生导学案扫描件).
    Scan,
    /// A video, read from the file against `[check.video]`.
    Video,
}

impl FileKind {
    /// The formats a file of this kind may have, when the rule names none.
    pub fn default_formats(self) -> &'static [&'static str] {
        match self {
            FileKind::Document => &["docx", "doc", "pdf", "wps"],
            FileKind::Slides => &["pptx", "ppt", "pdf", "dps"],
            FileKind::Scan => &["jpg", "jpeg", "png", "pdf"],
            FileKind::Video => &["mp4"],
        }
    }
}

/// When a material is required beyond `required` in the material list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum Condition {
    /// Only when the lesson has more than one author (实验教学: 佐证材料).
    SeveralAuthors,
}

/// How one material's files are recognised: by keywords in the file name (or the name of the
/// folder it sits in) and its format.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct FileRule {
    /// The material's name in the rubric's `[[material]]` list.
    pub material: String,
    #[serde(default)]
    pub kind: FileKind,
    /// Words that mark a file as this material; the first rule (in file order) whose keyword a
    /// name contains takes the file, so more specific rules come first.
    pub keywords: Vec<String>,
    /// Allowed extensions (lowercase, no dot); empty: the kind's defaults.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub formats: Vec<String>,
    /// How many files are needed (学生导学案扫描件: at least 3).
    #[serde(default = "one", skip_serializing_if = "is_one")]
    pub min_count: u32,
    /// One per 课时 (a micro-lesson's set), rather than once per lesson.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub per_hour: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub when: Option<Condition>,
    /// The notice line the rule comes from.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub source: String,
}

fn one() -> u32 {
    1
}

fn is_one(n: &u32) -> bool {
    *n == 1
}

impl FileRule {
    pub fn formats(&self) -> Vec<&str> {
        if self.formats.is_empty() {
            self.kind.default_formats().to_vec()
        } else {
            self.formats.iter().map(String::as_str).collect()
        }
    }
}

/// A duration range for the stages it names (empty: any stage).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct DurationRule {
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub stages: Vec<String>,
    pub min_minutes: f64,
    pub max_minutes: f64,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub source: String,
}

/// The limits a category's videos must meet (errors), and the advice they should follow
/// (warnings).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct VideoRules {
    /// The notice line the limits come from.
    pub source: String,
    /// `H.264`.
    pub codec: String,
    pub width: u32,
    pub height: u32,
    /// Frames per second.
    pub fps: f64,
    /// `AAC`.
    pub audio: String,
    pub max_megabytes: u32,
    pub durations: Vec<DurationRule>,
    /// Advice: overall bitrate near this (warning when far off).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub advice_mbps: Option<f64>,
    /// Advice: audio bitrate near this.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub advice_audio_kbps: Option<f64>,
}

impl VideoRules {
    /// The duration range for a lesson of `stage`.
    pub fn duration_for(&self, stage: &str) -> Option<&DurationRule> {
        self.durations
            .iter()
            .find(|d| d.stages.iter().any(|s| s == stage))
            .or_else(|| self.durations.iter().find(|d| d.stages.is_empty()))
    }
}

/// A category's 形式审查 rules (`[check]` in a rubric file).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct SubmissionRules {
    /// The notice the rules come from.
    pub source: String,
    /// At most this many 课时 (sets of per-hour materials) per lesson.
    pub max_hours: u32,
    #[serde(rename = "file")]
    pub files: Vec<FileRule>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub video: Option<VideoRules>,
}

impl Eq for SubmissionRules {}
impl Eq for VideoRules {}
impl Eq for DurationRule {}

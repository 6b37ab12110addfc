//! What a screening found, as stored, printed and shown: both sides of every finding with its
//! passages, the files not screened with the reason, and what was screened against what.

use serde::{Deserialize, Serialize};

use super::extract::Unscreened;
use super::Options;

/// An archived lesson, as a finding names it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ArchiveLesson {
    pub year: i32,
    /// The session it was archived from.
    pub session: String,
    pub lesson: String,
    pub title: String,
    pub region: String,
    pub school: String,
    pub teachers: Vec<String>,
    pub subject: String,
    pub node: String,
    /// Its outcome that year (推荐/候补/未推荐 and the prize), as the results said.
    pub prize: String,
}

/// One side of a finding.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Side {
    /// The lesson's id (课程编号), this year's or the archive's.
    pub lesson: String,
    pub title: String,
    /// The file, relative to the lesson's folder.
    pub file: String,
    /// The content hash of the file; its text is kept with the screening.
    pub hash: String,
    /// Characters compared (Chinese characters, letters and digits), and of them the document's
    /// own: outside the references and boilerplate (the coverage's denominator).
    pub chars: u32,
    pub own: u32,
    /// For an archive document: the year, region, school, teachers and outcome it was archived with.
    pub archive: Option<ArchiveLesson>,
}

/// A passage both documents share: its place in each original text (characters) and its words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Passage {
    pub a_start: u32,
    pub a_end: u32,
    pub b_start: u32,
    pub b_end: u32,
    pub a_text: String,
    pub b_text: String,
    /// Characters compared in it (on side a).
    pub chars: u32,
    /// A citation mark (引用, 出自, …) stands beside it: left out of the coverage by default.
    pub cited: bool,
}

/// Two documents that share passages: evidence for the chair, nothing decided.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(rename = "SimilarFinding"))]
pub struct Finding {
    /// This year's lesson.
    pub a: Side,
    /// Another of this year's lessons, or an archived one.
    pub b: Side,
    /// Share of a's text in the passages, per mille.
    pub coverage_a: u32,
    /// Share of b's text in the passages, per mille.
    pub coverage_b: u32,
    pub passages: Vec<Passage>,
    pub same_teacher: bool,
    pub same_school: bool,
    pub same_node: bool,
    pub from_archive: bool,
}

impl Finding {
    /// The larger coverage, the order findings are listed in.
    pub fn coverage(&self) -> u32 {
        self.coverage_a.max(self.coverage_b)
    }
}

/// A file that was not screened, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct NotScreened {
    /// The lesson's id; empty for a reference file.
    pub lesson: String,
    /// Relative to the lesson's folder (or the reference folder).
    pub file: String,
    pub reason: Unscreened,
}

/// A whole screening, as stored and printed. The same inputs give the same screening, byte for
/// byte (no clock inside: when it ran is kept beside it).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Screening {
    pub root: String,
    pub archives: Vec<String>,
    pub references: Vec<String>,
    pub options: Options,
    /// The archive's window: lessons from this year on were compared.
    pub archive_since: i32,
    pub lessons: u32,
    pub documents: u32,
    pub archive_documents: u32,
    pub reference_documents: u32,
    /// Fingerprints found in more lessons than `options.boilerplate_units`, dropped.
    pub boilerplate: u32,
    /// Sorted by coverage, highest first.
    pub findings: Vec<Finding>,
    pub unscreened: Vec<NotScreened>,
    /// Lessons without a folder in the materials folder.
    pub no_folder: Vec<String>,
    /// Folders that matched no lesson.
    pub unmatched: Vec<String>,
}

/// What a screening is doing, for its progress bar.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(rename = "ScreenStage"))]
#[serde(rename_all = "snake_case")]
pub enum Stage {
    Reading,
    Archive,
    Comparing,
}

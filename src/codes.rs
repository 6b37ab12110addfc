//! The codes a `Problem` carries and the window translates, defined below every module that reports
//! them: `error`'s `ProblemKind` names them, and `sheet`, `aggregate`, `select` and `assign` (which
//! all use `error`) re-export or map to them. Each serializes as the snake_case code the locales translate.

use serde::{Deserialize, Serialize};

/// Why a cell (or the whole file) is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
#[derive(strum::IntoStaticStr)]
#[strum(serialize_all = "snake_case")]
pub enum SheetRule {
    NotAScoreSheet,
    NewerFormat,
    OtherSession,
    UnknownJudge,
    RubricChanged,
    MissingColumn,
    LessonNotAssigned,
    UnknownLesson,
    NotANumber,
    Formula,
    OutOfRange,
    OffStep,
    UnknownVeto,
    VetoNeedsReason,
    /// A lesson issued to the judge has no row: its scores would silently vanish.
    MissingLesson,
    /// A lesson has two rows: which one counts would be a guess.
    DuplicateLesson,
    /// Two columns read as the same indicator.
    AmbiguousColumn,
    /// The sheet cannot be verified and names no sheet this session issued (or a verified sheet
    /// names an issue this session never made: it comes from a copy of the session file).
    NotIssued,
    /// The hidden sheet names another judge than the one the sheet was issued to.
    IssuedToOther,
    /// The file cannot be read as a workbook: damaged, or not an xlsx at all. Among many returned
    /// sheets it is refused on its own, by name, and the others still land.
    Unreadable,
    /// More problems than are listed: `value` says how many more (a refused file lists its first
    /// [`crate::sheet::read::PROBLEMS_LISTED`]; reading stops once [`crate::sheet::read::PROBLEMS_READ`] are found).
    MoreProblems,
}

impl SheetRule {
    /// The rule's stable code (`out_of_range`, …), as the UI translates it.
    pub fn code(self) -> &'static str {
        self.into()
    }
}

/// The kinds of decision a chair can make on a lesson.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum DecisionKind {
    Arbitrate,
    Accept,
    OverruleVeto,
    AcceptIncomplete,
    TieOrder,
    Review,
    Veto,
}

impl DecisionKind {
    /// The kind's name in the audit log's action (`decision.<name>`).
    pub fn name(self) -> &'static str {
        match self {
            DecisionKind::Arbitrate => "arbitrate",
            DecisionKind::Accept => "accept",
            DecisionKind::OverruleVeto => "overrule_veto",
            DecisionKind::AcceptIncomplete => "accept_incomplete",
            DecisionKind::TieOrder => "tie_order",
            DecisionKind::Review => "review",
            DecisionKind::Veto => "veto",
        }
    }

    /// The kind an audit action's name says (`arbitrate`, …), if any.
    pub fn from_name(name: &str) -> Option<DecisionKind> {
        DecisionKind::ALL.into_iter().find(|k| k.name() == name)
    }

    pub const ALL: [DecisionKind; 7] = [
        DecisionKind::Arbitrate,
        DecisionKind::Accept,
        DecisionKind::OverruleVeto,
        DecisionKind::AcceptIncomplete,
        DecisionKind::TieOrder,
        DecisionKind::Review,
        DecisionKind::Veto,
    ];
}

/// A lesson's `select::Reason` without its data: the state a decision may not apply to
/// (`DecisionNotApplicable`). `Reason::kind` maps every reason here; the UI's locale schema checks
/// the two lists of codes are one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
#[derive(strum::IntoStaticStr)]
#[strum(serialize_all = "snake_case")]
pub enum ReasonCode {
    Recommended,
    StageFloor,
    Alternate,
    QuotaFull,
    RegionQuotaFull,
    NodeTaken,
    TeacherTaken,
    SubjectShare,
    SchoolSubjectCap,
    BelowMinimum,
    SwappedOut,
    Vetoed,
    VetoedByChair,
    HeldGap,
    HeldIncomplete,
    NoScores,
    Excluded,
    Barred,
}

impl ReasonCode {
    /// The reason's stable code (`quota_full`, …), as the UI translates it.
    pub fn code(self) -> &'static str {
        self.into()
    }
}

/// Why a judge may not score a lesson (own school, own region).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
#[derive(strum::IntoStaticStr)]
#[strum(serialize_all = "snake_case")]
pub enum RecusalReason {
    SameSchool,
    SameRegion,
}

impl RecusalReason {
    /// The reason's stable code (`same_school`, …), as serialized.
    pub fn code(self) -> &'static str {
        self.into()
    }
}

//! Validation problems: each one's kind (`ProblemKind`, a code and its parameters) and the place
//! it applies to (`Location`); a [`Report`] collects every problem instead of stopping at the first.

use std::fmt;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

/// Where a problem applies. Every field is optional because a TOML file has lines while a
/// spreadsheet has sheets, rows and columns.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Location {
    #[cfg_attr(feature = "ts", ts(type = "string | null"))]
    pub file: Option<PathBuf>,
    /// 1-based line in a text file.
    pub line: Option<u32>,
    pub sheet: Option<String>,
    /// 1-based row as a spreadsheet program shows it.
    pub row: Option<u32>,
    /// Column letter as a spreadsheet program shows it (`A`, `B`, … `AA`).
    pub column: Option<String>,
}

impl Location {
    pub fn file(path: &Path) -> Self {
        Location {
            file: Some(path.to_path_buf()),
            ..Location::default()
        }
    }

    pub fn line(path: &Path, line: Option<u32>) -> Self {
        Location {
            file: Some(path.to_path_buf()),
            line,
            ..Location::default()
        }
    }

    pub fn cell(path: &Path, sheet: &str, row: u32, column: Option<u32>) -> Self {
        Location {
            file: Some(path.to_path_buf()),
            sheet: Some(sheet.to_owned()),
            row: Some(row),
            column: column.map(column_letter),
            line: None,
        }
    }
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut parts = Vec::new();
        if let Some(file) = &self.file {
            parts.push(file.display().to_string());
        }
        if let Some(line) = self.line {
            parts.push(format!("line {line}"));
        }
        if let Some(sheet) = &self.sheet {
            parts.push(format!("sheet {sheet}"));
        }
        if let Some(row) = self.row {
            parts.push(format!("row {row}"));
        }
        if let Some(column) = &self.column {
            parts.push(format!("column {column}"));
        }
        if parts.is_empty() {
            parts.push("<input>".to_owned());
        }
        f.write_str(&parts.join(", "))
    }
}

/// Spreadsheet column letter for a 0-based column index: 0 → `A`, 25 → `Z`, 26 → `AA`.
pub fn column_letter(index: u32) -> String {
    let mut n = index as u64 + 1;
    let mut out = Vec::new();
    while n > 0 {
        let rem = ((n - 1) % 26) as u8;
        out.push(b'A' + rem);
        n = (n - 1) / 26;
    }
    out.reverse();
    String::from_utf8(out).expect("column letters are ASCII")
}

/// What is wrong, as data. `code` (the serde tag) is the stable key the UI translates.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(tag = "code", rename_all = "snake_case")]
#[derive(strum::IntoStaticStr)]
#[strum(serialize_all = "snake_case")]
pub enum ProblemKind {
    /// The file is not valid TOML at all.
    TomlSyntax {
        message: String,
    },
    MissingField {
        field: String,
    },
    WrongType {
        field: String,
        expected: String,
    },
    EmptyValue {
        field: String,
    },
    UnknownCategory {
        value: String,
    },
    /// A number that is not a whole multiple of 0.1 points, or out of range.
    InvalidPoints {
        field: String,
        value: String,
    },
    WeightNotPositive {
        indicator: String,
    },
    WeightSum {
        sum: String,
        expected: String,
    },
    StepNotPositive,
    StepMismatch {
        indicator: String,
        weight: String,
        step: String,
    },
    DuplicateId {
        id: String,
        first_line: Option<u32>,
    },
    NoIndicators,
    /// Quota tables.
    NegativeCount {
        region: String,
        category: String,
    },
    DuplicateRegion {
        region: String,
    },
    TotalMismatch {
        category: String,
        stated: u32,
        actual: u32,
    },
    NoRegions,
    /// Spreadsheet imports.
    MissingColumn {
        column: String,
    },
    NoHeaderRow {
        wanted: Vec<String>,
    },
    NotANumber {
        column: String,
        value: String,
    },
    /// A score sheet's cell (or the whole file) breaks a sheet rule (`SheetRule`'s code): how a
    /// refused sheet names every bad cell, in the app as in the CLI.
    SheetCell {
        rule: crate::codes::SheetRule,
        value: String,
    },
    /// A rubric or quota table in the user folder replaces a built-in one with the same id.
    Overrides {
        id: String,
    },
    /// Session settings.
    UnknownQuotaTable {
        id: String,
    },
    UnknownRegion {
        region: String,
        table: String,
    },
    NoRubric {
        category: String,
        id: String,
    },
    /// Rosters and judge lists.
    MissingValue {
        column: String,
    },
    CategoryNotInSession {
        category: String,
    },
    TooManyAuthors {
        count: u32,
        max: u32,
    },
    DuplicateLesson {
        first_row: u32,
    },
    ExperimentSubject {
        stage: String,
        subject: String,
    },
    UnknownStage {
        value: String,
    },
    OverQuota {
        region: String,
        category: String,
        count: u32,
        quota: u32,
    },
    /// The session limits each region to its row of a quota table, and this region has no row:
    /// its lessons are not limited (said once per region).
    RegionNotInTable {
        region: String,
    },
    SameNode {
        node: String,
        region: String,
        other: String,
    },
    DuplicateJudge {
        first_row: u32,
    },
    /// Judge mode.
    ScoreInvalid {
        indicator: String,
        value: String,
        max: String,
        step: String,
    },
    LessonIncomplete {
        lesson: String,
    },
    /// 定稿 refused: a lesson has fewer complete scores than the session requires and the chair
    /// has not accepted it as incomplete.
    ScoresMissing {
        lesson: String,
        judges: u32,
        required: u32,
    },
    VetoNeedsReason {
        lesson: String,
    },
    UnknownVeto {
        veto: String,
    },
    /// A chair's arbitrated score outside 0..max or off the rubric's step.
    ArbitrationInvalid {
        lesson: String,
        value: String,
        max: String,
        step: String,
    },
    /// A teacher matched against the bar register (失信名单) the chair has not confirmed or
    /// dismissed: blocks 定稿.
    BarMatchPending {
        lesson: String,
        teacher: String,
    },
    /// A tie at a cut (quota, alternates, prize) the chair has not ordered: blocks 定稿.
    TieAtCut {
        lesson: String,
        rank: u32,
    },
    /// Text longer than a spreadsheet cell holds (Excel and WPS: 32,767 characters).
    TooLong {
        field: String,
        length: u32,
        max: u32,
    },
    /// A roster or judge list whose header was found but no row under it.
    NoRows,
    /// A lesson or judge with scores cannot be deleted.
    HasScores {
        id: String,
    },
    /// A judge who may not score this lesson (own school or region).
    RecusalConflict {
        judge: String,
        lesson: String,
        reason: crate::codes::RecusalReason,
    },
    /// The judge already scores this lesson.
    AlreadyAssigned {
        judge: String,
        lesson: String,
    },
    /// A results workbook given as a roster: its sheets (推荐名单 of one category, 候补名单 of every
    /// category) are not one; the next level imports its hand-off (`export --handoff`).
    ResultsWorkbook {
        sheets: Vec<String>,
    },
    /// A decision withdrawn that was never made.
    NoSuchDecision {
        lesson: String,
        decision: crate::codes::DecisionKind,
    },
    /// A decision on a lesson not in the state it resolves (arbitrating a lesson that is not held
    /// for its spread, ordering a lesson that is not tied, …); `status` is the lesson's reason code.
    DecisionNotApplicable {
        lesson: String,
        decision: crate::codes::DecisionKind,
        status: crate::codes::ReasonCode,
    },
    /// A note on a judges list that names each judge's region: 回避本地区课例 was turned on (it
    /// was off and nothing was assigned yet), so no judge scores a lesson from their own region.
    RegionRecusalOn {
        judges: u32,
    },
    /// A cell with a tab, line break or other control character: each became a space (`now`).
    ControlCharacters {
        column: String,
        now: String,
    },
    /// Rows of a roster the office hid (withdrawn lessons, often): imported like the others, since
    /// hiding is not deleting, but named so the chair can check them (1-based row numbers).
    HiddenRows {
        rows: Vec<u32>,
    },
    /// More problems of a file than are listed (the first [`Report::LISTED`] are).
    MoreProblems {
        count: u32,
    },
    /// A lesson given by hand to a judge of another panel than the one covering it.
    OtherPanel {
        judge: String,
        lesson: String,
        panel: String,
    },
}

impl ProblemKind {
    /// The problem's stable code (`weight_sum`, …): its serialized `code` tag, which the UI translates.
    pub fn code(&self) -> &'static str {
        self.into()
    }
}

impl fmt::Display for ProblemKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use ProblemKind::*;
        match self {
            TomlSyntax { message } => write!(f, "invalid toml: {}", message.trim()),
            MissingField { field } => write!(f, "missing field `{field}`"),
            WrongType { field, expected } => write!(f, "field `{field}` must be {expected}"),
            EmptyValue { field } => write!(f, "field `{field}` is empty"),
            UnknownCategory { value } => write!(f, "unknown category `{value}`"),
            InvalidPoints { field, value } => {
                write!(f, "`{field}` = {value} is not a non-negative multiple of 0.1 points")
            }
            WeightNotPositive { indicator } => {
                write!(f, "indicator `{indicator}` has a weight that is not positive")
            }
            WeightSum { sum, expected } => {
                write!(f, "weights sum to {sum}, expected {expected}")
            }
            StepNotPositive => write!(f, "`step` must be positive"),
            StepMismatch {
                indicator,
                weight,
                step,
            } => {
                write!(
                    f,
                    "step {step} does not divide the weight {weight} of indicator `{indicator}`"
                )
            }
            DuplicateId { id, first_line } => match first_line {
                Some(line) => write!(f, "duplicate id `{id}` (first used on line {line})"),
                None => write!(f, "duplicate id `{id}`"),
            },
            NoIndicators => write!(f, "no indicators"),
            NegativeCount { region, category } => {
                write!(f, "count for {region} / {category} must be a non-negative integer")
            }
            DuplicateRegion { region } => write!(f, "region `{region}` appears more than once"),
            TotalMismatch {
                category,
                stated,
                actual,
            } => {
                write!(
                    f,
                    "stated total for {category} is {stated} but the regions add up to {actual}"
                )
            }
            NoRegions => write!(f, "no regions"),
            MissingColumn { column } => write!(f, "missing column `{column}`"),
            NoHeaderRow { wanted } => {
                write!(f, "no header row with the columns {}", wanted.join(" | "))
            }
            NotANumber { column, value } => {
                write!(f, "`{value}` in column {column} is not a number")
            }
            SheetCell { rule, value } => write!(f, "`{value}`: {}", rule.code()),
            Overrides { id } => write!(f, "overrides the built-in `{id}`"),
            UnknownQuotaTable { id } => write!(f, "no quota table with id `{id}`"),
            UnknownRegion { region, table } => {
                write!(f, "region `{region}` is not in quota table `{table}`")
            }
            NoRubric { category, id } => write!(f, "no {category} rubric `{id}` in the library"),
            MissingValue { column } => write!(f, "missing {column}"),
            CategoryNotInSession { category } => {
                write!(f, "category {category} is not covered by this session")
            }
            TooManyAuthors { count, max } => {
                write!(f, "{count} authors, at most {max} for an experiment lesson")
            }
            DuplicateLesson { first_row } => write!(f, "same lesson (node, teacher and title) as row {first_row}"),
            ExperimentSubject { stage, subject } => {
                write!(f, "{stage} {subject} is not among the notice's experiment subjects")
            }
            UnknownStage { value } => write!(f, "stage `{value}` is not 小学, 初中 or 高中"),
            RegionNotInTable { region } => write!(
                f,
                "region {region} is not in the quota table: its lessons are not limited by a regional quota"
            ),
            OverQuota {
                region,
                category,
                count,
                quota,
            } => {
                write!(
                    f,
                    "{region} has {count} {category} lessons, more than its quota of {quota}"
                )
            }
            SameNode { node, region, other } => {
                write!(
                    f,
                    "catalog node {node} of {region} is also taken by `{other}`: only one can be recommended"
                )
            }
            DuplicateJudge { first_row } => {
                write!(f, "same judge (name and unit) as row {first_row}")
            }
            ScoreInvalid {
                indicator,
                value,
                max,
                step,
            } => {
                write!(
                    f,
                    "{value} for `{indicator}` is not between 0 and {max} in steps of {step}"
                )
            }
            ScoresMissing {
                lesson,
                judges,
                required,
            } => write!(
                f,
                "lesson {lesson} has {judges} of {required} scores; accept it as incomplete or wait for a score"
            ),
            LessonIncomplete { lesson } => {
                write!(
                    f,
                    "lesson {lesson} is neither fully scored nor marked 未评 with a reason"
                )
            }
            VetoNeedsReason { lesson } => write!(f, "a veto item of lesson {lesson} has no reason"),
            MoreProblems { count } => write!(f, "and {count} more problem(s), not listed"),
            ControlCharacters { column, now } => {
                write!(f, "{column} held control characters (a tab, a line break); read as `{now}`")
            }
            HiddenRows { rows } => write!(
                f,
                "rows {} are hidden in the workbook; they were imported like the others (check they are not withdrawn lessons)",
                rows.iter().map(u32::to_string).collect::<Vec<_>>().join(", ")
            ),
            OtherPanel { judge, lesson, panel } => {
                write!(f, "judge {judge} is not on {panel}, the panel that covers lesson {lesson}")
            }
            RegionRecusalOn { judges } => write!(
                f,
                "{judges} judges name their region: recusal from lessons of their own region is now on"
            ),
            UnknownVeto { veto } => write!(f, "no veto item `{veto}` in the rubric"),
            ArbitrationInvalid {
                lesson,
                value,
                max,
                step,
            } => write!(
                f,
                "arbitrated score {value} for lesson {lesson} is not between 0 and {max} in steps of {step}"
            ),
            BarMatchPending { lesson, teacher } => write!(
                f,
                "teacher {teacher} of lesson {lesson} matches the bar register; confirm or dismiss it first"
            ),
            TieAtCut { lesson, rank } => {
                write!(
                    f,
                    "lesson {lesson} shares rank {rank} across a cut; order the tie first"
                )
            }
            TooLong { field, length, max } => write!(f, "{field} has {length} characters; a cell holds at most {max}"),
            NoRows => write!(f, "the header is there but no row of data under it"),
            HasScores { id } => write!(f, "{id} has scores; it cannot be deleted"),
            RecusalConflict { judge, lesson, reason } => {
                write!(f, "judge {judge} may not score lesson {lesson} ({})", reason.code())
            }
            AlreadyAssigned { judge, lesson } => write!(f, "judge {judge} already scores lesson {lesson}"),
            NoSuchDecision { lesson, decision } => {
                write!(f, "lesson {lesson} has no `{}` decision", decision.name())
            }
            ResultsWorkbook { sheets } => write!(
                f,
                "this is a results workbook (sheets {}), not a roster: import its 上报推荐汇总表 (jingpin export --handoff)",
                sheets.join(", ")
            ),
            DecisionNotApplicable {
                lesson,
                decision,
                status,
            } => {
                write!(
                    f,
                    "`{}` does not apply to lesson {lesson}, which is `{}`",
                    decision.name(),
                    status.code()
                )
            }
        }
    }
}

/// One problem at one place.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Problem {
    pub location: Location,
    #[serde(flatten)]
    pub kind: ProblemKind,
}

impl Problem {
    pub fn new(location: Location, kind: ProblemKind) -> Self {
        Problem { location, kind }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.location, self.kind)
    }
}

/// Every problem found in one validation pass.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Report {
    pub problems: Vec<Problem>,
}

impl Report {
    /// Problems listed when a file is refused: a clerk reads the first ones and fixes the
    /// pattern; a roster of 100,000 copied rows listed 99,994 duplicates (2.47 GB).
    pub const LISTED: usize = 100;

    /// Keeps the first [`Report::LISTED`] problems and says how many more there were.
    pub fn capped(mut self) -> Report {
        if self.problems.len() > Self::LISTED {
            let more = (self.problems.len() - Self::LISTED) as u32;
            self.problems.truncate(Self::LISTED);
            self.push(Location::default(), ProblemKind::MoreProblems { count: more });
        }
        self
    }

    pub fn push(&mut self, location: Location, kind: ProblemKind) {
        self.problems.push(Problem::new(location, kind));
    }

    pub fn is_empty(&self) -> bool {
        self.problems.is_empty()
    }

    /// `Ok(value)` when nothing was reported, the report otherwise.
    pub fn finish<T>(self, value: impl FnOnce() -> T) -> Result<T, Report> {
        if self.problems.is_empty() {
            Ok(value())
        } else {
            Err(self)
        }
    }
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, p) in self.problems.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "{p}")?;
        }
        Ok(())
    }
}

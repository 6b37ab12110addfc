//! Typed errors and validation reports.
//!
//! Errors carry a machine-readable kind and the place they apply to (file, line, sheet, row,
//! column), never prose for the UI: the UI maps `code` to a translated sentence, the CLI renders
//! the lowercase English fragments of `Display`. Validation collects every problem into a
//! [`Report`] instead of stopping at the first.

use std::path::{Path, PathBuf};

use serde::Serialize;

mod problem;
pub use problem::*;

/// The error type of every fallible operation of the core.
#[derive(Debug, thiserror::Error)]
#[error(transparent)]
pub struct Error {
    /// What went wrong; its `source()` (an I/O, database, reader or writer error) is this error's.
    pub kind: ErrorKind,
}

#[derive(Debug, thiserror::Error)]
pub enum ErrorKind {
    #[error("cannot read {path}")]
    Read { path: PathBuf, source: std::io::Error },
    #[error("cannot write {path}")]
    Write { path: PathBuf, source: std::io::Error },
    /// A spreadsheet the import layer could not open or read; the reader's own error is the source.
    #[error("cannot read spreadsheet {path}")]
    Spreadsheet {
        path: PathBuf,
        source: Box<dyn std::error::Error + Send + Sync>,
    },
    /// A workbook that could not be built or written; the writer's own error is the source.
    #[error("cannot write spreadsheet {path}")]
    SpreadsheetWrite {
        path: PathBuf,
        source: Box<dyn std::error::Error + Send + Sync>,
    },
    #[error("{} problem(s) found:\n{report}", report.problems.len())]
    Invalid { report: Report },
    #[error("no rubric with id `{id}`")]
    RubricNotFound { id: String },
    #[error("session file {path}")]
    Database { path: PathBuf, source: rusqlite::Error },
    #[error("{path} is not a session file")]
    NotASession { path: PathBuf },
    #[error(
        "{path} has schema version {found}, newer than this program understands ({supported}); update the program"
    )]
    NewerSchema { path: PathBuf, found: u32, supported: u32 },
    #[error("{path} already exists")]
    SessionExists { path: PathBuf },
    /// A backup whose target is the session itself (the same path or the same file).
    #[error("{path} is the session being backed up; choose another file")]
    BackupOntoSource { path: PathBuf },
    /// A session file that fails SQLite's check: it opens read-only (everything that only reads
    /// works) and refuses every change.
    #[error("{path} is damaged ({detail}); it is open read-only: restore the last backup")]
    Damaged { path: PathBuf, detail: String },
    /// The disk holding the session is full; the write was rolled back.
    #[error("the disk holding {path} is full; nothing was written")]
    DiskFull { path: PathBuf },
    /// A session on a write-protected file or medium (a locked USB stick, a CD): everything that
    /// only reads works.
    #[error("{path} is on read-only media or write-protected; it is open read-only")]
    ReadOnly { path: PathBuf },
    /// A folder where a session file was expected.
    #[error("{path} is a folder, not a session file")]
    IsFolder { path: PathBuf },
    /// The folder a file was to be written into does not exist.
    #[error("the folder {path} does not exist")]
    NoFolder { path: PathBuf },
    #[error("no {what} with id `{id}`")]
    NotFound { what: &'static str, id: String },
    #[error("the scores are submitted and locked; unlock to change them")]
    Locked,
    #[error("submit the scores before exporting the sheet")]
    NotSubmitted,
    /// Another window or command holds the file for writing longer than the busy timeout.
    #[error("another window or command is changing {path}; try again")]
    Busy { path: PathBuf },
    /// 定稿: the session is read-only until the chair reopens it.
    #[error("the session was finalized at {at}; reopen it to change anything")]
    Finalized { at: String },
    /// The user stopped a long operation; nothing of it was stored.
    #[error("cancelled; nothing was stored")]
    Cancelled,
    /// Nothing of this judge's waits for the chair's confirmation (at that revision / file).
    #[error("no sheet of judge {judge} waits for confirmation{}", revision.map(|r| format!(" at revision {r}")).unwrap_or_default())]
    NothingToConfirm { judge: String, revision: Option<u32> },
    /// Several sheets of the judge wait; the chair must say which one.
    #[error("{} sheets of judge {judge} match; name one (--revision, --file): {}", files.len(), files.join(", "))]
    AmbiguousSheet { judge: String, files: Vec<String> },
    /// A score sheet refused as a whole: every bad cell as a `SheetCell` problem at its place.
    #[error("{file} was refused: {} problem(s)", problems.len())]
    SheetRejected { file: String, problems: Vec<Problem> },
}

/// The stable code of an [`Error`]: what the UI translates (`error.<code>` in its locales, typed so
/// that a code without a translation fails the type check) and what a log shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, strum::IntoStaticStr)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum ErrorCode {
    Read,
    Write,
    Spreadsheet,
    SpreadsheetWrite,
    Invalid,
    RubricNotFound,
    Database,
    NotASession,
    NewerSchema,
    SessionExists,
    BackupOntoSource,
    NoFolder,
    Damaged,
    IsFolder,
    DiskFull,
    ReadOnly,
    NotFound,
    Locked,
    NotSubmitted,
    SheetRejected,
    Finalized,
    Busy,
    NothingToConfirm,
    Cancelled,
    AmbiguousSheet,
}

impl ErrorCode {
    /// The code as serialized (`sheet_rejected`, …).
    pub fn as_str(self) -> &'static str {
        self.into()
    }
}

impl std::fmt::Display for ErrorCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Error {
    /// The error and every cause under it, `: `-joined (`cannot read a.xlsx: permission denied`):
    /// what the CLI prints and the window logs. A cause lives only in `#[source]`, never in the
    /// message too, so a chain printed this way says each once.
    pub fn with_causes(&self) -> String {
        let mut out = self.to_string();
        let mut cause = std::error::Error::source(self);
        while let Some(c) = cause {
            out.push_str(": ");
            out.push_str(&c.to_string());
            cause = c.source();
        }
        out
    }

    /// What the error names, for a sentence in the user's language to say (`path`, `at`, `id`,
    /// `what`, `judge`, `file`, `detail`, `found`, `supported`, `revision`, `count`): every field of
    /// its kind but the cause and the problem lists.
    pub fn params(&self) -> std::collections::BTreeMap<&'static str, String> {
        use ErrorKind as K;
        let path = |p: &Path| p.display().to_string();
        let mut out = std::collections::BTreeMap::new();
        match &self.kind {
            K::Read { path: p, .. }
            | K::Write { path: p, .. }
            | K::Spreadsheet { path: p, .. }
            | K::SpreadsheetWrite { path: p, .. }
            | K::Database { path: p, .. }
            | K::NotASession { path: p }
            | K::SessionExists { path: p }
            | K::BackupOntoSource { path: p }
            | K::DiskFull { path: p }
            | K::ReadOnly { path: p }
            | K::IsFolder { path: p }
            | K::NoFolder { path: p }
            | K::Busy { path: p } => {
                out.insert("path", path(p));
            }
            K::NewerSchema {
                path: p,
                found,
                supported,
            } => {
                out.insert("path", path(p));
                out.insert("found", found.to_string());
                out.insert("supported", supported.to_string());
            }
            K::Damaged { path: p, detail } => {
                out.insert("path", path(p));
                out.insert("detail", detail.clone());
            }
            K::RubricNotFound { id } => {
                out.insert("id", id.clone());
            }
            K::NotFound { what, id } => {
                out.insert("what", (*what).to_owned());
                out.insert("id", id.clone());
            }
            K::Finalized { at } => {
                out.insert("at", at.clone());
            }
            K::NothingToConfirm { judge, revision } => {
                out.insert("judge", judge.clone());
                if let Some(r) = revision {
                    out.insert("revision", r.to_string());
                }
            }
            K::AmbiguousSheet { judge, files } => {
                out.insert("judge", judge.clone());
                out.insert("count", files.len().to_string());
            }
            K::SheetRejected { file, problems } => {
                out.insert("file", file.clone());
                out.insert("count", problems.len().to_string());
            }
            K::Invalid { report } => {
                out.insert("count", report.problems.len().to_string());
            }
            K::Locked | K::NotSubmitted | K::Cancelled => {}
        }
        out
    }

    /// The stable code the UI translates.
    pub fn code(&self) -> ErrorCode {
        match &self.kind {
            ErrorKind::Read { .. } => ErrorCode::Read,
            ErrorKind::Write { .. } => ErrorCode::Write,
            ErrorKind::Spreadsheet { .. } => ErrorCode::Spreadsheet,
            ErrorKind::SpreadsheetWrite { .. } => ErrorCode::SpreadsheetWrite,
            ErrorKind::Invalid { .. } => ErrorCode::Invalid,
            ErrorKind::RubricNotFound { .. } => ErrorCode::RubricNotFound,
            ErrorKind::Database { .. } => ErrorCode::Database,
            ErrorKind::NotASession { .. } => ErrorCode::NotASession,
            ErrorKind::NewerSchema { .. } => ErrorCode::NewerSchema,
            ErrorKind::SessionExists { .. } => ErrorCode::SessionExists,
            ErrorKind::BackupOntoSource { .. } => ErrorCode::BackupOntoSource,
            ErrorKind::NoFolder { .. } => ErrorCode::NoFolder,
            ErrorKind::Damaged { .. } => ErrorCode::Damaged,
            ErrorKind::IsFolder { .. } => ErrorCode::IsFolder,
            ErrorKind::DiskFull { .. } => ErrorCode::DiskFull,
            ErrorKind::ReadOnly { .. } => ErrorCode::ReadOnly,
            ErrorKind::NotFound { .. } => ErrorCode::NotFound,
            ErrorKind::Locked => ErrorCode::Locked,
            ErrorKind::NotSubmitted => ErrorCode::NotSubmitted,
            ErrorKind::SheetRejected { .. } => ErrorCode::SheetRejected,
            ErrorKind::Finalized { .. } => ErrorCode::Finalized,
            ErrorKind::Busy { .. } => ErrorCode::Busy,
            ErrorKind::NothingToConfirm { .. } => ErrorCode::NothingToConfirm,
            ErrorKind::Cancelled => ErrorCode::Cancelled,
            ErrorKind::AmbiguousSheet { .. } => ErrorCode::AmbiguousSheet,
        }
    }

    /// The validation problems, if this error is a failed validation.
    pub fn problems(&self) -> &[Problem] {
        match &self.kind {
            ErrorKind::Invalid { report } => &report.problems,
            ErrorKind::SheetRejected { problems, .. } => problems,
            _ => &[],
        }
    }

    pub fn read(path: &Path, source: std::io::Error) -> Self {
        ErrorKind::Read {
            path: path.to_path_buf(),
            source,
        }
        .into()
    }

    pub fn write(path: &Path, source: std::io::Error) -> Self {
        ErrorKind::Write {
            path: path.to_path_buf(),
            source,
        }
        .into()
    }

    /// A spreadsheet at `path` the reader (calamine, csv) could not read, keeping its error.
    pub fn spreadsheet_read(path: &Path, source: impl std::error::Error + Send + Sync + 'static) -> Self {
        ErrorKind::Spreadsheet {
            path: path.to_path_buf(),
            source: Box::new(source),
        }
        .into()
    }

    /// A workbook for `path` the writer (rust_xlsxwriter) could not build, keeping its error.
    pub fn spreadsheet_write(path: &Path, source: impl std::error::Error + Send + Sync + 'static) -> Self {
        ErrorKind::SpreadsheetWrite {
            path: path.to_path_buf(),
            source: Box::new(source),
        }
        .into()
    }
}

impl From<ErrorKind> for Error {
    fn from(kind: ErrorKind) -> Self {
        Error { kind }
    }
}

impl From<Report> for Error {
    fn from(report: Report) -> Self {
        ErrorKind::Invalid { report }.into()
    }
}

/// Refuses an empty reason (a decision, a register edit, a settled match): `empty_value` on
/// `reason`.
pub fn require_reason(reason: &str) -> Result<(), Error> {
    if reason.trim().is_empty() {
        let mut r = Report::default();
        r.push(Location::default(), ProblemKind::EmptyValue { field: "reason".into() });
        return Err(r.into());
    }
    Ok(())
}

#[cfg(test)]
mod tests {

    #[test]
    fn a_spreadsheet_write_failure_says_write_and_keeps_its_cause() {
        let cause = std::io::Error::other("disk full");
        let e = Error::spreadsheet_write(Path::new("评审结果.xlsx"), cause);
        assert_eq!(e.code().as_str(), "spreadsheet_write");
        assert!(
            e.to_string().starts_with("cannot write spreadsheet 评审结果.xlsx"),
            "{e}"
        );
        let source = std::error::Error::source(&e).expect("the writer's error is kept");
        assert_eq!(source.to_string(), "disk full");
        let read = Error::spreadsheet_read(Path::new("名单.xlsx"), std::io::Error::other("zip"));
        assert_eq!(read.code().as_str(), "spreadsheet");
        assert!(std::error::Error::source(&read).is_some());
    }

    use super::*;

    #[test]
    fn column_letters_follow_spreadsheet_convention() {
        assert_eq!(column_letter(0), "A");
        assert_eq!(column_letter(25), "Z");
        assert_eq!(column_letter(26), "AA");
        assert_eq!(column_letter(701), "ZZ");
        assert_eq!(column_letter(702), "AAA");
    }

    #[test]
    fn location_names_every_known_part() {
        let loc = Location::cell(Path::new("a.xlsx"), "评分标准", 4, Some(3));
        assert_eq!(loc.to_string(), "a.xlsx, sheet 评分标准, row 4, column D");
    }
}

//! The one error shape the UI receives: `{code, message, details}`.
//! `code` is what the UI translates; `message` is the core's English fragment for logs;
//! `details` lists validation problems with their places.

use jingpin::error::ErrorCode;
use jingpin::{Error, Problem};
use serde::Serialize;
use ts_rs::TS;

/// Every code the window can receive: the core's (`ErrorCode`) and the shell's own. Generated
/// into the bindings, so the UI's locales must translate each one (`ui/src/locales/schema.ts`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(untagged)]
pub enum ApiErrorCode {
    Core(ErrorCode),
    Shell(ShellCode),
}

/// The shell's own codes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ShellCode {
    /// A session command came with no session open.
    NoSession,
    /// A judge-mode command came with no score sheet open.
    NoSheet,
    /// A file outside the judge's materials folder was to be opened.
    NotMaterial,
    /// The system could not open a file with its default program.
    OpenFailed,
    /// A change was asked for before the window's user gave their name (the audit log names a
    /// person for every change); nothing was done.
    OperatorNeeded,
    /// Never sent: what the window calls a failure that did not come back as an `ApiError`.
    Unknown,
}

#[derive(Debug, Serialize, TS)]
pub struct ApiError {
    pub code: ApiErrorCode,
    /// The core's English fragment with its causes, for logs.
    pub message: String,
    /// What the error names (`path`, `at`, `id`, …; see `Error::params`), for the locale's
    /// sentence to say: “已于 {at} 定稿”, “{path} 正被另一个窗口修改”.
    pub params: std::collections::BTreeMap<String, String>,
    pub details: Vec<Problem>,
}

impl ApiError {
    /// A session command was called with no session open.
    pub fn no_session() -> ApiError {
        ApiError {
            code: ApiErrorCode::Shell(ShellCode::NoSession),
            message: "no session is open".into(),
            params: Default::default(),
            details: Vec::new(),
        }
    }
}

impl ApiError {
    /// A judge-mode command was called with no score sheet open.
    pub fn no_sheet() -> ApiError {
        ApiError {
            code: ApiErrorCode::Shell(ShellCode::NoSheet),
            message: "no score sheet is open".into(),
            params: Default::default(),
            details: Vec::new(),
        }
    }
}

impl ApiError {
    /// Only files inside the judge's materials folder may be opened.
    pub fn not_material() -> ApiError {
        ApiError {
            code: ApiErrorCode::Shell(ShellCode::NotMaterial),
            message: "the file is not in the materials folder".into(),
            params: Default::default(),
            details: Vec::new(),
        }
    }

    /// The system could not open a file with its default program.
    pub fn open_failed(path: &str, e: &dyn std::fmt::Display) -> ApiError {
        ApiError {
            code: ApiErrorCode::Shell(ShellCode::OpenFailed),
            message: format!("cannot open {path}: {e}"),
            params: [("path".to_owned(), path.to_owned())].into(),
            details: Vec::new(),
        }
    }
}

impl ApiError {
    /// A write came before the window's user gave their name.
    pub fn operator_needed() -> ApiError {
        ApiError {
            code: ApiErrorCode::Shell(ShellCode::OperatorNeeded),
            message: "the operator's name is needed before a change".into(),
            params: Default::default(),
            details: Vec::new(),
        }
    }
}

impl From<Error> for ApiError {
    fn from(e: Error) -> Self {
        ApiError {
            code: ApiErrorCode::Core(e.code()),
            message: e.with_causes(),
            params: e.params().into_iter().map(|(k, v)| (k.to_owned(), v)).collect(),
            details: e.problems().to_vec(),
        }
    }
}

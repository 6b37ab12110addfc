//! The one error shape the UI receives: `{code, message, details}`.
//! `code` is what the UI translates; `message` is the core's English fragment for logs;
//! `details` lists validation problems with their places.

use jingpin::{Error, Problem};
use serde::Serialize;
use ts_rs::TS;

#[derive(Debug, Serialize, TS)]
pub struct ApiError {
    pub code: String,
    pub message: String,
    pub details: Vec<Problem>,
}

impl ApiError {
    /// A session command was called with no session open.
    pub fn no_session() -> ApiError {
        ApiError {
            code: "no_session".into(),
            message: "no session is open".into(),
            details: Vec::new(),
        }
    }
}

impl ApiError {
    /// A judge-mode command was called with no score sheet open.
    pub fn no_sheet() -> ApiError {
        ApiError {
            code: "no_sheet".into(),
            message: "no score sheet is open".into(),
            details: Vec::new(),
        }
    }
}

impl ApiError {
    /// Only files inside the judge's materials folder may be opened.
    pub fn not_material() -> ApiError {
        ApiError {
            code: "not_material".into(),
            message: "the file is not in the materials folder".into(),
            details: Vec::new(),
        }
    }

    /// The system could not open a file with its default program.
    pub fn open_failed(path: &str, e: &dyn std::fmt::Display) -> ApiError {
        ApiError {
            code: "open_failed".into(),
            message: format!("cannot open {path}: {e}"),
            details: Vec::new(),
        }
    }
}

impl From<Error> for ApiError {
    fn from(e: Error) -> Self {
        ApiError {
            code: e.code().to_owned(),
            message: e.to_string(),
            details: e.problems().to_vec(),
        }
    }
}

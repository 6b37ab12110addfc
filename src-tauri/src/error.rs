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

impl From<Error> for ApiError {
    fn from(e: Error) -> Self {
        ApiError {
            code: e.code().to_owned(),
            message: e.to_string(),
            details: e.problems().to_vec(),
        }
    }
}

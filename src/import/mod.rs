//! Reading spreadsheets offices send (xlsx, xls, ods).
//!
//! This is the only module that knows calamine; raw cell types never leave it. What leaves is
//! text and numbers already checked, with the sheet/row/column they came from.

mod cell;
pub mod header;
pub mod rubric_sheet;

pub use rubric_sheet::{rubric_from_file, rubric_from_spreadsheet, RubricSheetOptions};

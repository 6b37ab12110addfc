//! Reading spreadsheets offices send (xlsx, xls, ods).
//!
//! This is the only module that knows calamine; raw cell types never leave it. What leaves is
//! text and numbers already checked, with the sheet/row/column they came from.

mod cell;
pub mod grid;
pub mod header;
pub mod judges_sheet;
pub mod register_sheet;
pub mod roster_sheet;
pub mod rubric_sheet;
mod table;
pub mod typed;

pub use roster_sheet::HANDOFF_SHEET;
pub use rubric_sheet::{rubric_from_file, rubric_from_spreadsheet, RubricSheetOptions};

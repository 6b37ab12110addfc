//! Reading spreadsheets offices send (xlsx, xls, ods).
//!
//! This is the only module that knows calamine; raw cell types never leave it. What leaves is
//! text and numbers already checked, with the sheet/row/column they came from.

pub mod cell;
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

use std::path::Path;

use crate::error::Error;

/// A damaged workbook that stopped the spreadsheet reader itself (calamine panicked: a mangled
/// cell reference overflows its arithmetic in a debug build; an index can go out of bounds in any).
#[derive(Debug, thiserror::Error)]
#[error("the file is damaged: the spreadsheet reader stopped on it ({0})")]
pub struct ReaderStopped(String);

/// A cell past the last one a worksheet can have (XFD1048576): only a damaged file has one.
#[derive(Debug, thiserror::Error)]
#[error("the file is damaged: it has a cell at row {row}, column {col} (1-based), past the last cell a worksheet can have (row 1048576, column 16384)")]
pub struct BeyondTheSheet {
    row: u64,
    col: u64,
}

/// Excel's (and WPS's) worksheet size: 1,048,576 rows, 16,384 columns (XFD).
const MAX_ROWS: u32 = 1 << 20;
const MAX_COLS: u32 = 1 << 14;

/// A cell's 0-based position, refused when it is past the sheet's last cell (a mangled reference
/// would otherwise make the reader lay out billions of rows).
fn within_sheet(path: &Path, (row, col): (u32, u32)) -> Result<(u32, u32), Error> {
    if row < MAX_ROWS && col < MAX_COLS {
        Ok((row, col))
    } else {
        Err(Error::spreadsheet_read(
            path,
            BeyondTheSheet {
                row: u64::from(row) + 1,
                col: u64::from(col) + 1,
            },
        ))
    }
}

/// Runs `read` (calamine on the file at `path`) so that a panic inside the reader is that file's
/// read error, named like any other unreadable file, instead of ending the import, the command
/// or the app. Nothing `read` built survives it: the workbook is dropped with the panic.
pub(crate) fn guarded<T>(path: &Path, read: impl FnOnce() -> Result<T, Error>) -> Result<T, Error> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(read)).unwrap_or_else(|payload| {
        let said = payload
            .downcast_ref::<&str>()
            .map(|s| (*s).to_owned())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_default();
        Err(Error::spreadsheet_read(path, ReaderStopped(said)))
    })
}

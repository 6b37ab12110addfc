//! Worksheets with cell types kept (number vs text) and formulas, for the score-sheet reader,
//! which must tell a number from text typed into a score cell, and a formula from a value.
//! The cell type is our own enum: calamine's never leaves `import`.

use std::collections::BTreeMap;
use std::path::Path;

use calamine::{open_workbook_auto, Data, Reader};

use crate::error::{Error, ErrorKind};

#[derive(Debug, Clone, PartialEq)]
pub enum CellValue {
    Empty,
    Number(f64),
    Text(String),
    /// Booleans, dates, errors: shown as text, never a valid score.
    Other(String),
}

impl CellValue {
    /// The text a person sees.
    pub fn text(&self) -> String {
        match self {
            CellValue::Empty => String::new(),
            CellValue::Number(n) if n.fract() == 0.0 && n.abs() < 1e15 => format!("{}", *n as i64),
            CellValue::Number(n) => n.to_string(),
            CellValue::Text(s) | CellValue::Other(s) => s.trim().to_owned(),
        }
    }
}

#[derive(Debug, Clone)]
pub struct TypedSheet {
    pub name: String,
    /// Cells by 0-based (row, column) as the sheet numbers them.
    pub cells: BTreeMap<(u32, u32), CellValue>,
    /// Formulas by 0-based (row, column).
    pub formulas: BTreeMap<(u32, u32), String>,
}

impl TypedSheet {
    pub fn get(&self, row: u32, col: u32) -> &CellValue {
        self.cells.get(&(row, col)).unwrap_or(&CellValue::Empty)
    }

    pub fn text(&self, row: u32, col: u32) -> String {
        self.get(row, col).text()
    }

    pub fn rows(&self) -> u32 {
        self.cells.keys().map(|(r, _)| r + 1).max().unwrap_or(0)
    }

    pub fn cols(&self) -> u32 {
        self.cells.keys().map(|(_, c)| c + 1).max().unwrap_or(0)
    }
}

pub fn read(path: &Path) -> Result<Vec<TypedSheet>, Error> {
    let err = |e: calamine::Error| {
        Error::from(ErrorKind::Spreadsheet {
            path: path.to_path_buf(),
            reason: e.to_string(),
        })
    };
    let mut wb = open_workbook_auto(path).map_err(err)?;
    let mut out = Vec::new();
    for name in wb.sheet_names() {
        let range = wb.worksheet_range(&name).map_err(err)?;
        let mut cells = BTreeMap::new();
        for (r, c, v) in range.used_cells() {
            let (r0, c0) = range.start().unwrap_or((0, 0));
            let value = match v {
                Data::Empty => continue,
                Data::Int(i) => CellValue::Number(*i as f64),
                Data::Float(f) => CellValue::Number(*f),
                Data::String(s) if s.trim().is_empty() => continue,
                Data::String(s) => CellValue::Text(s.clone()),
                other => CellValue::Other(other.to_string()),
            };
            cells.insert((r0 + r as u32, c0 + c as u32), value);
        }
        let mut formulas = BTreeMap::new();
        if let Ok(f) = wb.worksheet_formula(&name) {
            let (r0, c0) = f.start().unwrap_or((0, 0));
            for (r, c, text) in f.used_cells() {
                if !text.is_empty() {
                    formulas.insert((r0 + r as u32, c0 + c as u32), text.clone());
                }
            }
        }
        out.push(TypedSheet { name, cells, formulas });
    }
    Ok(out)
}

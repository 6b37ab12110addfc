//! Worksheets with cell types kept (number vs text) and formulas, for the score-sheet reader,
//! which must tell a number from text typed into a score cell, and a formula from a value.
//! The cell type is our own enum: calamine's never leaves `import`.

use std::path::Path;

use calamine::{open_workbook_auto, Data, DataRef, Reader, Sheets, Xlsx, XlsxError};

use crate::error::Error;

/// A cell as the reader sees it; text borrows from its sheet.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum CellValue<'a> {
    Empty,
    Number(f64),
    Text(&'a str),
    /// Booleans, dates, errors: shown as text, never a valid score.
    Other(&'a str),
}

impl CellValue<'_> {
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

/// A stored cell: text lives in the sheet's one string buffer, so reading a sheet does not
/// allocate per cell (a thousand score sheets hold over a million text cells).
#[derive(Debug, Clone, Copy, PartialEq)]
enum Stored {
    Number(f64),
    Text(u32, u32),
    Other(u32, u32),
}

/// Collects a sheet's cells and their text.
#[derive(Debug, Default)]
struct Builder {
    cells: Cells<Stored>,
    text: String,
}

impl Builder {
    fn span(&mut self, s: &str) -> (u32, u32) {
        let start = self.text.len() as u32;
        self.text.push_str(s);
        (start, s.len() as u32)
    }

    /// Adds a calamine value; empty cells and blank text are left out.
    fn add(&mut self, at: (u32, u32), v: DataRef<'_>) {
        match v {
            DataRef::SharedString(s) => self.add_text(at, s),
            DataRef::String(s) => self.add_text(at, &s),
            DataRef::Empty => {}
            DataRef::Int(i) => self.cells.insert(at, Stored::Number(i as f64)),
            DataRef::Float(f) => self.cells.insert(at, Stored::Number(f)),
            other => self.add_owned(at, &Data::from(other)),
        }
    }

    fn add_text(&mut self, at: (u32, u32), s: &str) {
        if !s.trim().is_empty() {
            let (a, n) = self.span(s);
            self.cells.insert(at, Stored::Text(a, n));
        }
    }

    fn add_owned(&mut self, at: (u32, u32), v: &Data) {
        match v {
            Data::Empty => {}
            Data::Int(i) => self.cells.insert(at, Stored::Number(*i as f64)),
            Data::Float(f) => self.cells.insert(at, Stored::Number(*f)),
            Data::String(s) => self.add_text(at, s),
            other => {
                let (a, n) = self.span(&other.to_string());
                self.cells.insert(at, Stored::Other(a, n));
            }
        }
    }
}

/// Values by 0-based (row, column), kept in that order: a worksheet's XML lists its cells row by
/// row, so they are appended, and looked up by binary search (cheaper than a tree for the
/// ~2,000 cells of a score sheet read a thousand times over).
#[derive(Debug, Clone)]
pub struct Cells<T> {
    items: Vec<((u32, u32), T)>,
}

impl<T> Default for Cells<T> {
    fn default() -> Self {
        Cells { items: Vec::new() }
    }
}

impl<T> Cells<T> {
    pub fn insert(&mut self, at: (u32, u32), value: T) {
        match self.items.last() {
            Some((last, _)) if *last >= at => match self.items.binary_search_by_key(&at, |(k, _)| *k) {
                Ok(i) => self.items[i].1 = value,
                Err(i) => self.items.insert(i, (at, value)),
            },
            _ => self.items.push((at, value)),
        }
    }

    pub fn get(&self, at: (u32, u32)) -> Option<&T> {
        self.items
            .binary_search_by_key(&at, |(k, _)| *k)
            .ok()
            .map(|i| &self.items[i].1)
    }

    /// The cells of one row, in column order.
    pub fn row(&self, row: u32) -> &[((u32, u32), T)] {
        let from = self.items.partition_point(|((r, _), _)| *r < row);
        let to = from + self.items[from..].partition_point(|((r, _), _)| *r == row);
        &self.items[from..to]
    }

    pub fn len(&self) -> usize {
        self.items.len()
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    pub fn iter(&self) -> impl Iterator<Item = &((u32, u32), T)> {
        self.items.iter()
    }
}

#[derive(Debug, Clone)]
pub struct TypedSheet {
    pub name: String,
    cells: Cells<Stored>,
    text: String,
    pub formulas: Cells<String>,
    rows: u32,
    cols: u32,
}

impl TypedSheet {
    fn new(name: String, values: Builder, formulas: Cells<String>) -> TypedSheet {
        let Builder { cells, text } = values;
        let rows = cells.items.last().map_or(0, |((r, _), _)| r + 1);
        let cols = cells.iter().map(|((_, c), _)| c + 1).max().unwrap_or(0);
        TypedSheet {
            name,
            cells,
            text,
            formulas,
            rows,
            cols,
        }
    }

    fn value<'a>(&'a self, stored: &Stored) -> CellValue<'a> {
        let at = |a: u32, n: u32| &self.text[a as usize..(a + n) as usize];
        match *stored {
            Stored::Number(n) => CellValue::Number(n),
            Stored::Text(a, n) => CellValue::Text(at(a, n)),
            Stored::Other(a, n) => CellValue::Other(at(a, n)),
        }
    }

    pub fn get(&self, row: u32, col: u32) -> CellValue<'_> {
        self.cells.get((row, col)).map_or(CellValue::Empty, |v| self.value(v))
    }

    pub fn text(&self, row: u32, col: u32) -> String {
        self.get(row, col).text()
    }

    /// One row's cells, found once: reading a row cell by cell then searches a dozen cells, not
    /// the whole sheet.
    pub fn row(&self, row: u32) -> Row<'_> {
        Row {
            sheet: self,
            cells: self.cells.row(row),
        }
    }

    /// The trimmed text of a text cell, without copying it; "" for any other cell.
    pub fn str(&self, row: u32, col: u32) -> &str {
        match self.get(row, col) {
            CellValue::Text(s) => s.trim(),
            _ => "",
        }
    }

    pub fn rows(&self) -> u32 {
        self.rows
    }

    pub fn cols(&self) -> u32 {
        self.cols
    }
}

/// The cells of one row of a [`TypedSheet`].
#[derive(Debug, Clone, Copy)]
pub struct Row<'a> {
    sheet: &'a TypedSheet,
    cells: &'a [((u32, u32), Stored)],
}

impl<'a> Row<'a> {
    pub fn get(&self, col: u32) -> CellValue<'a> {
        self.cells
            .binary_search_by_key(&col, |((_, c), _)| *c)
            .map_or(CellValue::Empty, |i| self.sheet.value(&self.cells[i].1))
    }

    pub fn text(&self, col: u32) -> String {
        self.get(col).text()
    }

    /// The trimmed text of a text cell, without copying it; "" for any other cell.
    pub fn str(&self, col: u32) -> &'a str {
        match self.get(col) {
            CellValue::Text(s) => s.trim(),
            _ => "",
        }
    }
}

pub fn read(path: &Path) -> Result<Vec<TypedSheet>, Error> {
    super::guarded(path, || read_workbook(path))
}

fn read_workbook(path: &Path) -> Result<Vec<TypedSheet>, Error> {
    let err = |e: calamine::Error| Error::spreadsheet_read(path, e);
    let mut wb = open_workbook_auto(path).map_err(err)?;
    if let Sheets::Xlsx(xlsx) = &mut wb {
        return read_xlsx(path, xlsx);
    }
    let mut out = Vec::new();
    for name in wb.sheet_names() {
        let range = wb.worksheet_range(&name).map_err(err)?;
        let (r0, c0) = range.start().unwrap_or((0, 0));
        let mut cells = Builder::default();
        for (r, c, v) in range.used_cells() {
            cells.add_owned((r0 + r as u32, c0 + c as u32), v);
        }
        let mut formulas = Cells::default();
        if let Ok(f) = wb.worksheet_formula(&name) {
            let (r0, c0) = f.start().unwrap_or((0, 0));
            for (r, c, text) in f.used_cells() {
                if !text.is_empty() {
                    formulas.insert((r0 + r as u32, c0 + c as u32), text.clone());
                }
            }
        }
        out.push(TypedSheet::new(name, cells, formulas));
    }
    Ok(out)
}

/// xlsx in one pass over each worksheet's XML: values and formulas together (reading them with
/// `worksheet_range` and then `worksheet_formula` parses every sheet twice).
fn read_xlsx<RS: std::io::Read + std::io::Seek>(path: &Path, xlsx: &mut Xlsx<RS>) -> Result<Vec<TypedSheet>, Error> {
    let err = |e: XlsxError| Error::spreadsheet_read(path, calamine::Error::from(e));
    let mut out = Vec::new();
    for name in xlsx.sheet_names() {
        let mut cells = Builder::default();
        let mut formulas = Cells::default();
        let mut reader = match xlsx.worksheet_cells_reader(&name) {
            Ok(reader) => reader,
            Err(XlsxError::NotAWorksheet(_)) => {
                out.push(TypedSheet::new(name, cells, formulas)); // a chart sheet: no cells
                continue;
            }
            Err(e) => return Err(err(e)),
        };
        while let Some(cell) = reader.next_cell_with_formula().map_err(err)? {
            // a mangled reference past the sheet's last cell would have the check walk billions of rows
            let at = super::within_sheet(path, cell.pos)?;
            if let Some(formula) = cell.formula.filter(|f| !f.is_empty()) {
                formulas.insert(at, formula);
            }
            cells.add(at, cell.value);
        }
        out.push(TypedSheet::new(name, cells, formulas));
    }
    Ok(out)
}

/// The floor the score-sheet reader cannot beat, for the benchmark: calamine reading every cell
/// (values and formulas) of every worksheet, keeping nothing. Returns the number of cells.
pub fn scan(path: &Path) -> Result<usize, Error> {
    super::guarded(path, || scan_workbook(path))
}

fn scan_workbook(path: &Path) -> Result<usize, Error> {
    let err = |e: calamine::Error| Error::spreadsheet_read(path, e);
    let mut wb = open_workbook_auto(path).map_err(err)?;
    let Sheets::Xlsx(xlsx) = &mut wb else {
        return Ok(read(path)?.iter().map(|s| s.cells.len()).sum());
    };
    let mut n = 0;
    for name in xlsx.sheet_names() {
        let mut reader = match xlsx.worksheet_cells_reader(&name) {
            Ok(reader) => reader,
            Err(XlsxError::NotAWorksheet(_)) => continue,
            Err(e) => return Err(err(e.into())),
        };
        while reader.next_cell_with_formula().map_err(|e| err(e.into()))?.is_some() {
            n += 1;
        }
    }
    Ok(n)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_keep_row_major_order_whatever_the_insertion_order() {
        let mut c = Cells::default();
        c.insert((0, 1), "b");
        c.insert((2, 0), "d");
        c.insert((0, 0), "a"); // out of order: a program wrote cells unsorted
        c.insert((1, 5), "c");
        c.insert((2, 0), "d2"); // the same cell twice: the last wins
        assert_eq!(
            c.iter().map(|(k, v)| (*k, *v)).collect::<Vec<_>>(),
            vec![((0, 0), "a"), ((0, 1), "b"), ((1, 5), "c"), ((2, 0), "d2")]
        );
        assert_eq!(c.get((1, 5)), Some(&"c"));
        assert_eq!(c.get((1, 4)), None);
        let sheet = TypedSheet::new(
            "s".into(),
            {
                let mut v = Builder::default();
                v.add((4, 1), DataRef::Float(2.0));
                v.add((0, 3), DataRef::SharedString(" x "));
                v.add((0, 5), DataRef::SharedString("  ")); // blank text is no cell
                v.add((4, 0), DataRef::Bool(true));
                v.add((4, 2), DataRef::String("y".into()));
                v
            },
            Cells::default(),
        );
        assert_eq!((sheet.rows(), sheet.cols()), (5, 4));
        assert_eq!(sheet.str(0, 3), "x");
        assert_eq!(sheet.get(0, 5), CellValue::Empty);
        assert_eq!(sheet.text(4, 1), "2");
        assert_eq!(sheet.str(4, 1), "", "a number is not text");
        assert_eq!(sheet.get(4, 0), CellValue::Other("true"));
        assert_eq!(sheet.get(4, 2), CellValue::Text("y"));
    }
}

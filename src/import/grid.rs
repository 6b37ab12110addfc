//! Every readable file as worksheets of text cells.
//!
//! xlsx, xls and ods go through calamine; csv through the csv crate, decoded as UTF-8 when it is
//! valid UTF-8 and as GBK otherwise (Chinese offices save "CSV (逗号分隔)" in GBK). Cells become
//! the text a person sees (numbers without a spurious `.0`), so the readers above work the same
//! on every format and raw cell types stay in this module.

use std::path::Path;

use calamine::{open_workbook_auto, DataRef, Reader, ReaderRef, Sheets};

use super::cell;
use crate::error::{Error, Location};

/// One worksheet: text cells and where the first one sits.
#[derive(Debug, Clone)]
pub struct Grid {
    pub sheet: String,
    /// 0-based row and column of `rows[0][0]` in the sheet.
    pub row0: u32,
    pub col0: u32,
    pub rows: Vec<Vec<String>>,
}

impl Grid {
    /// The place of `rows[r][c]` as a spreadsheet program names it.
    pub fn at(&self, path: &Path, r: usize, c: Option<usize>) -> Location {
        Location::cell(
            path,
            &self.sheet,
            self.row0 + r as u32 + 1,
            c.map(|c| self.col0 + c as u32),
        )
    }

    pub fn cell(&self, r: usize, c: usize) -> &str {
        self.rows
            .get(r)
            .and_then(|row| row.get(c))
            .map(String::as_str)
            .unwrap_or("")
    }

    pub fn is_blank_row(&self, r: usize) -> bool {
        self.rows.get(r).is_none_or(|row| row.iter().all(|c| c.is_empty()))
    }
}

/// Reads every worksheet of a workbook, or the one table of a csv file.
pub fn read(path: &Path) -> Result<Vec<Grid>, Error> {
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or("")
        .to_ascii_lowercase();
    if ext == "csv" || ext == "txt" {
        return read_csv(path).map(|g| vec![g]);
    }
    super::guarded(path, || read_workbook(path))
}

fn read_workbook(path: &Path) -> Result<Vec<Grid>, Error> {
    let mut workbook = open_workbook_auto(path).map_err(|e| Error::spreadsheet_read(path, e))?;
    let mut grids = Vec::new();
    for sheet in workbook.sheet_names() {
        let grid = if let Sheets::Xlsx(x) = &mut workbook {
            xlsx_grid(path, x, sheet.clone())?
        } else if matches!(workbook, Sheets::Xlsb(_)) {
            // cells borrowed from the shared-strings table: each text is copied once, not twice
            let range = workbook
                .worksheet_range_ref(&sheet)
                .map_err(|e| Error::spreadsheet_read(path, e))?;
            to_grid(sheet.clone(), &range, |c| match c {
                DataRef::SharedString(s) => cell::trim(s).to_owned(),
                other => cell::text(&other.clone().into()),
            })
        } else {
            let range = workbook
                .worksheet_range(&sheet)
                .map_err(|e| Error::spreadsheet_read(path, e))?;
            to_grid(sheet.clone(), &range, cell::text)
        };
        let merged = match &mut workbook {
            Sheets::Xlsx(x) => x.merge_cells_by_sheet_name(&sheet).unwrap_or_default(),
            Sheets::Xls(x) => x.merge_cells_by_sheet_name(&sheet).unwrap_or_default(),
            _ => Vec::new(),
        };
        let mut grid = grid;
        fill_merged_down(&mut grid, &merged);
        grids.push(grid);
    }
    Ok(grids)
}

/// A cell merged down over several rows (推荐地区 written once for a district's lessons) means
/// its value for every row it spans, as the office meant it. Merges across columns only (a title
/// or a 合计 line) are left as they are.
fn fill_merged_down(grid: &mut Grid, merged: &[calamine::Dimensions]) {
    for m in merged.iter().filter(|m| m.end.0 > m.start.0) {
        let (Some(r0), Some(c)) = (
            m.start.0.checked_sub(grid.row0).map(|r| r as usize),
            m.start.1.checked_sub(grid.col0).map(|c| c as usize),
        ) else {
            continue;
        };
        let Some(value) = grid.rows.get(r0).and_then(|row| row.get(c)).cloned() else {
            continue;
        };
        for r in r0 + 1..=(m.end.0 - grid.row0) as usize {
            let Some(row) = grid.rows.get_mut(r) else {
                break;
            };
            if row.len() <= c {
                row.resize(c + 1, String::new());
            }
            if row[c].is_empty() {
                row[c] = value.clone();
            }
        }
    }
}

/// An xlsx worksheet read cell by cell into rows that run from its first cell's row to its last's,
/// each as long as its own last cell: a stray value in the sheet's far corner (XFD1048576, where
/// Ctrl+End lands after someone typed there) costs a row, not the 17 billion empty cells of a
/// rectangle (calamine's `worksheet_range` lays one out, and the import ran out of memory).
fn xlsx_grid<RS: std::io::Read + std::io::Seek>(
    path: &Path,
    x: &mut calamine::Xlsx<RS>,
    sheet: String,
) -> Result<Grid, Error> {
    let mut reader = match x.worksheet_cells_reader(&sheet) {
        Ok(reader) => reader,
        Err(calamine::XlsxError::NotAWorksheet(_)) => return Ok(sparse_grid(sheet, Vec::new())),
        Err(e) => return Err(Error::spreadsheet_read(path, e)),
    };
    let mut cells = Vec::new();
    while let Some(c) = reader.next_cell().map_err(|e| Error::spreadsheet_read(path, e))? {
        let text = match c.get_value() {
            DataRef::Empty => continue,
            // borrowed from the shared-strings table: each text is copied once, not twice
            DataRef::SharedString(s) => cell::trim(s).to_owned(),
            other => cell::text(&other.clone().into()),
        };
        cells.push((super::within_sheet(path, c.get_position())?, text));
    }
    Ok(sparse_grid(sheet, cells))
}

/// Cells (0-based position, text; a later one at the same place wins) as a grid starting at the
/// first row and column that hold one.
fn sparse_grid(sheet: String, cells: Vec<((u32, u32), String)>) -> Grid {
    let row0 = cells.iter().map(|((r, _), _)| *r).min().unwrap_or(0);
    let col0 = cells.iter().map(|((_, c), _)| *c).min().unwrap_or(0);
    let height = cells
        .iter()
        .map(|((r, _), _)| (r - row0) as usize + 1)
        .max()
        .unwrap_or(0);
    let mut rows = vec![Vec::new(); height];
    for ((r, c), text) in cells {
        let row: &mut Vec<String> = &mut rows[(r - row0) as usize];
        let c = (c - col0) as usize;
        if row.len() <= c {
            row.resize(c + 1, String::new());
        }
        row[c] = text;
    }
    Grid {
        sheet,
        row0,
        col0,
        rows,
    }
}

fn to_grid<T: calamine::CellType>(sheet: String, range: &calamine::Range<T>, text: impl Fn(&T) -> String) -> Grid {
    let (row0, col0) = range.start().unwrap_or((0, 0));
    Grid {
        sheet,
        row0,
        col0,
        rows: range.rows().map(|r| r.iter().map(&text).collect()).collect(),
    }
}

fn read_csv(path: &Path) -> Result<Grid, Error> {
    let bytes = std::fs::read(path).map_err(|e| Error::read(path, e))?;
    let text = decode(&bytes);
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut rows = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| Error::spreadsheet_read(path, e))?;
        rows.push(record.iter().map(|c| cell::trim(c).to_owned()).collect());
    }
    let sheet = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    Ok(Grid {
        sheet,
        row0: 0,
        col0: 0,
        rows,
    })
}

/// UTF-8 (with or without BOM) when valid, else GBK.
pub fn decode(bytes: &[u8]) -> String {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(s) => s.to_owned(),
        Err(_) => encoding_rs::GBK.decode(bytes).0.into_owned(),
    }
}

/// The rows each worksheet of an xlsx file hides (1-based, by sheet name): an office hides
/// withdrawn lessons instead of deleting them, and calamine reads hidden rows like any other.
/// Other formats, and a file whose parts cannot be read, report none (the import reads it as
/// calamine does).
pub fn hidden_rows(path: &Path) -> std::collections::BTreeMap<String, Vec<u32>> {
    let is_xlsx = path
        .extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("xlsx"));
    if !is_xlsx {
        return Default::default();
    }
    super::guarded(path, || Ok(read_hidden_rows(path).unwrap_or_default())).unwrap_or_default()
}

fn read_hidden_rows(path: &Path) -> Option<std::collections::BTreeMap<String, Vec<u32>>> {
    use quick_xml::events::Event;
    use std::collections::BTreeMap;
    let mut zip = zip::ZipArchive::new(std::fs::File::open(path).ok()?).ok()?;
    // attribute `name` of every start or empty element `tag` of an xml part, as (attributes)
    let elements =
        |zip: &mut zip::ZipArchive<std::fs::File>, part: &str, tag: &str| -> Option<Vec<BTreeMap<String, String>>> {
            let file = zip.by_name(part).ok()?;
            let mut reader = quick_xml::Reader::from_reader(std::io::BufReader::new(file));
            let mut buf = Vec::new();
            let mut out = Vec::new();
            loop {
                match reader.read_event_into(&mut buf).ok()? {
                    Event::Start(e) | Event::Empty(e) if e.local_name().as_ref() == tag => {
                        let mut attrs = BTreeMap::new();
                        for a in e.attributes().flatten() {
                            let key = a.key.as_ref().to_owned();
                            let value = quick_xml::escape::unescape(&a.value)
                                .map(|v| v.into_owned())
                                .unwrap_or_default();
                            attrs.insert(key, value);
                        }
                        out.push(attrs);
                    }
                    Event::Eof => break,
                    _ => {}
                }
                buf.clear();
            }
            Some(out)
        };
    let sheets = elements(&mut zip, "xl/workbook.xml", "sheet")?;
    let rels = elements(&mut zip, "xl/_rels/workbook.xml.rels", "Relationship")?;
    let mut out = BTreeMap::new();
    for sheet in sheets {
        let (Some(name), Some(id)) = (sheet.get("name"), sheet.get("r:id")) else {
            continue;
        };
        let Some(target) = rels
            .iter()
            .find(|r| r.get("Id") == Some(id))
            .and_then(|r| r.get("Target"))
        else {
            continue;
        };
        let part = match target.strip_prefix('/') {
            Some(absolute) => absolute.to_owned(),
            None => format!("xl/{target}"),
        };
        let hidden: Vec<u32> = elements(&mut zip, &part, "row")
            .unwrap_or_default()
            .iter()
            .filter(|r| matches!(r.get("hidden").map(String::as_str), Some("1" | "true")))
            .filter_map(|r| r.get("r")?.parse().ok())
            .collect();
        if !hidden.is_empty() {
            out.insert(name.clone(), hidden);
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_gbk_and_utf8_with_bom() {
        let (gbk, _, _) = encoding_rs::GBK.encode("课名,主讲教师");
        assert_eq!(decode(&gbk), "课名,主讲教师");
        assert_eq!(decode("\u{feff}课名".as_bytes()), "课名");
    }
}

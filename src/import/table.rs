//! Reading one logical table (a roster, a judge list) out of a workbook.
//!
//! Every worksheet whose header row names the required columns contributes rows (offices often
//! send one sheet per category); sheets without it (填表说明) are skipped. Blank rows, template
//! rows where only 序号 is filled, and trailing 合计 / 备注 / 填表人 lines are not data.

use std::path::Path;

use super::grid;
use super::header::{self, ColumnSpec};
use crate::error::{Error, Location};
use crate::roster::FieldText;

const HEADER_SCAN_ROWS: usize = 30;

/// Words that start a line that is not data (totals, notes, signatures).
const FOOTER_WORDS: [&str; 12] = [
    "合计",
    "总计",
    "小计",
    "备注",
    "注：",
    "注:",
    "说明",
    "填表人",
    "填报人",
    "审核人",
    "联系人",
    "负责人",
];

/// One data row: a value per spec (`None` when the sheet has no such column).
#[derive(Debug, Clone)]
pub struct TableRow {
    pub location: Location,
    pub fields: Vec<Option<FieldText>>,
}

/// Reads every sheet with the header; `Err` (with every problem) when no sheet has it.
pub fn read(path: &Path, specs: &[ColumnSpec]) -> Result<Vec<TableRow>, Error> {
    read_sheets(path, specs, &|_| Ok(None))
}

/// Given a workbook's sheet names: the one sheet to read (`Some`), the headers' choice (`None`), or
/// a refusal of the workbook.
pub type SheetChoice<'a> = &'a dyn Fn(&[&str]) -> Result<Option<String>, Error>;

/// Like [`read`], but `choose` sees the workbook's sheet names first.
pub fn read_sheets(path: &Path, specs: &[ColumnSpec], choose: SheetChoice<'_>) -> Result<Vec<TableRow>, Error> {
    let mut grids = grid::read(path)?;
    let names: Vec<&str> = grids.iter().map(|g| g.sheet.as_str()).collect();
    if let Some(only) = choose(&names)? {
        grids.retain(|g| g.sheet == only);
    }
    let mut out = Vec::new();
    let mut found_any = false;
    let mut partial = None;
    for g in &grids {
        let h = match header::find(&g.rows, specs, HEADER_SCAN_ROWS) {
            Ok(h) => h,
            Err(p) => {
                if partial.is_none() {
                    partial = p.map(|p| (g.at(path, p.row, None), p.missing));
                }
                continue;
            }
        };
        found_any = true;
        for r in h.row + 1..g.rows.len() {
            if g.is_blank_row(r) || header::is_header_like(&g.rows[r], specs) {
                continue;
            }
            let first = g.rows[r]
                .iter()
                .find(|t| !t.is_empty())
                .map(String::as_str)
                .unwrap_or("");
            // a footer by its shape: a 合计/备注/填表人 label and little else on the line, so a
            // lesson titled 说明文的写作 (a full row) is data
            let filled = g.rows[r].iter().filter(|t| !t.is_empty()).count();
            let label_only = filled <= (h.columns.iter().flatten().count() / 3).max(2);
            if label_only && FOOTER_WORDS.iter().any(|w| first.starts_with(w)) {
                continue;
            }
            let required_empty = specs
                .iter()
                .zip(&h.columns)
                .filter(|(s, _)| s.required)
                .all(|(_, c)| c.is_none_or(|c| g.cell(r, c).is_empty()));
            if required_empty {
                continue; // a template row with only 序号 filled
            }
            let fields = h
                .columns
                .iter()
                .map(|c| {
                    c.map(|c| FieldText {
                        text: g.cell(r, c).to_owned(),
                        column: Some(g.col0 + c as u32),
                    })
                })
                .collect();
            out.push(TableRow {
                location: g.at(path, r, None),
                fields,
            });
        }
    }
    if found_any {
        return Ok(out);
    }
    let report = header::missing_report(path, partial, specs);
    Err(report.into())
}

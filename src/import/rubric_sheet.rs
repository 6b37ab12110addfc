//! A rubric from a spreadsheet laid out like the notices' table:
//! 一级指标 | 二级指标 | 指标描述 | 权重, with the 一级指标 cell merged or left blank on the rows of
//! the same group, possibly below a title row and above a 合计 row.

use std::path::Path;

use super::cell;
use super::grid;
use super::header::{self, ColumnSpec};
use crate::category::Category;
use crate::error::{Error, ProblemKind, Report};
use crate::points::Points;
use crate::rubric::{Rubric, SheetIndicator, SheetRubric};

const GROUP: ColumnSpec = ColumnSpec {
    name: "一级指标",
    synonyms: &["一级指标", "一级", "评价维度", "评价项目", "维度"],
    required: true,
};
const NAME: ColumnSpec = ColumnSpec {
    name: "二级指标",
    synonyms: &["二级指标", "二级", "评价要素", "评价内容", "指标名称"],
    required: true,
};
const DESCRIPTION: ColumnSpec = ColumnSpec {
    name: "指标描述",
    synonyms: &["指标描述", "描述", "评价标准", "评价要点", "指标说明", "评分标准"],
    required: false,
};
const WEIGHT: ColumnSpec = ColumnSpec {
    name: "权重",
    synonyms: &["权重", "分值", "满分", "分数", "配分", "权重分值"],
    required: true,
};
const SPECS: [ColumnSpec; 4] = [GROUP, NAME, DESCRIPTION, WEIGHT];

/// How far down a sheet the header may be.
const HEADER_SCAN_ROWS: usize = 30;

/// What the spreadsheet does not say and the user gives.
#[derive(Debug, Clone)]
pub struct RubricSheetOptions {
    pub year: u16,
    pub category: Category,
    /// Defaults to `<year>-<category>`.
    pub id: Option<String>,
    /// Defaults to `<year>年精品课评价指标（<category>）`.
    pub title: Option<String>,
    pub step: Points,
}

impl RubricSheetOptions {
    pub fn new(year: u16, category: Category) -> Self {
        RubricSheetOptions {
            year,
            category,
            id: None,
            title: None,
            step: Points::whole(1),
        }
    }
}

/// Reads a rubric from a TOML file or a spreadsheet, by the file's extension.
pub fn rubric_from_file(path: &Path, options: &RubricSheetOptions) -> Result<Rubric, Error> {
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or("")
        .to_ascii_lowercase();
    if ext == "toml" {
        let text = std::fs::read_to_string(path).map_err(|e| Error::read(path, e))?;
        Ok(Rubric::from_toml(&text, path)?)
    } else {
        rubric_from_spreadsheet(path, options)
    }
}

/// Reads the first worksheet that has the rubric table and validates it like a TOML rubric.
pub fn rubric_from_spreadsheet(path: &Path, options: &RubricSheetOptions) -> Result<Rubric, Error> {
    let mut report = Report::default();
    let mut partial = None;
    for g in grid::read(path)? {
        let found = match header::find(&g.rows, &SPECS, HEADER_SCAN_ROWS) {
            Ok(h) => h,
            Err(p) => {
                if partial.is_none() {
                    partial = p.map(|p| (g.at(path, p.row, None), p.missing));
                }
                continue;
            }
        };
        let [group_col, name_col, desc_col, weight_col] = [0, 1, 2, 3].map(|i| found.columns[i]);
        let (group_col, name_col, weight_col) = (
            group_col.expect("required column"),
            name_col.expect("required column"),
            weight_col.expect("required column"),
        );
        let mut indicators = Vec::new();
        let mut group = String::new();
        for r in found.row + 1..g.rows.len() {
            if header::is_header_like(&g.rows[r], &SPECS) {
                break; // a second table (another category) starts here
            }
            let first = g.rows[r]
                .iter()
                .find(|t| !t.is_empty())
                .map(String::as_str)
                .unwrap_or("");
            if ["合计", "总计", "总分", "合 计"].iter().any(|w| first.starts_with(w)) {
                break;
            }
            let (group_text, name, weight_text) = (g.cell(r, group_col), g.cell(r, name_col), g.cell(r, weight_col));
            if !group_text.is_empty() {
                group = group_text.to_owned(); // a merged or blank 一级指标 cell carries the one above
            }
            if name.is_empty() && weight_text.is_empty() {
                continue; // blank row, or a note spanning the table
            }
            let Some(weight) = cell::points(weight_text) else {
                let kind = if weight_text.is_empty() {
                    ProblemKind::EmptyValue {
                        field: WEIGHT.name.into(),
                    }
                } else {
                    ProblemKind::NotANumber {
                        column: WEIGHT.name.into(),
                        value: weight_text.to_owned(),
                    }
                };
                report.push(g.at(path, r, Some(weight_col)), kind);
                continue;
            };
            indicators.push(SheetIndicator {
                location: g.at(path, r, Some(name_col)),
                group: group.clone(),
                name: name.to_owned(),
                description: desc_col.map(|c| g.cell(r, c).to_owned()).unwrap_or_default(),
                weight,
            });
        }
        if !report.is_empty() {
            return Err(report.into());
        }
        let sheet_rubric = SheetRubric {
            id: options
                .id
                .clone()
                .unwrap_or_else(|| format!("{}-{}", options.year, options.category)),
            year: options.year,
            category: options.category,
            title: options
                .title
                .clone()
                .unwrap_or_else(|| format!("{}年精品课评价指标（{}）", options.year, options.category)),
            source: path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default(),
            step: options.step,
            rows: indicators,
        };
        return Ok(sheet_rubric.validate(path)?);
    }
    let report = header::missing_report(path, partial, &SPECS);
    Err(report.into())
}

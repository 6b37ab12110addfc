//! A rubric from a spreadsheet laid out like the notices' table:
//! 一级指标 | 二级指标 | 指标描述 | 权重, with the 一级指标 cell merged or left blank on the rows of
//! the same group, possibly below a title row and above a 合计 row.

use std::path::Path;

use calamine::{open_workbook_auto, Data, Reader};

use super::cell;
use super::header::{self, ColumnSpec};
use crate::category::Category;
use crate::error::{Error, ErrorKind, Location, ProblemKind, Report};
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
    synonyms: &[
        "指标描述",
        "描述",
        "评价标准",
        "评价要点",
        "指标说明",
        "评分标准",
    ],
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
    let mut workbook = open_workbook_auto(path).map_err(|e| ErrorKind::Spreadsheet {
        path: path.to_path_buf(),
        reason: e.to_string(),
    })?;
    let mut report = Report::default();
    let mut partial = None;
    for sheet in workbook.sheet_names() {
        let range = workbook
            .worksheet_range(&sheet)
            .map_err(|e| ErrorKind::Spreadsheet {
                path: path.to_path_buf(),
                reason: e.to_string(),
            })?;
        let (row0, col0) = range.start().unwrap_or((0, 0));
        let rows: Vec<&[Data]> = range.rows().collect();
        let at = |r: usize, c: Option<usize>| {
            Location::cell(
                path,
                &sheet,
                row0 + r as u32 + 1,
                c.map(|c| col0 + c as u32),
            )
        };
        let found = match header::find(&rows, &SPECS, HEADER_SCAN_ROWS) {
            Ok(h) => h,
            Err(p) => {
                if partial.is_none() {
                    partial = p.map(|p| (sheet.clone(), at(p.row, None), p.missing));
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
        let get = |row: &[Data], c: usize| row.get(c).cloned().unwrap_or(Data::Empty);
        let mut indicators = Vec::new();
        let mut group = String::new();
        for (r, row) in rows.iter().enumerate().skip(found.row + 1) {
            if header::is_header_like(row, &SPECS) {
                break; // a second table (another category) starts here
            }
            let first = row
                .iter()
                .map(cell::text)
                .find(|t| !t.is_empty())
                .unwrap_or_default();
            if ["合计", "总计", "总分", "合 计"]
                .iter()
                .any(|w| first.starts_with(w))
            {
                break;
            }
            let group_text = cell::text(&get(row, group_col));
            let name = cell::text(&get(row, name_col));
            let weight_cell = get(row, weight_col);
            if !group_text.is_empty() {
                group = group_text; // a merged or blank 一级指标 cell carries the one above
            }
            if name.is_empty() && cell::is_blank(&weight_cell) {
                continue; // blank row, or a note spanning the table
            }
            let weight = match cell::points(&weight_cell) {
                Some(w) => w,
                None => {
                    let kind = if cell::is_blank(&weight_cell) {
                        ProblemKind::EmptyValue {
                            field: WEIGHT.name.into(),
                        }
                    } else {
                        ProblemKind::NotANumber {
                            column: WEIGHT.name.into(),
                            value: cell::text(&weight_cell),
                        }
                    };
                    report.push(at(r, Some(weight_col)), kind);
                    continue;
                }
            };
            let description = desc_col
                .map(|c| cell::text(&get(row, c)))
                .unwrap_or_default();
            indicators.push(SheetIndicator {
                location: at(r, Some(name_col)),
                group: group.clone(),
                name,
                description,
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
            title: options.title.clone().unwrap_or_else(|| {
                format!("{}年精品课评价指标（{}）", options.year, options.category)
            }),
            source: path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default(),
            step: options.step,
            rows: indicators,
        };
        return Ok(sheet_rubric.validate(path)?);
    }
    match partial {
        Some((_, location, missing)) => {
            for column in missing {
                report.push(
                    location.clone(),
                    ProblemKind::MissingColumn {
                        column: column.into(),
                    },
                );
            }
        }
        None => report.push(
            Location::file(path),
            ProblemKind::NoHeaderRow {
                wanted: SPECS
                    .iter()
                    .filter(|s| s.required)
                    .map(|s| s.name.to_owned())
                    .collect(),
            },
        ),
    }
    Err(report.into())
}

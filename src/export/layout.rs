//! The filed-form layout every workbook shares: title, 填报单位 and date lines, tables with
//! wrapped headers and fitting widths, signature lines, print setup; a workbook written whole.

use std::borrow::Cow;
use std::path::Path;

use rust_xlsxwriter::{
    Color, DocProperties, ExcelDateTime, Format, FormatAlign, FormatBorder, Workbook, Worksheet, XlsxError,
};

use crate::aggregate::Hundredths;
use crate::error::Error;

/// What every printed sheet carries besides its table: the session, 填报单位, 草稿 or 定稿 with
/// its date, and signature lines under the table, as offices file them.
pub(super) struct Paper {
    pub(super) session: String,
    pub(super) unit: String,
    /// `定稿 2026-11-25` or `草稿（截至 2026-11-25）`.
    pub(super) stamp: String,
    /// The audit chain's head, or empty.
    pub(super) chain: String,
}

/// The table's header row: below the title and the 填报单位 line.
pub(super) const HEADER_ROW: u32 = 2;

pub(super) struct Formats {
    pub(super) header: Format,
    pub(super) cell: Format,
    pub(super) score: Format,
    pub(super) title: Format,
    pub(super) line: Format,
    pub(super) paper: Paper,
}

pub(super) fn formats(paper: Paper) -> Formats {
    let border = |f: Format| f.set_border(FormatBorder::Thin).set_border_color(Color::RGB(0xBFBFBF));
    Formats {
        header: border(
            Format::new()
                .set_bold()
                .set_text_wrap()
                .set_align(FormatAlign::Center)
                .set_align(FormatAlign::VerticalCenter)
                .set_background_color(Color::RGB(0xF2E6E6)),
        ),
        cell: border(Format::new().set_text_wrap().set_align(FormatAlign::VerticalCenter)),
        score: border(
            Format::new()
                .set_num_format("0.00")
                .set_align(FormatAlign::VerticalCenter),
        ),
        title: Format::new()
            .set_bold()
            .set_font_size(16)
            .set_align(FormatAlign::Center)
            .set_align(FormatAlign::VerticalCenter),
        line: Format::new().set_font_size(11).set_align(FormatAlign::VerticalCenter),
        paper,
    }
}

/// Display width in character cells: a CJK character takes two.
pub(super) fn text_width(s: &str) -> usize {
    s.chars().map(|c| if c.is_ascii() { 1 } else { 2 }).sum()
}

/// The lines under a printed table: who signs, and where the unit stamps.
pub(super) const SIGNATURES: &str =
    "评审组长（签字）：＿＿＿＿＿＿　　审核人（签字）：＿＿＿＿＿＿　　填报单位（盖章）";

/// A character of the 16-point title takes about this many cells of the 11-point body.
pub(super) const TITLE_SCALE: f64 = 1.5;

/// Column widths wide enough in sum for the lines merged across the table: the title, the
/// 填报单位 and date line, the signature line. A narrow table (名额使用 has five columns) would
/// otherwise print its title clipped on both sides and lose its 日志校验码 and 盖章 line; its
/// columns are widened in proportion (the page is fitted to its width when printed).
pub(super) fn print_widths(widths: &[f64], title: &str, unit_line: &str, date_line: &str) -> Vec<f64> {
    let needed = [
        text_width(title) as f64 * TITLE_SCALE + 4.0,
        text_width(unit_line) as f64 + text_width(date_line) as f64 + 6.0,
        text_width(SIGNATURES) as f64 + 4.0,
    ]
    .into_iter()
    .fold(0.0, f64::max);
    let total: f64 = widths.iter().sum();
    if total >= needed || total <= 0.0 {
        return widths.to_vec();
    }
    let k = needed / total;
    widths.iter().map(|w| (w * k).ceil()).collect()
}

/// The last column of the shortest run of columns from the first that is at least `need` wide.
pub(super) fn split_after(widths: &[f64], need: f64) -> u16 {
    let mut sum = 0.0;
    for (c, w) in widths.iter().enumerate() {
        sum += w;
        if sum >= need {
            return c as u16;
        }
    }
    widths.len().saturating_sub(1) as u16
}

/// Header lines needed so no header is cut: the widest header over its column's width.
pub(super) fn header_lines(headers: &[&str], widths: &[f64]) -> u32 {
    headers
        .iter()
        .zip(widths)
        .map(|(h, w)| {
            let per_line = (*w - 1.0).max(2.0) as usize;
            text_width(h).div_ceil(per_line) as u32
        })
        .max()
        .unwrap_or(1)
        .max(1)
}

pub(super) enum Cell<'a> {
    Text(Cow<'a, str>),
    Num(f64),
    Score(Hundredths),
    Blank,
}

/// How a table's worksheet keeps its cells until the workbook is saved.
#[derive(Clone, Copy, PartialEq)]
pub(super) enum Rows {
    /// In memory (small sheets).
    Few,
    /// Streamed to a temporary file row by row (评分明细: one row per judge and lesson, ≈ 105k at
    /// national scale), so memory stays flat whatever the size.
    Many,
}

/// A printed table as a new sheet of `wb`, its rows kept in memory (see [`fill`]).
pub(super) fn table<'a>(
    wb: &mut Workbook,
    name: &str,
    headers: &[&str],
    widths: &[f64],
    rows: impl IntoIterator<Item = Vec<Cell<'a>>>,
    size: Rows,
    f: &Formats,
) -> Result<(), XlsxError> {
    debug_assert!(
        size == Rows::Few,
        "a long table is filled into a low-memory sheet of its own"
    );
    fill(wb.add_worksheet(), name, headers, widths, rows, size, f)
}

/// Writes a printed table into `ws`: title, 填报单位 and date lines, headers, rows, signature
/// lines, filters, frozen headers and print setup.
pub(super) fn fill<'a>(
    ws: &mut Worksheet,
    name: &str,
    headers: &[&str],
    widths: &[f64],
    rows: impl IntoIterator<Item = Vec<Cell<'a>>>,
    size: Rows,
    f: &Formats,
) -> Result<(), XlsxError> {
    ws.set_name(name)?;
    let last_col = headers.len().saturating_sub(1) as u16;
    let p = &f.paper;
    let title = format!("{}　{}（{}）", p.session, name, p.stamp);
    let unit = if p.unit.is_empty() {
        "____________（盖章）"
    } else {
        p.unit.as_str()
    };
    let unit_line = format!("填报单位：{unit}");
    let chain = if p.chain.is_empty() {
        String::new()
    } else {
        format!("　日志校验码：{}", p.chain)
    };
    let date_line = format!("日期：{}{chain}", p.stamp);
    let widths = &print_widths(widths, &title, &unit_line, &date_line);
    ws.merge_range(0, 0, 0, last_col, &title, &f.title)?;
    ws.set_row_height(0, 30)?;
    // 填报单位 on the left, the date and the log's check code on the right, each over as many
    // columns as its text needs (a merged cell clips what does not fit)
    let split = split_after(widths, text_width(&unit_line) as f64 + 2.0).min(last_col.saturating_sub(1));
    if split == 0 {
        ws.write_string_with_format(1, 0, &unit_line, &f.line)?;
    } else {
        ws.merge_range(1, 0, 1, split, &unit_line, &f.line)?;
    }
    if split + 1 < last_col {
        ws.merge_range(1, split + 1, 1, last_col, &date_line, &f.line)?;
    } else if split < last_col {
        ws.write_string_with_format(1, last_col, &date_line, &f.line)?;
    }
    ws.set_row_height(1, 22)?;
    for (c, h) in headers.iter().enumerate() {
        ws.write_string_with_format(HEADER_ROW, c as u16, *h, &f.header)?;
    }
    ws.set_row_height(HEADER_ROW, 15.0 * f64::from(header_lines(headers, widths)) + 6.0)?;
    let mut last_row = HEADER_ROW;
    for (r, row) in rows.into_iter().enumerate() {
        let r = r as u32 + HEADER_ROW + 1;
        last_row = r;
        if size == Rows::Few {
            // wrapped text needs its lines: a spreadsheet program does not grow the row on opening
            let lines = row
                .iter()
                .zip(widths)
                .map(|(cell, w)| match cell {
                    Cell::Text(t) => text_width(t).div_ceil((*w - 1.0).max(2.0) as usize).max(1),
                    _ => 1,
                })
                .max()
                .unwrap_or(1);
            if lines > 1 {
                ws.set_row_height(r, 14.5 * lines as f64 + 3.0)?;
            }
        }
        for (c, cell) in row.into_iter().enumerate() {
            let c = c as u16;
            match (cell, size) {
                (Cell::Text(t), Rows::Few) => ws.write_string_with_format(r, c, t.into_owned(), &f.cell)?,
                (Cell::Num(n), Rows::Few) => ws.write_number_with_format(r, c, n, &f.cell)?,
                (Cell::Blank, Rows::Few) => ws.write_blank(r, c, &f.cell)?,
                (Cell::Score(h), _) => ws.write_number_with_format(r, c, h.0 as f64 / 100.0, &f.score)?,
                // long data sheets: plain cells (a per-cell format costs a hash of the whole
                // format on every write); printed with gridlines instead of cell borders
                (Cell::Text(t), Rows::Many) => ws.write_string(r, c, t.into_owned())?,
                (Cell::Num(n), Rows::Many) => ws.write_number(r, c, n)?,
                (Cell::Blank, Rows::Many) => ws,
            };
        }
    }
    // signature lines under the table
    let sign = last_row + 2;
    ws.merge_range(sign, 0, sign, last_col.max(1), SIGNATURES, &f.line)?;
    ws.set_row_height(sign, 28)?;
    for (c, w) in widths.iter().enumerate() {
        ws.set_column_width(c as u16, *w)?;
    }
    ws.autofilter(HEADER_ROW, 0, last_row, last_col)?;
    ws.set_freeze_panes(HEADER_ROW + 1, 0)?;
    ws.set_landscape();
    ws.set_paper_size(9);
    ws.set_print_fit_to_pages(1, 0);
    ws.set_repeat_rows(HEADER_ROW, HEADER_ROW)?;
    ws.set_footer(format!("&L{}&C第 &P 页，共 &N 页&R{}", name, p.stamp));
    if size == Rows::Many {
        ws.set_print_gridlines(true);
    }
    Ok(())
}

/// A lesson as the notices' 推荐汇总表 describes it, in its order (学段 … 单位): the columns every list
/// of lessons a bureau files carries, and a roster's own.
pub const LESSON_COLUMNS: [&str; 8] = [
    "学段",
    "学科",
    "年级",
    "教材版本",
    "课程节点编号",
    "课名",
    "主讲教师",
    "单位",
];

/// A lesson's [`LESSON_COLUMNS`].
pub(super) fn lesson_cells(l: &crate::roster::LessonFields) -> [Cell<'_>; 8] {
    [
        t(&l.stage),
        t(&l.subject),
        t(&l.grade),
        t(&l.edition),
        t(&l.node),
        t(&l.title),
        t(l.teachers.join("、")),
        t(&l.school),
    ]
}

pub(super) fn t<'a>(s: impl Into<Cow<'a, str>>) -> Cell<'a> {
    Cell::Text(s.into())
}

pub(super) fn opt<'a>(h: Option<Hundredths>) -> Cell<'a> {
    h.map_or(Cell::Blank, Cell::Score)
}

/// Column headers: `before`, one per indicator (`教学目标科学合理（10分）`), then `after`.
pub(super) fn with_indicators(before: &[&str], rubric: &crate::rubric::Rubric, after: &[&str]) -> Vec<String> {
    let mut out: Vec<String> = before.iter().map(|s| s.to_string()).collect();
    out.extend(
        rubric
            .indicators()
            .iter()
            .map(|i| crate::sheet::write::indicator_header(i.name(), i.weight())),
    );
    out.extend(after.iter().map(|s| s.to_string()));
    out
}

/// `定稿 2026-11-25`, `草稿，截至 2026-11-25` or `草稿`: what a printed sheet says of its date.
pub(super) fn stamp_of(finalized: Option<&str>, as_of: Option<&str>) -> String {
    let day = |s: &str| s.get(..10).unwrap_or(s).to_owned();
    match (finalized, as_of) {
        (Some(at), _) => format!("定稿 {}", day(at)),
        (None, Some(at)) => format!("草稿，截至 {}", day(at)),
        (None, None) => "草稿".to_owned(),
    }
}

/// A workbook of printed sheets that `build` adds, titled, written atomically to `path`; a write
/// failure names the file.
pub(super) fn write_workbook(
    title: String,
    path: &Path,
    build: impl FnOnce(&mut Workbook) -> Result<(), XlsxError>,
) -> Result<(), Error> {
    let mut wb = Workbook::new();
    wb.set_properties(
        &DocProperties::new()
            .set_title(title)
            .set_author("精品课评审台")
            .set_creation_datetime(&ExcelDateTime::from_ymd(2000, 1, 1).expect("a valid date")),
    );
    let bytes = build(&mut wb)
        .and_then(|_| wb.save_to_buffer())
        .map_err(|e| Error::spreadsheet_write(path, e))?;
    crate::library::write_atomically(path, &bytes)
}

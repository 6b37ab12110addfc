//! A table the way an education office lays one out: a merged title, a 填报单位 line, the header,
//! the rows, a 合计 line, and a 填表说明 sheet. The demo writes its roster and judge list with it,
//! so they go through the same importer as real ones.

use std::path::Path;

use rust_xlsxwriter::{DocProperties, ExcelDateTime, Format, FormatAlign, FormatBorder, Workbook};

use crate::error::Error;

pub struct OfficeTable<'a> {
    pub title: &'a str,
    pub unit_line: &'a str,
    pub headers: &'a [&'a str],
    pub rows: &'a [Vec<String>],
    /// Columns whose text is a number (node codes typed as numbers), written as numbers.
    pub numeric: &'a [usize],
    pub notes: &'a [&'a str],
}

pub fn write_office_table(table: &OfficeTable<'_>, path: &Path) -> Result<(), Error> {
    let err = |e: rust_xlsxwriter::XlsxError| Error::spreadsheet_write(path, e);
    let mut wb = Workbook::new();
    let when = ExcelDateTime::from_ymd(2025, 9, 1).expect("a valid date");
    wb.set_properties(&DocProperties::new().set_title(table.title).set_creation_datetime(&when));
    let title = Format::new()
        .set_bold()
        .set_font_size(15)
        .set_align(FormatAlign::Center);
    let header = Format::new()
        .set_bold()
        .set_border(FormatBorder::Thin)
        .set_align(FormatAlign::Center);
    let cell = Format::new().set_border(FormatBorder::Thin);
    let ws = wb.add_worksheet();
    ws.set_name("推荐汇总").map_err(err)?;
    let last = table.headers.len().saturating_sub(1) as u16;
    ws.merge_range(0, 0, 0, last, table.title, &title).map_err(err)?;
    ws.write_string(1, 0, table.unit_line).map_err(err)?;
    for (c, h) in table.headers.iter().enumerate() {
        ws.write_string_with_format(2, c as u16, *h, &header).map_err(err)?;
        ws.set_column_width(c as u16, 12).map_err(err)?;
    }
    for (r, row) in table.rows.iter().enumerate() {
        let r = r as u32 + 3;
        for (c, v) in row.iter().enumerate() {
            match v.parse::<f64>() {
                Ok(n) if table.numeric.contains(&c) => ws.write_number_with_format(r, c as u16, n, &cell),
                _ => ws.write_string_with_format(r, c as u16, v, &cell),
            }
            .map_err(err)?;
        }
    }
    ws.write_string(table.rows.len() as u32 + 3, 0, format!("合计：{}", table.rows.len()))
        .map_err(err)?;
    let notes = wb.add_worksheet();
    notes.set_name("填表说明").map_err(err)?;
    for (i, n) in table.notes.iter().enumerate() {
        notes.write_string(i as u32, 0, *n).map_err(err)?;
    }
    let bytes = wb.save_to_buffer().map_err(err)?;
    crate::library::write_atomically(path, &bytes)
}

//! Writing a score sheet with rust_xlsxwriter (the only place besides `export` that knows it).
//!
//! The sheet also prints as a paper form: landscape, fit to width, header rows repeated.

use std::path::Path;

use rust_xlsxwriter::{
    Color, DataValidation, DataValidationErrorStyle, DocProperties, ExcelDateTime, Format, FormatAlign, FormatBorder,
    Formula, Workbook, Worksheet, XlsxError,
};

use super::{headers, ScoreSheet, FORMAT_TAG, META_SHEET};
use crate::error::{column_letter, Error};
use crate::library::write_atomically;
use crate::points::Points;
use crate::roster::Lesson;

/// Rows above the first lesson: title, instructions, header.
pub const HEADER_ROW: u32 = 2;

struct Formats {
    title: Format,
    note: Format,
    header: Format,
    locked: Format,
    score: Format,
    text_input: Format,
    total: Format,
}

fn formats() -> Formats {
    let border = |f: Format| f.set_border(FormatBorder::Thin).set_border_color(Color::RGB(0xBFBFBF));
    Formats {
        title: Format::new()
            .set_bold()
            .set_font_size(15)
            .set_align(FormatAlign::Center),
        note: Format::new().set_font_color(Color::RGB(0x595959)).set_text_wrap(),
        header: border(
            Format::new()
                .set_bold()
                .set_text_wrap()
                .set_align(FormatAlign::Center)
                .set_align(FormatAlign::VerticalCenter),
        )
        .set_background_color(Color::RGB(0xF2E6E6)),
        locked: border(Format::new().set_text_wrap().set_align(FormatAlign::VerticalCenter))
            .set_background_color(Color::RGB(0xF5F5F5)),
        score: border(
            Format::new()
                .set_unlocked()
                .set_align(FormatAlign::Center)
                .set_align(FormatAlign::VerticalCenter),
        ),
        text_input: border(
            Format::new()
                .set_unlocked()
                .set_text_wrap()
                .set_align(FormatAlign::VerticalCenter),
        ),
        total: border(
            Format::new()
                .set_bold()
                .set_align(FormatAlign::Center)
                .set_align(FormatAlign::VerticalCenter),
        )
        .set_background_color(Color::RGB(0xF5F5F5)),
    }
}

fn xlsx_error(path: &Path) -> impl Fn(XlsxError) -> Error + '_ {
    move |e| Error::spreadsheet_write(path, e)
}

fn descriptive(l: &Lesson) -> [String; 7] {
    let f = &l.fields;
    [
        f.category.to_string(),
        f.stage.clone(),
        f.subject.clone(),
        f.grade.clone(),
        f.title.clone(),
        f.teachers.join("、"),
        f.school.clone(),
    ]
}

fn number(p: Points) -> f64 {
    f64::from(p.tenths()) / 10.0
}

/// Writes the sheet to `path` (atomically: a crash never leaves half a file).
pub fn write(sheet: &ScoreSheet, path: &Path) -> Result<(), Error> {
    let bytes = to_bytes(sheet).map_err(xlsx_error(path))?;
    write_atomically(path, &bytes)
}

pub fn to_bytes(sheet: &ScoreSheet) -> Result<Vec<u8>, XlsxError> {
    let sheet = &sheet.normalized();
    let mut wb = Workbook::new();
    // the creation time is the sheet's own time, so the same sheet gives the same bytes
    let created = ExcelDateTime::parse_from_str(&sheet.meta.generated_at.replace('T', " ").replace('Z', ""))
        .unwrap_or_else(|_| ExcelDateTime::from_ymd(2000, 1, 1).expect("a valid date"));
    wb.set_properties(
        &DocProperties::new()
            .set_title("精品课评分表")
            .set_author("精品课评审台")
            .set_creation_datetime(&created),
    );
    let f = formats();
    for cat in &sheet.categories {
        let ws = wb.add_worksheet();
        write_category(ws, sheet, cat, &f)?;
    }
    let meta = wb.add_worksheet();
    write_meta(meta, sheet)?;
    wb.save_to_buffer()
}

fn write_category(
    ws: &mut Worksheet,
    sheet: &ScoreSheet,
    cat: &super::CategorySheet,
    f: &Formats,
) -> Result<(), XlsxError> {
    ws.set_name(&cat.sheet_name)?;
    let rubric = &cat.rubric;
    let n = rubric.indicators().len() as u16;
    let first_score: u16 = 1 + headers::DESCRIPTIVE.len() as u16;
    let total_col = first_score + n;
    let (veto_col, comment_col, unscored_col) = (total_col + 1, total_col + 2, total_col + 3);
    let step = rubric.step();

    ws.merge_range(
        0,
        0,
        0,
        unscored_col,
        &format!(
            "{} 评分表（{}） 评委：{}（{}）",
            sheet.meta.session_name,
            rubric.category(),
            sheet.meta.judge_name,
            sheet.meta.judge_id
        ),
        &f.title,
    )?;
    let vetoes: Vec<&str> = rubric.vetoes().iter().map(|v| v.name()).collect();
    ws.merge_range(
        1,
        0,
        1,
        unscored_col,
        &format!(
            "在白色单元格中填写各指标得分（0至该指标满分，步长{step}分）。否决项写「否决项：理由」，多项用“；”分隔，可选：{}。不评的课例请填写未评原因。",
            vetoes.join("、")
        ),
        &f.note,
    )?;
    ws.set_row_height(1, 32)?;

    let mut col = 0u16;
    ws.write_string_with_format(HEADER_ROW, col, headers::LESSON_ID, &f.header)?;
    for h in headers::DESCRIPTIVE {
        col += 1;
        ws.write_string_with_format(HEADER_ROW, col, h, &f.header)?;
    }
    for (i, ind) in rubric.indicators().iter().enumerate() {
        ws.write_string_with_format(
            HEADER_ROW,
            first_score + i as u16,
            indicator_header(ind.name(), ind.weight()),
            &f.header,
        )?;
    }
    for (c, h) in [
        (total_col, headers::TOTAL),
        (veto_col, headers::VETO),
        (comment_col, headers::COMMENT),
        (unscored_col, headers::UNSCORED),
    ] {
        ws.write_string_with_format(HEADER_ROW, c, h, &f.header)?;
    }
    ws.set_row_height(HEADER_ROW, 48)?;

    for (r, lesson) in cat.lessons.iter().enumerate() {
        let row = HEADER_ROW + 1 + r as u32;
        ws.write_string_with_format(row, 0, lesson.id.as_str(), &f.locked)?;
        for (i, text) in descriptive(lesson).iter().enumerate() {
            ws.write_string_with_format(row, 1 + i as u16, text, &f.locked)?;
        }
        let scores = sheet.scores.get(&lesson.id);
        for i in 0..n {
            match scores.and_then(|s| s.scores.get(i as usize).copied().flatten()) {
                Some(p) => ws.write_number_with_format(row, first_score + i, number(p), &f.score)?,
                None => ws.write_blank(row, first_score + i, &f.score)?,
            };
        }
        let (a, b) = (
            format!("{}{}", column_letter(first_score as u32), row + 1),
            format!("{}{}", column_letter((total_col - 1) as u32), row + 1),
        );
        let formula = Formula::new(format!("=IF(COUNT({a}:{b})=0,\"\",SUM({a}:{b}))"));
        ws.write_formula_with_format(row, total_col, formula, &f.total)?;
        match scores.filter(|s| s.scores.iter().any(Option::is_some)) {
            Some(s) => ws.set_formula_result(row, total_col, s.total().to_string()),
            None => ws.set_formula_result(row, total_col, ""),
        };
        ws.set_row_height(row, 30)?;
        let s = scores.cloned().unwrap_or_default();
        let veto_text = super::veto_cell(rubric, &s.vetoes);
        ws.write_string_with_format(row, veto_col, &veto_text, &f.text_input)?;
        ws.write_string_with_format(row, comment_col, &s.comment, &f.text_input)?;
        ws.write_string_with_format(row, unscored_col, s.unscored.clone().unwrap_or_default(), &f.text_input)?;
    }

    if !cat.lessons.is_empty() {
        let last = HEADER_ROW + cat.lessons.len() as u32;
        for (i, ind) in rubric.indicators().iter().enumerate() {
            let c = first_score + i as u16;
            let cell = format!("{}{}", column_letter(c as u32), HEADER_ROW + 2);
            let w = number(ind.weight());
            let rule = Formula::new(format!(
                "=OR(ISBLANK({cell}),AND(ISNUMBER({cell}),{cell}>=0,{cell}<={w},MOD(ROUND({cell}*10,0),{})=0))",
                step.tenths()
            ));
            let dv = DataValidation::new()
                .allow_custom(rule)
                .set_input_title("评分")?
                .set_input_message(fit_message(format!(
                    "{}：请输入0至{w}之间的分数，步长{step}分。",
                    ind.name()
                )))?
                .set_error_title("分数无效")?
                .set_error_message(fit_message(format!(
                    "「{}」的得分应为0至{w}之间、{step}的整数倍的数字。",
                    ind.name()
                )))?
                .set_error_style(DataValidationErrorStyle::Stop);
            ws.add_data_validation(HEADER_ROW + 1, c, last, c, &dv)?;
        }
        let dv = DataValidation::new()
            .allow_any_value()
            .set_input_title("否决项")?
            .set_input_message(fit_message(format!(
                "写「否决项：理由」，多项用“；”分隔。可选：{}",
                vetoes.join("、")
            )))?;
        ws.add_data_validation(HEADER_ROW + 1, veto_col, last, veto_col, &dv)?;
    }

    ws.set_column_width(0, 10)?;
    for (i, w) in [8.0, 6.0, 8.0, 8.0, 24.0, 14.0, 18.0].iter().enumerate() {
        ws.set_column_width(1 + i as u16, *w)?;
    }
    for i in 0..n {
        ws.set_column_width(first_score + i, 11)?;
    }
    ws.set_column_width(total_col, 8)?;
    ws.set_column_width(veto_col, 22)?;
    ws.set_column_width(comment_col, 30)?;
    ws.set_column_width(unscored_col, 14)?;
    ws.set_freeze_panes(HEADER_ROW + 1, 1)?;
    ws.set_landscape();
    ws.set_paper_size(9); // A4
    ws.set_print_fit_to_pages(1, 0);
    ws.set_repeat_rows(0, HEADER_ROW)?;
    // what a judge signs when handing the printed sheet in
    ws.set_footer("&L评委签字：＿＿＿＿＿＿＿＿&C第 &P 页，共 &N 页&R日期：＿＿＿＿年＿＿月＿＿日");
    ws.protect();
    Ok(())
}

/// Excel keeps a data validation's message in at most 255 characters: a longer one (a long
/// indicator name, many veto items) is cut with `…` rather than failing the export. The message
/// is a prompt; the header and the rule say the same in full.
fn fit_message(text: String) -> String {
    const MAX: usize = 255;
    if text.chars().count() <= MAX {
        return text;
    }
    let mut cut: String = text.chars().take(MAX - 1).collect();
    cut.push('…');
    cut
}

/// `教学目标科学合理（10分）`
pub fn indicator_header(name: &str, weight: Points) -> String {
    format!("{name}（{weight}分）")
}

fn write_meta(ws: &mut Worksheet, sheet: &ScoreSheet) -> Result<(), XlsxError> {
    ws.set_name(META_SHEET)?;
    let m = &sheet.meta;
    let mut row = 0u32;
    let mut put = |ws: &mut Worksheet, cells: &[&str]| -> Result<(), XlsxError> {
        for (c, v) in cells.iter().enumerate() {
            ws.write_string(row, c as u16, *v)?;
        }
        row += 1;
        Ok(())
    };
    put(ws, &[FORMAT_TAG, &m.version.to_string()])?;
    put(ws, &["session_id", &m.session_id])?;
    put(ws, &["session_name", &m.session_name])?;
    put(ws, &["judge_id", m.judge_id.as_str()])?;
    put(ws, &["judge_name", &m.judge_name])?;
    put(ws, &["judge_key", &m.judge_key])?;
    put(ws, &["generated_at", &m.generated_at])?;
    put(ws, &["revision", &m.revision.to_string()])?;
    if !m.issue.is_empty() {
        put(ws, &["issue", &m.issue])?;
    }
    for c in &sheet.categories {
        let r = &c.rubric;
        put(
            ws,
            &[
                "rubric",
                r.category().name(),
                r.id().as_str(),
                r.content_hash(),
                &r.to_toml(),
            ],
        )?;
        put(ws, &["sheet", &c.sheet_name, r.category().name()])?;
        for l in &c.lessons {
            let scores = &sheet.scores[&l.id];
            let fields = serde_json::to_string(&l.fields).expect("lesson fields serialize");
            let scores = serde_json::to_string(scores).expect("scores serialize");
            put(ws, &["lesson", l.id.as_str(), &fields, &scores])?;
        }
    }
    put(ws, &["hmac", &sheet.signature(m.judge_key.as_bytes())])?;
    ws.set_hidden(true);
    ws.protect();
    Ok(())
}

//! The results workbook an education office prints and files (rust_xlsxwriter; with the score
//! sheet writer, the only code that knows it).
//!
//! Sheets: 推荐名单-<类别>, 公示名单, 候补名单, 未推荐, 评分明细-<类别>, 评委统计, 名额使用, 问题记录, and 形式审查
//! when a check ran; the 获奖名单 for certificates and the 形式审查 alone are workbooks of their own. Chinese headers, frozen
//! header row, filters, widths, number formats, print titles, landscape. The same inputs give the
//! same bytes: the document's time is the session's finalization time, never the clock.

pub mod office;
mod similar;

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::path::Path;

use rust_xlsxwriter::{
    Chart, ChartAxisLabelPosition, ChartErrorBars, ChartErrorBarsType, ChartRange, ChartType, Color, DocProperties,
    ExcelDateTime, Format, FormatAlign, FormatBorder, Workbook, Worksheet, XlsxError,
};

use crate::aggregate::Hundredths;
use crate::error::Error;
use crate::judges::Judge;
use crate::results::{CategoryResults, Results};
use crate::select::{Reason, Status};
use crate::settings::Settings;
use crate::store::SheetRecord;

/// The sentence printed for a reason (document text for offices, in Chinese).
pub fn reason_text(r: &Reason) -> String {
    match r {
        Reason::Recommended => "推荐".into(),
        Reason::StageFloor { stage, replaced } => format!("为覆盖{stage}学段推荐（替换 {replaced}）"),
        Reason::Alternate { order } => format!("候补第{order}名"),
        Reason::QuotaFull { rank, quota } => format!("名额已满（排名第{rank}，名额{quota}）"),
        Reason::RegionQuotaFull { region, quota } => format!("{region}名额已满（{quota}节）"),
        Reason::NodeTaken { node, by } => format!("节点重复（节点{node}已推荐 {by}）"),
        Reason::TeacherTaken { teacher, by } => format!("教师重复（{teacher}已推荐 {by}）"),
        Reason::SubjectShare { subjects, max_percent } => {
            format!("学科占比上限（{}合计不超过{max_percent}%）", subjects.join("、"))
        }
        Reason::SchoolSubjectCap { school, subject, cap } => {
            format!("同校同学科已达上限（{school}{subject}最多{cap}节）")
        }
        Reason::BelowMinimum { score, minimum } => format!("低于分数线（{score} < {minimum}）"),
        Reason::SwappedOut { stage, by, order } => {
            format!("候补第{order}名（为覆盖{stage}学段让出名额，由 {by} 替换）")
        }
        Reason::Vetoed { judges } => format!("一票否决（{judges}位评委）"),
        Reason::VetoedByChair { item } => format!("一票否决（组长认定：{item}）"),
        Reason::HeldGap { spread, threshold } => format!("待复议（评委分差{spread}分，超过{threshold}分）"),
        Reason::HeldIncomplete { judges, required } => format!("待复议（评分不全：{judges}/{required}位评委）"),
        Reason::NoScores => "尚无评分".into(),
        Reason::Excluded { reason } => format!("形式审查未通过，不参评（{reason}）"),
        Reason::Barred { teacher, year, session } => {
            format!("列入失信名单，不参评（{teacher}，{year}年{session}）")
        }
    }
}

/// A decision's name as printed (the audit action `decision.arbitrate`, `decision.withdraw.accept`, …).
fn decision_text(action: &str) -> String {
    let name = |k: &str| match k {
        "arbitrate" => "仲裁定分",
        "accept" => "维持计算结果",
        "overrule_veto" => "撤销否决",
        "accept_incomplete" => "确认评分不全",
        "tie_order" => "并列顺序",
        "review" => "请第三位评委复评",
        "veto" => "组长否决",
        _ => "其他决定",
    };
    let what = action.trim_start_matches("decision.");
    match what.strip_prefix("withdraw.") {
        Some(k) => format!("撤回{}", name(k)),
        None => name(what).to_owned(),
    }
}

/// The decision's value, reason, who and when: `86.00；第三位评委复评（张主任，2026-11-25）`.
fn decision_note(a: &crate::store::AuditEntry) -> String {
    #[derive(serde::Deserialize)]
    struct Change {
        reason: String,
        decisions: crate::aggregate::LessonDecisions,
    }
    let day = a.at.get(..10).unwrap_or(&a.at);
    match a.new.as_deref().and_then(|n| serde_json::from_str::<Change>(n).ok()) {
        Some(c) => {
            let value = match (a.action.as_str(), c.decisions.arbitration, c.decisions.tie_order) {
                ("decision.arbitrate", Some(s), _) => format!("{s}分；"),
                ("decision.tie_order", _, Some(o)) => format!("第{o}位；"),
                _ => String::new(),
            };
            format!("{value}{}（{}，{day}）", c.reason, a.who)
        }
        None => format!("（{}，{day}）", a.who),
    }
}

/// The reason's machine-readable code (the serde tag).
pub fn reason_code(r: &Reason) -> &'static str {
    r.code()
}

pub fn status_text(s: Status) -> &'static str {
    match s {
        Status::Recommended => "推荐",
        Status::Alternate => "候补",
        Status::NotSelected => "未推荐",
        Status::Held => "待复议",
        Status::Vetoed => "一票否决",
    }
}

/// Everything the workbook shows besides the results.
pub struct WorkbookInput<'a> {
    pub results: &'a Results,
    pub settings: &'a Settings,
    pub judges: &'a [Judge],
    pub judgements: &'a BTreeMap<(crate::judges::JudgeId, crate::roster::LessonId), crate::scores::LessonScores>,
    pub sheets: &'a [SheetRecord],
    pub conflicts: &'a [(crate::judges::JudgeId, u32)],
    pub recusals: &'a [crate::assign::Recusal],
    /// The chair's decisions as audited (lesson, what, reason, who, when), for 问题记录.
    pub decision_log: &'a [crate::store::AuditEntry],
    pub absences: &'a crate::store::Absences,
    /// The time of the session's last change: the date a draft is printed with (never the clock).
    pub as_of: Option<&'a str>,
    /// The stored 形式审查 (empty when none ran): a 形式审查 sheet when there is one.
    pub materials: &'a [crate::materials::LessonCheck],
    /// Lessons kept out after 形式审查, with the reason.
    pub excluded: &'a BTreeMap<crate::roster::LessonId, String>,
    /// The audit chain's head (`jingpin audit verify`), printed on every sheet so a printed list
    /// pins the log as it was.
    pub chain: &'a str,
    /// 评委校准 (severity, interval, agreement, flags) for 评委统计.
    pub calibration: &'a crate::calibration::Calibration,
    /// 推荐稳定性 per lesson, when the export was asked for it: the 公平性 sheet (never a column of
    /// a list a bureau stamps).
    pub stability: Option<&'a BTreeMap<crate::roster::LessonId, crate::stability::LessonStability>>,
    /// The stored 查重 (none when no screening ran): a 查重 sheet when there is one.
    pub screening: Option<&'a crate::similar::report::Screening>,
}

/// What every printed sheet carries besides its table: the session, 填报单位, 草稿 or 定稿 with
/// its date, and signature lines under the table, as offices file them.
struct Paper {
    session: String,
    unit: String,
    /// `定稿 2026-11-25` or `草稿（截至 2026-11-25）`.
    stamp: String,
    /// The audit chain's head, or empty.
    chain: String,
}

/// The table's header row: below the title and the 填报单位 line.
const HEADER_ROW: u32 = 2;

struct Formats {
    header: Format,
    cell: Format,
    score: Format,
    title: Format,
    line: Format,
    paper: Paper,
}

fn formats(paper: Paper) -> Formats {
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
fn text_width(s: &str) -> usize {
    s.chars().map(|c| if c.is_ascii() { 1 } else { 2 }).sum()
}

/// The lines under a printed table: who signs, and where the unit stamps.
const SIGNATURES: &str = "评审组长（签字）：＿＿＿＿＿＿　　审核人（签字）：＿＿＿＿＿＿　　填报单位（盖章）";

/// A character of the 16-point title takes about this many cells of the 11-point body.
const TITLE_SCALE: f64 = 1.5;

/// Column widths wide enough in sum for the lines merged across the table: the title, the
/// 填报单位 and date line, the signature line. A narrow table (名额使用 has five columns) would
/// otherwise print its title clipped on both sides and lose its 日志校验码 and 盖章 line; its
/// columns are widened in proportion (the page is fitted to its width when printed).
fn print_widths(widths: &[f64], title: &str, unit_line: &str, date_line: &str) -> Vec<f64> {
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
fn split_after(widths: &[f64], need: f64) -> u16 {
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
fn header_lines(headers: &[&str], widths: &[f64]) -> u32 {
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

enum Cell<'a> {
    Text(Cow<'a, str>),
    Num(f64),
    Score(Hundredths),
    Blank,
}

/// How a table's worksheet keeps its cells until the workbook is saved.
#[derive(Clone, Copy, PartialEq)]
enum Rows {
    /// In memory (small sheets).
    Few,
    /// Streamed to a temporary file row by row (评分明细: one row per judge and lesson, ≈ 105k at
    /// national scale), so memory stays flat whatever the size.
    Many,
}

/// A printed table as a new sheet of `wb`, its rows kept in memory (see [`fill`]).
fn table<'a>(
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
fn fill<'a>(
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

fn t<'a>(s: impl Into<Cow<'a, str>>) -> Cell<'a> {
    Cell::Text(s.into())
}

fn opt<'a>(h: Option<Hundredths>) -> Cell<'a> {
    h.map_or(Cell::Blank, Cell::Score)
}

/// Column headers: `before`, one per indicator (`教学目标科学合理（10分）`), then `after`.
fn with_indicators(before: &[&str], rubric: &crate::rubric::Rubric, after: &[&str]) -> Vec<String> {
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

/// A lesson's stability as printed: `92%`, or `64%（不稳）` below the fragile line.
fn stability_cell<'a>(s: Option<&crate::stability::LessonStability>) -> Cell<'a> {
    match s {
        Some(s) => t(format!(
            "{:.0}%{}",
            s.stability * 100.0,
            if s.fragile { "（不稳）" } else { "" }
        )),
        None => Cell::Blank,
    }
}

fn recommended_sheet(wb: &mut Workbook, c: &CategoryResults, f: &Formats) -> Result<(), XlsxError> {
    // a list a bureau stamps: the decision and what it rests on, no analysis (stability and the
    // other statistics are on 公平性 and 评委统计)
    let after: &[&str] = &["最终得分", "奖项"];
    let headers = with_indicators(
        &[
            "序号",
            "得分排名",
            "地区",
            "学段",
            "学科",
            "年级",
            "教材版本",
            "课程节点编号",
            "课名",
            "主讲教师",
            "单位",
            "评委数",
        ],
        &c.rubric,
        after,
    );
    // narrow columns with wrapped text, so a page-wide print keeps a readable font
    let mut widths = vec![5.0, 5.0, 8.0, 5.0, 6.0, 6.0, 8.0, 9.0, 18.0, 10.0, 14.0, 5.0];
    widths.extend(c.rubric.indicators().iter().map(|_| 7.0));
    widths.extend([8.0, 6.0]);
    let mut rows = Vec::new();
    for (n, row) in c
        .rows
        .iter()
        .filter(|r| r.outcome.status == Status::Recommended)
        .enumerate()
    {
        let l = &row.lesson.fields;
        let mut cells = vec![
            Cell::Num(n as f64 + 1.0),
            row.outcome.rank.map_or(Cell::Blank, |r| Cell::Num(f64::from(r))),
            t(&l.region),
            t(&l.stage),
            t(&l.subject),
            t(&l.grade),
            t(&l.edition),
            t(&l.node),
            t(&l.title),
            t(l.teachers.join("、")),
            t(&l.school),
            row.scored
                .as_ref()
                .map_or(Cell::Blank, |s| Cell::Num(f64::from(s.judges))),
        ];
        cells.extend(
            c.rubric
                .indicators()
                .iter()
                .enumerate()
                .map(|(i, _)| opt(row.scored.as_ref().map(|s| s.indicator_means[i]))),
        );
        cells.push(opt(row.scored.as_ref().map(|s| s.final_score)));
        cells.push(t(row.outcome.prize.clone().unwrap_or_default()));
        rows.push(cells);
    }
    let refs: Vec<&str> = headers.iter().map(String::as_str).collect();
    table(
        wb,
        &format!("推荐名单-{}", c.category),
        &refs,
        &widths,
        rows,
        Rows::Few,
        f,
    )
}

/// 公示名单: the recommended lessons of every category as offices publish them (title, teachers,
/// school, region, prize), numbered in list order (a score rank such as "2" beside the only
/// recommended lesson of a category puzzles the public), print-ready like every sheet.
fn publication_sheet(wb: &mut Workbook, results: &Results, f: &Formats) -> Result<(), XlsxError> {
    let mut rows = Vec::new();
    for c in &results.categories {
        for row in c.rows.iter().filter(|r| r.outcome.status == Status::Recommended) {
            let l = &row.lesson.fields;
            rows.push(vec![
                Cell::Num(rows.len() as f64 + 1.0),
                t(c.category.name()),
                t(&l.title),
                t(l.teachers.join("、")),
                t(&l.school),
                t(&l.region),
                t(row.outcome.prize.clone().unwrap_or_default()),
            ]);
        }
    }
    table(
        wb,
        "公示名单",
        &["序号", "类别", "课名", "主讲教师", "单位", "地区", "奖项"],
        &[6.0, 10.0, 30.0, 16.0, 26.0, 10.0, 8.0],
        rows,
        Rows::Few,
        f,
    )
}

/// `定稿 2026-11-25`, `草稿，截至 2026-11-25` or `草稿`: what a printed sheet says of its date.
fn stamp_of(finalized: Option<&str>, as_of: Option<&str>) -> String {
    let day = |s: &str| s.get(..10).unwrap_or(s).to_owned();
    match (finalized, as_of) {
        (Some(at), _) => format!("定稿 {}", day(at)),
        (None, Some(at)) => format!("草稿，截至 {}", day(at)),
        (None, None) => "草稿".to_owned(),
    }
}

/// A workbook of printed sheets that `build` adds, titled, written atomically to `path`; a write
/// failure names the file.
fn write_workbook(
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

/// 上报推荐汇总表: the recommended lessons of every category in one sheet laid out like the
/// rosters offices exchange, so the next level imports it unchanged as its roster: 推荐地区 is this
/// session's region (the one that recommends), with this level's score, rank and prize.
pub fn write_handoff(
    results: &Results,
    settings: &Settings,
    region: &str,
    as_of: Option<&str>,
    path: &Path,
) -> Result<(), Error> {
    let f = formats(Paper {
        session: results.session.clone(),
        unit: settings.unit.clone(),
        stamp: stamp_of(results.finalized.as_deref(), as_of),
        chain: String::new(),
    });
    let unit = if settings.unit.is_empty() {
        region
    } else {
        settings.unit.as_str()
    };
    let mut rows = Vec::new();
    for c in &results.categories {
        for row in c.rows.iter().filter(|r| r.outcome.status == Status::Recommended) {
            let l = &row.lesson.fields;
            rows.push(vec![
                Cell::Num(rows.len() as f64 + 1.0),
                t(c.category.name()),
                t(region),
                t(&l.stage),
                t(&l.subject),
                t(&l.grade),
                t(&l.edition),
                t(&l.node),
                t(&l.title),
                t(l.teachers.join("、")),
                t(&l.school),
                opt(row.scored.as_ref().map(|s| s.final_score)),
                row.outcome.rank.map_or(Cell::Blank, |r| Cell::Num(f64::from(r))),
                t(row.outcome.prize.clone().unwrap_or_default()),
                t(unit),
                t(origin_chain(
                    &l.origin,
                    region,
                    row.lesson.id.as_str(),
                    row.scored.as_ref().map(|s| s.final_score),
                )),
            ]);
        }
    }
    write_workbook(format!("{} 上报推荐汇总表", results.session), path, |wb| {
        table(
            wb,
            crate::import::HANDOFF_SHEET,
            &[
                "序号",
                "精品课类别",
                "推荐地区",
                "学段",
                "学科",
                "年级",
                "教材版本",
                "课程节点编号",
                "课名",
                "主讲教师",
                "单位",
                "本级得分",
                "本级排名",
                "奖项",
                "推荐单位",
                "原编号",
            ],
            &[
                5.0, 10.0, 8.0, 5.0, 7.0, 7.0, 9.0, 11.0, 20.0, 12.0, 18.0, 8.0, 6.0, 6.0, 14.0, 30.0,
            ],
            rows,
            Rows::Few,
            &f,
        )
    })
}

/// 评委统计: per judge and panel the calibration (`jingpin calibrate`) — lessons, mean, SD,
/// severity with its 95 % interval, agreement, consistency, halo and the flags in words — and a
/// native column chart of the severities with their intervals as error bars (Excel, WPS and
/// LibreOffice draw it).
fn judges_sheet(wb: &mut Workbook, input: &WorkbookInput<'_>, f: &Formats) -> Result<(), XlsxError> {
    let c = input.calibration;
    let num = |v: Option<f64>| v.map_or(Cell::Blank, |x| Cell::Score(Hundredths::from_f64(x)));
    let mut rows: Vec<Vec<Cell>> = Vec::new();
    let mut named = std::collections::HashSet::new();
    let names: std::collections::HashMap<&crate::judges::JudgeId, &str> =
        input.judges.iter().map(|j| (&j.id, j.fields.name.as_str())).collect();
    for j in &c.judges {
        named.insert(&j.id);
        let s = &j.stats;
        let half = match (s.severity_low, s.severity_high) {
            (Some(l), Some(h)) => Some((h - l) / 2.0),
            _ => None,
        };
        rows.push(vec![
            t(j.id.as_str()),
            t(names.get(&j.id).copied().unwrap_or(&j.name)),
            t(j.category.name()),
            t(&j.panel),
            Cell::Num(f64::from(s.lessons)),
            Cell::Score(Hundredths::from_f64(s.mean)),
            num(s.sd),
            Cell::Score(Hundredths::from_f64(s.severity)),
            num(half),
            match (s.severity_low, s.severity_high) {
                (Some(l), Some(h)) => t(format!("{} ~ {}", Hundredths::from_f64(l), Hundredths::from_f64(h))),
                _ => t("—"),
            },
            num(s.agreement),
            num(s.consistency),
            num(s.halo),
            t(s.flags.iter().map(|x| flag_text(*x)).collect::<Vec<_>>().join("；")),
        ]);
    }
    let charted = rows.len();
    for j in input.judges.iter().filter(|j| !named.contains(&j.id)) {
        rows.push(vec![
            t(j.id.as_str()),
            t(&j.fields.name),
            t(""),
            t(&j.fields.panel),
            Cell::Num(0.0),
            Cell::Blank,
            Cell::Blank,
            Cell::Blank,
            Cell::Blank,
            t("—"),
            Cell::Blank,
            Cell::Blank,
            Cell::Blank,
            t("未评分"),
        ]);
    }
    let n = rows.len() as u32;
    table(
        wb,
        "评委统计",
        &[
            "评委编号",
            "姓名",
            "类别",
            "评审组",
            "评课数",
            "平均总分",
            "标准差",
            "宽严（分，负为偏严）",
            "区间半宽",
            "95%区间",
            "与其他评委一致性",
            "残差（一致性）",
            "指标区分度",
            "提示",
        ],
        &[9.0, 9.0, 9.0, 11.0, 7.0, 8.0, 7.0, 10.0, 7.0, 14.0, 9.0, 9.0, 8.0, 26.0],
        rows,
        Rows::Few,
        f,
    )?;
    if charted == 0 {
        return Ok(());
    }
    let ws = wb.worksheet_from_name("评委统计")?;
    let (first, last) = (HEADER_ROW + 1, HEADER_ROW + charted as u32);
    let mut chart = Chart::new(ChartType::Column);
    chart.title().set_name("评委宽严（分）及95%区间");
    chart
        .add_series()
        .set_name("宽严（分）")
        .set_categories(("评委统计", first, 1, last, 1))
        .set_values(("评委统计", first, 7, last, 7))
        .set_y_error_bars(ChartErrorBars::new().set_type(ChartErrorBarsType::Custom(
            ChartRange::new_from_range("评委统计", first, 8, last, 8),
            ChartRange::new_from_range("评委统计", first, 8, last, 8),
        )));
    chart.legend().set_hidden();
    chart.y_axis().set_name("分");
    chart.x_axis().set_label_position(ChartAxisLabelPosition::Low);
    // wide enough for a label per judge; on its own printed page below the table
    chart.set_width((40 * charted as u32).clamp(640, 1400)).set_height(380);
    let at = HEADER_ROW + n + 4;
    ws.set_page_breaks(&[at])?;
    // a little below the break: LibreOffice draws a chart that starts exactly on it with its top
    // border on the page before
    ws.insert_chart_with_offset(at, 0, &chart, 0, 8)?;
    Ok(())
}

/// A judge's flag as printed.
fn flag_text(f: crate::fairness::Flag) -> &'static str {
    use crate::fairness::Flag;
    match f {
        Flag::Harsh => "偏严：宽严区间整体低于设定幅度",
        Flag::Lenient => "偏宽：宽严区间整体高于设定幅度",
        Flag::LowAgreement => "与其他评委一致性低",
        Flag::Narrow => "打分过于集中",
    }
}

/// A lesson's 原编号 as it leaves this level: what it came with, then this level's region, id and
/// score: `玄武区:L00012(86.50) → 南京:L00003(88.00)`.
pub fn origin_chain(before: &str, region: &str, id: &str, score: Option<Hundredths>) -> String {
    let here = match score {
        Some(s) => format!("{region}:{id}({s})"),
        None => format!("{region}:{id}"),
    };
    if before.is_empty() {
        here
    } else {
        format!("{before} → {here}")
    }
}

/// 获奖名单 for a certificate mail-merge: one row per teacher of every recommended lesson (a lesson
/// of three authors gives three certificates), with the prize (or 推荐 when the session gives
/// none), the lesson, the session and the date.
pub fn write_awards(results: &Results, settings: &Settings, date: &str, path: &Path) -> Result<(), Error> {
    let f = formats(Paper {
        session: results.session.clone(),
        unit: settings.unit.clone(),
        stamp: date.to_owned(),
        chain: String::new(),
    });
    let mut rows = Vec::new();
    for c in &results.categories {
        for row in c.rows.iter().filter(|r| r.outcome.status == Status::Recommended) {
            let l = &row.lesson.fields;
            for teacher in &l.teachers {
                rows.push(vec![
                    Cell::Num(rows.len() as f64 + 1.0),
                    t(teacher),
                    t(&l.school),
                    t(&l.region),
                    t(c.category.name()),
                    t(&l.title),
                    t(row.outcome.prize.clone().unwrap_or_else(|| "推荐".into())),
                    t(row.lesson.id.as_str()),
                    t(&results.session),
                    t(date),
                ]);
            }
        }
    }
    write_workbook(format!("{} 获奖名单", results.session), path, |wb| {
        table(
            wb,
            "获奖名单",
            &[
                "序号",
                "姓名",
                "单位",
                "地区",
                "类别",
                "课名",
                "奖项",
                "课程编号",
                "评审活动",
                "日期",
            ],
            &[6.0, 10.0, 22.0, 10.0, 10.0, 24.0, 8.0, 10.0, 24.0, 12.0],
            rows,
            Rows::Few,
            &f,
        )
    })
}

/// The bar register (失信名单) as offices share it: the columns `import::register_sheet` reads,
/// with the year the bar ends, a title, the 填报单位 line and the date it was written.
pub fn write_register(
    entries: &[crate::register::BarEntry],
    unit: &str,
    bar_years: u16,
    date: &str,
    path: &Path,
) -> Result<(), Error> {
    let f = formats(Paper {
        session: "基础教育精品课遴选".into(),
        unit: unit.to_owned(),
        stamp: date.to_owned(),
        chain: String::new(),
    });
    let rows: Vec<Vec<Cell>> = entries
        .iter()
        .enumerate()
        .map(|(i, e)| {
            vec![
                Cell::Num(i as f64 + 1.0),
                t(&e.name),
                t(&e.school),
                t(&e.region),
                Cell::Num(f64::from(e.year)),
                t(&e.session),
                t(&e.reason),
                Cell::Num(f64::from(e.year) + f64::from(bar_years)),
            ]
        })
        .collect();
    write_workbook("精品课遴选失信名单".into(), path, |wb| {
        table(
            wb,
            "失信名单",
            &["序号", "姓名", "单位", "地区", "年度", "评审活动", "原因", "限制至"],
            &[6.0, 10.0, 22.0, 10.0, 7.0, 26.0, 30.0, 8.0],
            rows,
            Rows::Few,
            &f,
        )
    })
}

/// Writes the results workbook to `path` (atomically).
pub fn write_results(input: &WorkbookInput<'_>, path: &Path) -> Result<(), Error> {
    let mut wb = results_workbook(input).map_err(|e| Error::spreadsheet_write(path, e))?;
    // saved straight into the file: a national workbook is not held in memory a second time
    crate::library::write_atomically_with(path, |file| {
        wb.save_to_writer(file).map_err(|e| Error::spreadsheet_write(path, e))
    })?;
    // a national workbook's cell tables take longer to free than the answer takes to go out
    crate::par::drop_later(wb);
    Ok(())
}

fn results_workbook(input: &WorkbookInput<'_>) -> Result<Workbook, XlsxError> {
    let f = formats(Paper {
        session: input.results.session.clone(),
        unit: input.settings.unit.clone(),
        stamp: stamp_of(input.results.finalized.as_deref(), input.as_of),
        chain: input.chain.to_owned(),
    });
    let mut wb = Workbook::new();
    // level 2, not the default 6: compressing is the one serial step of saving; at national scale
    // level 2 gives 9.5 MB where level 3 gave 8.9 MB and took 70 ms longer (docs/benchmarks.md)
    wb.set_zip_compression_level(2);
    let when = input
        .results
        .finalized
        .as_deref()
        .and_then(|s| ExcelDateTime::parse_from_str(&s.replace('T', " ").replace('Z', "")).ok())
        .unwrap_or_else(|| ExcelDateTime::from_ymd(2000, 1, 1).expect("a valid date"));
    wb.set_properties(
        &DocProperties::new()
            .set_title(format!("{} 评审结果", input.results.session))
            .set_author("精品课评审台")
            .set_creation_datetime(&when),
    );
    let names: BTreeMap<&crate::judges::JudgeId, &str> =
        input.judges.iter().map(|j| (&j.id, j.fields.name.as_str())).collect();
    let judge_name = |id: &crate::judges::JudgeId| names.get(id).copied().unwrap_or_default();
    // each lesson's judgements with the judge's name, found once per judge: the judgements come
    // in judge order, so the names are walked beside them (评分明细 prints a name on 105k rows)
    let mut by_lesson: rustc_hash::FxHashMap<&crate::roster::LessonId, Vec<Judged<'_>>> = Default::default();
    let mut judge_names = names.iter().peekable();
    for ((j, l), s) in input.judgements {
        while judge_names.next_if(|(id, _)| **id < j).is_some() {}
        let name = judge_names.peek().filter(|(id, _)| **id == j).map_or("", |(_, n)| **n);
        by_lesson.entry(l).or_default().push((j, name, s));
    }
    let of_lesson = |l: &crate::roster::LessonId| by_lesson.get(l).map(Vec::as_slice).unwrap_or(&[]);

    // 评分明细 (about 105k rows at national scale) is the longest to write. The largest category's
    // is filled into a low-memory sheet (shared strings) on a thread of its own while the sheets
    // before it are built here, then the other categories' into constant-memory sheets (inline
    // strings). Only one sheet adds to the shared string table while sheets are filled side by
    // side, and the formats they use are in the table before either starts (rust_xlsxwriter adds
    // a format under a lock without looking again), so the same inputs give the same bytes.
    register_detail_formats(&mut wb, &f)?;
    let categories = &input.results.categories;
    let judged = |c: &CategoryResults| c.rows.iter().map(|r| of_lesson(&r.lesson.id).len()).sum::<usize>();
    let largest = (0..categories.len()).rev().max_by_key(|i| judged(&categories[*i]));
    let mut details = Vec::with_capacity(categories.len());
    for i in 0..categories.len() {
        details.push(if Some(i) == largest {
            wb.new_worksheet_with_low_memory()?
        } else {
            wb.new_worksheet_with_constant_memory()?
        });
    }
    let at = std::thread::scope(|scope| -> Result<usize, XlsxError> {
        let mut rest: Vec<(usize, &mut Worksheet)> = details.iter_mut().enumerate().collect();
        let own = largest.map(|l| rest.remove(rest.iter().position(|(i, _)| *i == l).expect("listed")));
        let filling = own.map(|(i, ws)| {
            let (of_lesson, f) = (&of_lesson, &f);
            scope.spawn(move || detail_sheet(ws, &categories[i], of_lesson, f))
        });
        let here = (|| {
            for c in categories {
                recommended_sheet(&mut wb, c, &f)?;
            }
            publication_sheet(&mut wb, input.results, &f)?;
            lists_sheets(&mut wb, input, &f)?;
            for (i, ws) in rest {
                detail_sheet(ws, &categories[i], &of_lesson, &f)?;
            }
            // the sheets after 评分明细 are built meanwhile too; 评分明细 is put in its place below
            let at = wb.worksheets_mut().len();
            closing_sheets(&mut wb, input, &of_lesson, &judge_name, &f)?;
            Ok::<_, XlsxError>(at)
        })();
        if let Some(filling) = filling {
            filling.join().expect("filling 评分明细 does not panic")?;
        }
        here
    })?;
    wb.worksheets_mut().splice(at..at, details);

    Ok(wb)
}

/// The sheets after 评分明细: 评委统计, 名额使用, 问题记录 and 形式审查 when a check ran.
fn closing_sheets<'a>(
    wb: &mut Workbook,
    input: &WorkbookInput<'a>,
    of_lesson: &dyn Fn(&crate::roster::LessonId) -> &'a [Judged<'a>],
    judge_name: &dyn Fn(&crate::judges::JudgeId) -> &'a str,
    f: &Formats,
) -> Result<(), XlsxError> {
    let all = || {
        input
            .results
            .categories
            .iter()
            .flat_map(|c| c.rows.iter().map(move |r| (c, r)))
    };
    judges_sheet(wb, input, f)?;

    let mut usage = Vec::new();
    for c in &input.results.categories {
        let picked = |region: Option<&str>| {
            c.rows
                .iter()
                .filter(|r| {
                    r.outcome.status == Status::Recommended && region.is_none_or(|g| r.lesson.fields.region == g)
                })
                .count() as u32
        };
        let total = picked(None);
        usage.push(vec![
            t(c.category.name()),
            t("合计"),
            Cell::Num(f64::from(c.quota)),
            Cell::Num(f64::from(total)),
            Cell::Num(f64::from(c.quota.saturating_sub(total))),
        ]);
        let mut regions: Vec<&str> = c
            .rows
            .iter()
            .map(|r| r.lesson.fields.region.as_str())
            .filter(|r| !r.is_empty())
            .collect();
        regions.sort_unstable();
        regions.dedup();
        for region in regions {
            let quota = input
                .settings
                .region_quotas
                .iter()
                .find(|q| q.category == c.category && q.region == region)
                .map(|q| q.quota);
            let n = picked(Some(region));
            usage.push(vec![
                t(c.category.name()),
                t(region),
                quota.map_or(Cell::Blank, |q| Cell::Num(f64::from(q))),
                Cell::Num(f64::from(n)),
                quota.map_or(Cell::Blank, |q| Cell::Num(f64::from(q.saturating_sub(n)))),
            ]);
        }
    }
    table(
        wb,
        "名额使用",
        &["类别", "地区", "名额", "已推荐", "剩余"],
        &[10.0, 12.0, 8.0, 8.0, 8.0],
        usage,
        Rows::Few,
        f,
    )?;

    let mut issues = Vec::new();
    for (c, r) in all() {
        let kind = match (&r.outcome.status, r.outcome.tie_at_cut) {
            (Status::Held, _) => "待复议",
            (Status::Vetoed, _) => "一票否决",
            (_, true) => "并列待定",
            _ => continue,
        };
        let mut text = reason_text(&r.outcome.reason);
        if r.outcome.status == Status::Vetoed {
            let why: Vec<String> = of_lesson(&r.lesson.id)
                .iter()
                .flat_map(|(_, name, s)| {
                    s.vetoes
                        .iter()
                        .map(move |v| format!("{name}：{}（{}）", v.reason, v.veto))
                })
                .collect();
            text = format!("{text}；{}", why.join("；"));
        }
        if r.outcome.tie_at_cut {
            text = format!(
                "{text}；排名第{}名并列且跨越名额、候补或奖项线，需组长决定顺序",
                r.outcome.rank.unwrap_or(0)
            );
        }
        issues.push(vec![
            t(kind),
            t(c.category.name()),
            t(r.lesson.id.as_str()),
            t(&r.lesson.fields.title),
            t(text),
        ]);
    }
    for (j, rev) in input.conflicts {
        issues.push(vec![
            t("评分表冲突"),
            Cell::Blank,
            t(j.as_str()),
            t(judge_name(j)),
            t(format!("第{rev}版有两份不同内容，需组长确认")),
        ]);
    }
    for s in input.sheets.iter().filter(|s| s.status != "intact") {
        let (kind, what) = if s.status == "unverified" {
            ("无法验证", "签名不符，按下发记录核对")
        } else {
            ("外部编辑", "在应用外修改")
        };
        let state = if s.counts {
            "已由组长确认"
        } else {
            "待组长确认，未计分"
        };
        issues.push(vec![
            t(kind),
            Cell::Blank,
            t(s.judge.as_str()),
            t(judge_name(&s.judge)),
            t(format!(
                "第{}版{what}，改动{}个单元格，{state}：{}",
                s.revision,
                s.changes,
                std::path::Path::new(&s.file)
                    .file_name()
                    .map_or(s.file.clone(), |n| n.to_string_lossy().into_owned())
            )),
        ]);
    }
    for a in input.decision_log {
        issues.push(vec![
            t("组长决定"),
            Cell::Blank,
            t(&a.target),
            t(decision_text(&a.action)),
            t(decision_note(a)),
        ]);
    }
    for (j, why) in input.absences {
        issues.push(vec![
            t("评委缺席"),
            Cell::Blank,
            t(j.as_str()),
            t(judge_name(j)),
            t(why),
        ]);
    }
    for r in input.recusals {
        issues.push(vec![
            t("回避"),
            Cell::Blank,
            t(r.lesson.as_str()),
            t(judge_name(&r.judge)),
            t(match r.reason {
                crate::assign::RecusalReason::SameSchool => "本校课例，评委回避",
                crate::assign::RecusalReason::SameRegion => "本地区课例，评委回避",
            }),
        ]);
    }
    table(
        wb,
        "问题记录",
        &["类型", "类别", "编号", "名称", "说明"],
        &[12.0, 10.0, 10.0, 24.0, 60.0],
        issues,
        Rows::Few,
        f,
    )?;
    if !input.materials.is_empty() {
        let lessons: Vec<&crate::roster::Lesson> = all().map(|(_, r)| &r.lesson).collect();
        materials_sheet(wb, input.materials, &lessons, input.excluded, f)?;
    }
    if let Some(s) = input.screening {
        let vetoes = &input.results.decisions.vetoes;
        let decided = |lesson: &str| -> String {
            vetoes
                .iter()
                .find(|(l, _)| l.as_str() == lesson)
                .map(|(l, item)| format!("{l} 组长否决（{item}）"))
                .unwrap_or_default()
        };
        similar::similar_sheet(wb, s, &decided, f)?;
    }
    Ok(())
}

/// 候补名单 and 未推荐: every category's alternates, and every lesson neither recommended nor an
/// alternate with its status and reason.
fn lists_sheets(wb: &mut Workbook, input: &WorkbookInput<'_>, f: &Formats) -> Result<(), XlsxError> {
    let all = || {
        input
            .results
            .categories
            .iter()
            .flat_map(|c| c.rows.iter().map(move |r| (c, r)))
    };
    let alternates: Vec<Vec<Cell>> = all()
        .filter(|(_, r)| r.outcome.status == Status::Alternate)
        .map(|(c, r)| {
            let l = &r.lesson.fields;
            vec![
                t(c.category.name()),
                t(reason_text(&r.outcome.reason)),
                r.outcome.rank.map_or(Cell::Blank, |x| Cell::Num(f64::from(x))),
                t(r.lesson.id.as_str()),
                t(&l.region),
                t(&l.stage),
                t(&l.subject),
                t(&l.title),
                t(l.teachers.join("、")),
                t(&l.school),
                opt(r.scored.as_ref().map(|s| s.final_score)),
            ]
        })
        .collect();
    let headers = [
        "类别",
        "候补",
        "得分排名",
        "课程编号",
        "地区",
        "学段",
        "学科",
        "课名",
        "主讲教师",
        "单位",
        "最终得分",
    ];
    let widths = [10.0, 18.0, 6.0, 10.0, 10.0, 6.0, 8.0, 24.0, 14.0, 20.0, 10.0];
    table(wb, "候补名单", &headers, &widths, alternates, Rows::Few, f)?;
    if let Some(st) = input.stability {
        fairness_sheet(wb, input, st, f)?;
    }

    let others: Vec<Vec<Cell>> = all()
        .filter(|(_, r)| !matches!(r.outcome.status, Status::Recommended | Status::Alternate))
        .map(|(c, r)| {
            let l = &r.lesson.fields;
            vec![
                t(c.category.name()),
                r.outcome.rank.map_or(Cell::Blank, |x| Cell::Num(f64::from(x))),
                t(r.lesson.id.as_str()),
                t(&l.region),
                t(&l.title),
                t(&l.school),
                opt(r.scored.as_ref().map(|s| s.raw_mean)),
                opt(r.scored.as_ref().map(|s| s.final_score)),
                t(status_text(r.outcome.status)),
                t(reason_code(&r.outcome.reason)),
                t(reason_text(&r.outcome.reason)),
            ]
        })
        .collect();
    table(
        wb,
        "未推荐",
        &[
            "类别",
            "得分排名",
            "课程编号",
            "地区",
            "课名",
            "单位",
            "原始平均分",
            "最终得分",
            "状态",
            "原因代码",
            "原因",
        ],
        &[10.0, 6.0, 10.0, 10.0, 24.0, 20.0, 10.0, 10.0, 8.0, 16.0, 40.0],
        others,
        Rows::Few,
        f,
    )?;

    Ok(())
}

/// 公平性: how stable each ranked lesson's outcome is (bootstrap and leave-one-judge-out), the
/// analysis that stays off the stamped lists.
fn fairness_sheet(
    wb: &mut Workbook,
    input: &WorkbookInput<'_>,
    stability: &BTreeMap<crate::roster::LessonId, crate::stability::LessonStability>,
    f: &Formats,
) -> Result<(), XlsxError> {
    let rows: Vec<Vec<Cell>> = input
        .results
        .categories
        .iter()
        .flat_map(|c| c.rows.iter().map(move |r| (c, r)))
        .filter_map(|(c, r)| stability.get(&r.lesson.id).map(|s| (c, r, s)))
        .map(|(c, r, s)| {
            vec![
                t(c.category.name()),
                r.outcome.rank.map_or(Cell::Blank, |x| Cell::Num(f64::from(x))),
                t(r.lesson.id.as_str()),
                t(&r.lesson.fields.title),
                t(status_text(r.outcome.status)),
                opt(r.scored.as_ref().map(|s| s.final_score)),
                stability_cell(Some(s)),
                s.leave_one_out.map_or(Cell::Blank, |x| t(format!("{:.0}%", x * 100.0))),
            ]
        })
        .collect();
    table(
        wb,
        "公平性",
        &[
            "类别",
            "得分排名",
            "课程编号",
            "课名",
            "状态",
            "最终得分",
            "推荐稳定性",
            "去掉一位评委后不变",
        ],
        &[10.0, 6.0, 10.0, 28.0, 8.0, 10.0, 12.0, 12.0],
        rows,
        Rows::Few,
        f,
    )
}

/// Puts the formats a 评分明细 sheet uses into the workbook's table, in the order its filling
/// would (title, line, header), through a sheet that is then dropped unsaved.
fn register_detail_formats(wb: &mut Workbook, f: &Formats) -> Result<(), XlsxError> {
    let mut ws = wb.new_worksheet_with_constant_memory()?;
    ws.write_blank(0, 0, &f.title)?;
    ws.write_blank(0, 1, &f.line)?;
    ws.write_blank(0, 2, &f.header)?;
    Ok(())
}

/// A judge's scores of a lesson, with the judge's name.
type Judged<'a> = (&'a crate::judges::JudgeId, &'a str, &'a crate::scores::LessonScores);

/// 评分明细 of one category: one row per judge and lesson, in ranking order, with every
/// indicator's score, the total (or 未评 and why), vetoes and the comment.
fn detail_sheet<'a>(
    ws: &mut Worksheet,
    c: &'a CategoryResults,
    of_lesson: &dyn Fn(&crate::roster::LessonId) -> &'a [Judged<'a>],
    f: &Formats,
) -> Result<(), XlsxError> {
    let headers = with_indicators(
        &["课程编号", "课名", "评委编号", "评委"],
        &c.rubric,
        &["总分", "否决项", "评语"],
    );
    let mut widths = vec![9.0, 18.0, 8.0, 8.0];
    widths.extend(c.rubric.indicators().iter().map(|_| 7.0));
    widths.extend([8.0, 18.0, 24.0]);
    let detail = c.rows.iter().flat_map(|r| {
        of_lesson(&r.lesson.id).iter().map(move |(judge, name, s)| {
            let mut row = Vec::with_capacity(s.scores.len() + 7);
            row.extend([
                t(r.lesson.id.as_str()),
                t(&r.lesson.fields.title),
                t(judge.as_str()),
                t(*name),
            ]);
            row.extend(
                s.scores
                    .iter()
                    .map(|p| p.map_or(Cell::Blank, |p| Cell::Num(f64::from(p.tenths()) / 10.0))),
            );
            // a lesson the judge did not score shows 未评 and why, never a total of 0
            row.push(match (&s.unscored, s.is_complete()) {
                (Some(why), _) => t(format!("未评：{why}")),
                (None, true) => Cell::Num(f64::from(s.total().tenths()) / 10.0),
                (None, false) => t("未评完"),
            });
            row.push(t(s
                .vetoes
                .iter()
                .map(|v| format!("{}：{}", v.veto, v.reason))
                .collect::<Vec<_>>()
                .join("；")));
            row.push(t(&s.comment));
            row
        })
    });
    let refs: Vec<&str> = headers.iter().map(String::as_str).collect();
    fill(
        ws,
        &format!("评分明细-{}", c.category),
        &refs,
        &widths,
        detail,
        Rows::Many,
        f,
    )
}

/// The 形式审查 sheet: per lesson its folder, result and every finding as a sentence.
fn materials_sheet(
    wb: &mut Workbook,
    checks: &[crate::materials::LessonCheck],
    lessons: &[&crate::roster::Lesson],
    excluded: &BTreeMap<crate::roster::LessonId, String>,
    f: &Formats,
) -> Result<(), XlsxError> {
    use crate::materials::CheckStatus;
    let by_id: BTreeMap<&crate::roster::LessonId, &crate::roster::Lesson> =
        lessons.iter().map(|l| (&l.id, *l)).collect();
    let rows = checks.iter().enumerate().map(|(i, c)| {
        let l = by_id.get(&c.lesson).map(|l| &l.fields);
        let field = |get: fn(&crate::roster::LessonFields) -> String| t(l.map(get).unwrap_or_default());
        let mut result = match c.status {
            CheckStatus::Passed => "通过".to_owned(),
            CheckStatus::Warnings => "通过（有提示）".to_owned(),
            CheckStatus::Failed => "不通过".to_owned(),
        };
        if let Some(why) = excluded.get(&c.lesson) {
            result.push_str(&format!("；不参评：{why}"));
        }
        let findings = c
            .findings
            .iter()
            .map(|x| {
                let level = if x.severity == crate::materials::Severity::Error {
                    ""
                } else {
                    "（提示）"
                };
                format!("{level}{}", x.text())
            })
            .collect::<Vec<_>>()
            .join("；");
        vec![
            Cell::Num(i as f64 + 1.0),
            t(c.lesson.as_str()),
            field(|f| f.category.name().to_owned()),
            field(|f| f.region.clone()),
            field(|f| f.title.clone()),
            field(|f| f.teachers.join("、")),
            field(|f| f.school.clone()),
            t(c.folder.clone().unwrap_or_else(|| "—".into())),
            t(result),
            t(findings),
        ]
    });
    table(
        wb,
        "形式审查",
        &[
            "序号",
            "课程编号",
            "类别",
            "地区",
            "课名",
            "主讲教师",
            "单位",
            "文件夹",
            "审查结果",
            "问题",
        ],
        &[6.0, 10.0, 10.0, 10.0, 20.0, 12.0, 18.0, 18.0, 12.0, 60.0],
        rows,
        Rows::Few,
        f,
    )
}

/// The 形式审查 alone, to send back to the regions (same title block and signatures).
pub fn write_material_report(
    session: &str,
    unit: &str,
    as_of: Option<&str>,
    checks: &[crate::materials::LessonCheck],
    lessons: &[&crate::roster::Lesson],
    excluded: &BTreeMap<crate::roster::LessonId, String>,
    path: &Path,
) -> Result<(), Error> {
    let day = |s: &str| s.get(..10).unwrap_or(s).to_owned();
    let f = formats(Paper {
        session: session.to_owned(),
        unit: unit.to_owned(),
        stamp: as_of.map_or_else(|| "草稿".to_owned(), |at| format!("截至 {}", day(at))),
        chain: String::new(),
    });
    write_workbook(format!("{session} 形式审查"), path, |wb| {
        materials_sheet(wb, checks, lessons, excluded, &f)
    })
}

//! 查重 in the results workbook: every finding of the stored screening (both sides, the
//! coverage each way, the first shared passage, what the chair decided) and every file that was
//! not screened, in the filed-form layout of the other sheets.

use rust_xlsxwriter::{Workbook, XlsxError};

use super::{t, table, Cell, Formats, Rows};
use crate::similar::extract::Unscreened;
use crate::similar::report::{Finding, Screening};

fn percent(per_mille: u32) -> String {
    format!("{}.{}%", per_mille / 10, per_mille % 10)
}

fn source(f: &Finding) -> String {
    match &f.b.archive {
        Some(a) if a.year > 0 => format!("{}年 {}", a.year, f.b.lesson),
        Some(_) => format!("往年 {}", f.b.lesson),
        None => f.b.lesson.clone(),
    }
}

fn flags(f: &Finding) -> String {
    let mut out = Vec::new();
    if f.from_archive {
        out.push("往年课例".to_owned());
    }
    if f.same_teacher {
        out.push("同一教师".to_owned());
    }
    if f.same_school {
        out.push("同一学校".to_owned());
    }
    if f.same_node {
        out.push("同一课程节点".to_owned());
    }
    if f.passages.iter().any(|p| p.cited) {
        out.push("部分段落已注明出处（未计入比例）".to_owned());
    }
    out.join("、")
}

/// Why a file was not screened, as printed.
pub(super) fn unscreened_text(u: Unscreened) -> &'static str {
    match u {
        Unscreened::Format => "格式无法提取文字（如 .doc/.ppt 旧格式），请另存为 docx/pptx/pdf",
        Unscreened::Unreadable => "文件无法打开（已损坏或加密）",
        Unscreened::NoText => "没有可提取的文字（扫描件或图片）",
        Unscreened::TooSlow => "读取超时",
        Unscreened::TooLarge => "文件过大",
    }
}

/// The 查重 sheet. `decided` says per lesson what the chair decided on it (否决 or empty).
pub(super) fn similar_sheet(
    wb: &mut Workbook,
    s: &Screening,
    decided: &dyn Fn(&str) -> String,
    f: &Formats,
) -> Result<(), XlsxError> {
    let mut rows: Vec<Vec<Cell>> = Vec::new();
    for (i, x) in s.findings.iter().enumerate() {
        let first: String = x
            .passages
            .iter()
            .find(|p| !p.cited)
            .or(x.passages.first())
            .map(|p| {
                let head: String = p.a_text.chars().filter(|c| !c.is_control()).take(80).collect();
                if p.a_text.chars().count() > 80 {
                    format!("{head}…")
                } else {
                    head
                }
            })
            .unwrap_or_default();
        rows.push(vec![
            Cell::Num((i + 1) as f64),
            t(x.a.lesson.as_str()),
            t(x.a.title.as_str()),
            t(x.a.file.as_str()),
            t(source(x)),
            t(x.b.title.as_str()),
            t(x.b.file.as_str()),
            t(percent(x.coverage_a)),
            t(percent(x.coverage_b)),
            Cell::Num(x.passages.len() as f64),
            t(flags(x)),
            t(first),
            t(decided(&x.a.lesson) + &decided(&x.b.lesson)),
        ]);
    }
    for u in &s.unscreened {
        rows.push(vec![
            Cell::Blank,
            t(if u.lesson.is_empty() {
                "参考资料"
            } else {
                u.lesson.as_str()
            }),
            Cell::Blank,
            t(u.file.as_str()),
            t("未查重"),
            Cell::Blank,
            Cell::Blank,
            Cell::Blank,
            Cell::Blank,
            Cell::Blank,
            t(unscreened_text(u.reason)),
            Cell::Blank,
            Cell::Blank,
        ]);
    }
    table(
        wb,
        "查重",
        &[
            "序号",
            "课程编号",
            "课名",
            "文件",
            "相同来源",
            "来源课名",
            "来源文件",
            "本课相同比例",
            "来源相同比例",
            "相同段数",
            "提示",
            "首段相同内容",
            "组长处理",
        ],
        &[5.0, 9.0, 16.0, 14.0, 14.0, 16.0, 14.0, 8.0, 8.0, 6.0, 18.0, 40.0, 12.0],
        rows,
        Rows::Few,
        f,
    )
}

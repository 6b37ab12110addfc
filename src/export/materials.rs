//! 形式审查 as a sheet of the results workbook and as a workbook of its own.

use std::collections::BTreeMap;
use std::path::Path;

use rust_xlsxwriter::{Workbook, XlsxError};

use super::*;
use crate::error::Error;

/// The 形式审查 sheet: per lesson its folder, result and every finding as a sentence.
pub(super) fn materials_sheet(
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

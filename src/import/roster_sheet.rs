//! The roster (课例汇总表) offices send: one lesson per row, columns matched by meaning.

use std::path::Path;

use super::header::ColumnSpec;
use super::table;
use crate::error::Error;
use crate::roster::RosterRow;

macro_rules! spec {
    ($name:literal, $required:expr, [$($syn:literal),* $(,)?]) => {
        ColumnSpec { name: $name, synonyms: &[$name, $($syn),*], required: $required }
    };
}

/// Column order matters: `to_row` reads them by index.
fn specs(category_required: bool) -> [ColumnSpec; 11] {
    [
        spec!(
            "类别",
            category_required,
            ["精品课类别", "课程类别", "类型", "精品课类型", "课程类型"]
        ),
        spec!(
            "推荐地区",
            false,
            [
                "地区",
                "推荐单位",
                "县",
                "县区",
                "区县",
                "市",
                "设区市",
                "所属地区",
                "所在地区",
                "省份",
                "推荐市",
                "推荐县"
            ]
        ),
        spec!("学段", true, ["学段"]),
        spec!("学科", true, ["科目", "学科名称"]),
        spec!("年级", false, ["年级册次"]),
        spec!("教材版本", false, ["版本", "教材", "教材版别"]),
        spec!(
            "课程节点编号",
            false,
            [
                "节点编号",
                "课程节点",
                "目录节点编号",
                "节点代码",
                "课程节点代码",
                "资源节点编号"
            ]
        ),
        spec!(
            "课名",
            true,
            [
                "课题",
                "课程名称",
                "课例名称",
                "精品课名称",
                "课程名",
                "课题名称",
                "课名称"
            ]
        ),
        spec!(
            "主讲教师",
            true,
            ["授课教师", "教师姓名", "作者", "主讲人", "教师", "作者姓名", "授课人"]
        ),
        spec!(
            "单位",
            true,
            [
                "学校",
                "工作单位",
                "所在学校",
                "学校名称",
                "授课教师单位",
                "作者单位",
                "所在单位"
            ]
        ),
        spec!("原编号", false, ["原课程编号", "来源编号"]),
    ]
}

/// The sheet of a results workbook meant for the next level (see `export --handoff`).
pub const HANDOFF_SHEET: &str = "上报推荐汇总表";

/// Sheets of a results workbook that are not a roster (推荐名单 of one category without its 类别,
/// 候补名单 of every category, …): importing them would take the wrong lessons.
const RESULTS_SHEETS: [&str; 5] = ["推荐名单-", "候补名单", "未推荐", "评分明细", "问题记录"];

/// Reads a roster workbook (xlsx/xls/ods/csv). `has_default_category`: a missing 类别 column is
/// fine because the caller gives the category. A workbook's roster is its hand-off sheet when it
/// has one; a results workbook without one is refused, naming its sheets (its 推荐名单 and 候补名单
/// would be taken for a roster); otherwise every sheet with the header (offices send one sheet
/// per category).
pub fn read_roster(path: &Path, has_default_category: bool) -> Result<Vec<RosterRow>, Error> {
    let choose = |names: &[&str]| -> Result<Option<String>, Error> {
        if names.contains(&HANDOFF_SHEET) {
            return Ok(Some(HANDOFF_SHEET.to_owned()));
        }
        let results: Vec<&&str> = names
            .iter()
            .filter(|n| RESULTS_SHEETS.iter().any(|r| n.starts_with(r)))
            .collect();
        if results.len() >= 2 {
            let mut report = crate::error::Report::default();
            report.push(
                crate::error::Location::file(path),
                crate::error::ProblemKind::ResultsWorkbook {
                    sheets: results.iter().map(|s| s.to_string()).collect(),
                },
            );
            return Err(report.into());
        }
        Ok(None)
    };
    let rows = table::read_sheets(path, &specs(!has_default_category), &choose)?;
    Ok(rows
        .into_iter()
        .map(|r| {
            let mut f = r.fields.into_iter();
            let mut next = || f.next().flatten();
            RosterRow {
                location: r.location,
                category: next(),
                region: next(),
                stage: next(),
                subject: next(),
                grade: next(),
                edition: next(),
                node: next(),
                title: next(),
                teachers: next(),
                school: next(),
                origin: next(),
            }
        })
        .collect())
}

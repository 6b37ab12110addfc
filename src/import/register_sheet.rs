//! The bar register (失信名单) as offices share it: 姓名, 单位, 地区, 年度, 评审活动, 原因 — the
//! layout `export::register` writes, and what an office types by hand.

use std::path::Path;

use super::header::ColumnSpec;
use super::table;
use crate::error::{Error, ProblemKind, Report};
use crate::register::BarEntry;

const SPECS: [ColumnSpec; 6] = [
    ColumnSpec {
        name: "姓名",
        synonyms: &["姓名", "教师姓名", "主讲教师", "教师"],
        required: true,
    },
    ColumnSpec {
        name: "单位",
        synonyms: &["单位", "工作单位", "学校", "所在单位", "单位名称"],
        required: true,
    },
    ColumnSpec {
        name: "地区",
        synonyms: &["地区", "所在地区", "区县", "县区", "推荐地区"],
        required: false,
    },
    ColumnSpec {
        name: "年度",
        synonyms: &["年度", "年份", "认定年度", "处理年度"],
        required: true,
    },
    ColumnSpec {
        name: "评审活动",
        synonyms: &["评审活动", "活动", "遴选活动", "认定单位"],
        required: false,
    },
    ColumnSpec {
        name: "原因",
        synonyms: &["原因", "事由", "失信原因", "处理原因"],
        required: false,
    },
];

/// Every entry of the workbook, or every bad cell (a year that is not a year, an empty name).
pub fn read_register(path: &Path) -> Result<Vec<BarEntry>, Error> {
    let mut report = Report::default();
    let mut out = Vec::new();
    for r in table::read(path, &SPECS)? {
        let mut f = r.fields.into_iter();
        let mut next = || f.next().flatten();
        let (name, school, region, year, session, reason) = (next(), next(), next(), next(), next(), next());
        let text =
            |v: &Option<crate::roster::FieldText>| v.as_ref().map(|t| t.text.trim().to_owned()).unwrap_or_default();
        let mut ok = true;
        for (v, field) in [(&name, "姓名"), (&school, "单位")] {
            if text(v).is_empty() {
                let at = v
                    .as_ref()
                    .map(|t| t.at(&r.location))
                    .unwrap_or_else(|| r.location.clone());
                report.push(at, ProblemKind::EmptyValue { field: field.into() });
                ok = false;
            }
        }
        let y = text(&year);
        let y = y.trim_end_matches('年');
        let parsed = y.parse::<u16>().ok().filter(|y| (2000..=2100).contains(y));
        if parsed.is_none() {
            let at = year
                .as_ref()
                .map(|t| t.at(&r.location))
                .unwrap_or_else(|| r.location.clone());
            report.push(
                at,
                ProblemKind::NotANumber {
                    column: "年度".into(),
                    value: text(&year),
                },
            );
            ok = false;
        }
        if let (true, Some(year)) = (ok, parsed) {
            out.push(BarEntry {
                name: text(&name),
                school: text(&school),
                region: text(&region),
                year,
                session: text(&session),
                reason: text(&reason),
            });
        }
    }
    if !report.is_empty() {
        return Err(report.into());
    }
    Ok(out)
}

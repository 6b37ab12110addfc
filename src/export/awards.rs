//! The 获奖名单 for certificates: one row per teacher of every recommended lesson.

use std::path::Path;

use super::*;
use crate::error::Error;
use crate::results::Results;
use crate::select::Status;
use crate::settings::Settings;

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

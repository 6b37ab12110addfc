//! The bar register (失信名单) as a workbook.

use std::path::Path;

use super::*;
use crate::error::Error;

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

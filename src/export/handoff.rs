//! The 上报推荐汇总表 the next level imports as its roster.

use std::path::Path;

use super::*;
use crate::error::Error;
use crate::results::Results;
use crate::select::Status;
use crate::settings::Settings;

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
            let mut cells = vec![Cell::Num(rows.len() as f64 + 1.0), t(c.category.name()), t(region)];
            cells.extend(lesson_cells(l));
            cells.extend([
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
            rows.push(cells);
        }
    }
    let headers: Vec<&str> = ["序号", "精品课类别", "推荐地区"]
        .into_iter()
        .chain(LESSON_COLUMNS)
        .chain(["本级得分", "本级排名", "奖项", "推荐单位", "原编号"])
        .collect();
    write_workbook(format!("{} 上报推荐汇总表", results.session), path, |wb| {
        table(
            wb,
            crate::import::HANDOFF_SHEET,
            &headers,
            &[
                5.0, 10.0, 8.0, 5.0, 7.0, 7.0, 9.0, 11.0, 20.0, 12.0, 18.0, 8.0, 6.0, 6.0, 14.0, 30.0,
            ],
            rows,
            Rows::Few,
            &f,
        )
    })
}

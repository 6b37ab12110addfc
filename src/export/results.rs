//! The results workbook: 推荐名单, 公示名单, 候补名单, 未推荐, 评分明细, 评委统计, 名额使用, 问题记录
//! and the sheets a session adds (形式审查, 查重, 失信名单 matches).

use std::collections::BTreeMap;
use std::path::Path;

use rust_xlsxwriter::{
    Chart, ChartAxisLabelPosition, ChartErrorBars, ChartErrorBarsType, ChartRange, ChartType, DocProperties,
    ExcelDateTime, Workbook, Worksheet, XlsxError,
};

use super::*;
use crate::aggregate::Hundredths;
use crate::error::Error;
use crate::judges::Judge;
use crate::results::{CategoryResults, Results};
use crate::select::Status;
use crate::settings::Settings;
use crate::store::SheetRecord;

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

/// A lesson's stability as printed: `92%`, or `64%（不稳）` below the fragile line.
pub(super) fn stability_cell<'a>(s: Option<&crate::stability::LessonStability>) -> Cell<'a> {
    match s {
        Some(s) => t(format!(
            "{:.0}%{}",
            s.stability * 100.0,
            if s.fragile { "（不稳）" } else { "" }
        )),
        None => Cell::Blank,
    }
}

pub(super) fn recommended_sheet(wb: &mut Workbook, c: &CategoryResults, f: &Formats) -> Result<(), XlsxError> {
    // a list a bureau stamps: the decision and what it rests on, no analysis (stability and the
    // other statistics are on 公平性 and 评委统计)
    let after: &[&str] = &["最终得分", "奖项"];
    let before: Vec<&str> = ["序号", "得分排名", "地区"]
        .into_iter()
        .chain(LESSON_COLUMNS)
        .chain(["评委数"])
        .collect();
    let headers = with_indicators(&before, &c.rubric, after);
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
        ];
        cells.extend(lesson_cells(l));
        cells.push(
            row.scored
                .as_ref()
                .map_or(Cell::Blank, |s| Cell::Num(f64::from(s.judges))),
        );
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
pub(super) fn publication_sheet(wb: &mut Workbook, results: &Results, f: &Formats) -> Result<(), XlsxError> {
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

/// 评委统计: per judge and panel the calibration (`jingpin calibrate`) — lessons, mean, SD,
/// severity with its 95 % interval, agreement, consistency, halo and the flags in words — and a
/// native column chart of the severities with their intervals as error bars (Excel, WPS and
/// LibreOffice draw it).
pub(super) fn judges_sheet(wb: &mut Workbook, input: &WorkbookInput<'_>, f: &Formats) -> Result<(), XlsxError> {
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

pub(super) fn results_workbook(input: &WorkbookInput<'_>) -> Result<Workbook, XlsxError> {
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
pub(super) fn closing_sheets<'a>(
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
    for s in input
        .sheets
        .iter()
        .filter(|s| s.status != crate::sheet::read::SheetStatus::Intact)
    {
        let (kind, what) = if s.status == crate::sheet::read::SheetStatus::Unverified {
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
    for (a, d) in input
        .decision_log
        .iter()
        .filter_map(|a| Some((a, a.decision.as_ref()?)))
    {
        issues.push(vec![
            t("组长决定"),
            Cell::Blank,
            t(&a.target),
            t(decision_text(d)),
            t(decision_note(a, d)),
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
pub(super) fn lists_sheets(wb: &mut Workbook, input: &WorkbookInput<'_>, f: &Formats) -> Result<(), XlsxError> {
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
pub(super) fn fairness_sheet(
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
pub(super) fn register_detail_formats(wb: &mut Workbook, f: &Formats) -> Result<(), XlsxError> {
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
pub(super) fn detail_sheet<'a>(
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

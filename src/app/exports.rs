//! The workbooks a session hands out: results, 获奖名单, the next level's 上报推荐汇总表.

use std::path::Path;

use super::results::{results, results_input};
use crate::app::Session;
use crate::error::Error;
use crate::results::{compute_results, Results};
use crate::settings::Settings;
use crate::store::Store;

/// Writes the results workbook.
pub fn export_results(session: &Session, path: &Path) -> Result<Results, Error> {
    let _store = &session.store;
    export_results_with(session, path, None)
}

/// [`export_results`], with a 推荐稳定性 column on 推荐名单 and 候补名单 from `stability` (see
/// [`stability`]; the same seed gives the same workbook).
pub fn export_results_with(
    session: &Session,
    path: &Path,
    stability: Option<&[crate::stability::LessonStability]>,
) -> Result<Results, Error> {
    let store = &session.store;
    let input = results_input(session)?;
    // the results, the calibration (评委统计) and the rest the workbook shows depend on none of
    // each other: they are computed side by side
    let (results, calibration, rest) = std::thread::scope(|s| {
        let calibration = s.spawn(|| crate::calibration::calibrate(&input));
        let results = s.spawn(|| compute_results(&input));
        // the session's connection stays on this thread
        let rest = workbook_rest(store);
        (
            results.join().expect("the results do not panic"),
            calibration.join().expect("the calibration does not panic"),
            rest,
        )
    });
    let Rest {
        judges,
        sheets,
        conflicts,
        recusals,
        as_of,
        decision_log,
        absences,
        materials,
        excluded,
        chain,
        screening,
    } = rest?;
    let stability: Option<std::collections::BTreeMap<crate::roster::LessonId, crate::stability::LessonStability>> =
        stability.map(|s| s.iter().map(|x| (x.lesson.clone(), x.clone())).collect());
    let workbook = crate::export::WorkbookInput {
        screening: screening.as_ref(),
        stability: stability.as_ref(),
        calibration: &calibration,
        chain: &chain,
        materials: &materials,
        excluded: &excluded,
        decision_log: &decision_log,
        absences: &absences,
        as_of: as_of.as_deref(),
        results: &results,
        settings: &input.settings,
        judges: &judges,
        judgements: &input.judgements,
        sheets: &sheets,
        conflicts: &conflicts,
        recusals: &recusals,
    };
    crate::export::write_results(&workbook, path)?;
    crate::par::drop_later((input, calibration, judges, decision_log, stability));
    Ok(results)
}

/// What the results workbook shows besides the results and the calibration.
struct Rest {
    judges: Vec<crate::judges::Judge>,
    sheets: Vec<crate::store::SheetRecord>,
    conflicts: Vec<(crate::judges::JudgeId, u32)>,
    recusals: Vec<crate::assign::Recusal>,
    as_of: Option<String>,
    decision_log: Vec<crate::store::AuditEntry>,
    absences: std::collections::BTreeMap<crate::judges::JudgeId, String>,
    materials: Vec<crate::materials::LessonCheck>,
    excluded: std::collections::BTreeMap<crate::roster::LessonId, String>,
    chain: String,
    screening: Option<crate::similar::report::Screening>,
}

fn workbook_rest(store: &Store) -> Result<Rest, Error> {
    let (audit, chain) = store.audit_log_verified()?;
    let as_of = audit.last().map(|a| a.at.clone());
    let decision_log = audit.into_iter().filter(|a| a.decision.is_some()).collect();
    let chain = match chain.broken_at {
        None => chain.head,
        Some(seq) => format!("{}（第{seq}行被改动）", chain.head),
    };
    Ok(Rest {
        judges: store.judges()?,
        sheets: store.sheet_imports()?,
        conflicts: store.conflicts()?,
        recusals: store.assignment()?.recusals,
        as_of,
        decision_log,
        absences: store.absences()?,
        materials: store.material_checks()?,
        excluded: store.exclusions()?,
        chain,
        screening: store.screening()?.map(|(s, _)| s),
    })
}

/// Writes the 获奖名单 (one row per teacher of every recommended lesson) for certificates; dated
/// with the 定稿 date, else the session's last change.
pub fn export_awards(session: &Session, path: &Path) -> Result<(), Error> {
    let store = &session.store;
    let results = results(session)?;
    let settings = store.settings()?;
    let date = results
        .finalized
        .clone()
        .or_else(|| store.audit_log().ok().and_then(|a| a.last().map(|e| e.at.clone())))
        .map(|d| d.get(..10).unwrap_or(&d).to_owned())
        .unwrap_or_default();
    crate::export::write_awards(&results, &settings, &date, path)
}

/// The region this session recommends for (the 推荐地区 of its hand-off): its quota table row,
/// else its 填报单位 without the office's suffix (玄武区教育局 → 玄武区), else its name.
pub fn own_region(settings: &Settings) -> String {
    if let Some(r) = settings.quota_table.as_ref().and_then(|q| q.region.clone()) {
        return r;
    }
    let unit = settings.unit.trim();
    for suffix in [
        "教育体育局",
        "教育和体育局",
        "教体局",
        "教育局",
        "教育委员会",
        "教委",
        "教育厅",
    ] {
        if let Some(r) = unit.strip_suffix(suffix).filter(|r| !r.is_empty()) {
            return r.to_owned();
        }
    }
    if unit.is_empty() {
        settings.name.clone()
    } else {
        unit.to_owned()
    }
}

/// Writes the 上报推荐汇总表 the next level imports as its roster.
pub fn export_handoff(session: &Session, path: &Path) -> Result<(), Error> {
    let store = &session.store;
    let results = results(session)?;
    let settings = store.settings()?;
    let as_of = store.audit_log()?.last().map(|a| a.at.clone());
    crate::export::write_handoff(&results, &settings, &own_region(&settings), as_of.as_deref(), path)
}

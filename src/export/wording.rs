//! The Chinese wording of the workbooks: reasons, statuses, flags, decisions as the audit log
//! records them, the origin chain of a hand-off row.

use crate::aggregate::Hundredths;
use crate::aggregate::{DecisionKind, DecisionRecord};
use crate::select::{Reason, Status};

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

/// A decision's name as printed: `仲裁定分`, `撤回维持计算结果`, ….
pub(super) fn decision_text(d: &DecisionRecord) -> String {
    let name = match d.kind {
        DecisionKind::Arbitrate => "仲裁定分",
        DecisionKind::Accept => "维持计算结果",
        DecisionKind::OverruleVeto => "撤销否决",
        DecisionKind::AcceptIncomplete => "确认评分不全",
        DecisionKind::TieOrder => "并列顺序",
        DecisionKind::Review => "请第三位评委复评",
        DecisionKind::Veto => "组长否决",
    };
    if d.withdrawn {
        format!("撤回{name}")
    } else {
        name.to_owned()
    }
}

/// The decision's value, reason, who and when: `86.00；第三位评委复评（张主任，2026-11-25）`.
pub(super) fn decision_note(a: &crate::store::AuditEntry, d: &DecisionRecord) -> String {
    let day = a.at.get(..10).unwrap_or(&a.at);
    let Some(after) = &d.after else {
        return format!("（{}，{day}）", a.who);
    };
    let value = match (d.kind, d.withdrawn, after.arbitration, after.tie_order) {
        (DecisionKind::Arbitrate, false, Some(s), _) => format!("{s}分；"),
        (DecisionKind::TieOrder, false, _, Some(o)) => format!("第{o}位；"),
        _ => String::new(),
    };
    format!("{value}{}（{}，{day}）", d.reason, a.who)
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

/// A judge's flag as printed.
pub(super) fn flag_text(f: crate::fairness::Flag) -> &'static str {
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

//! Every enum that has a stable code says it through `code()` (strum), and that code is the one
//! serde writes (what the UI, the JSON output and the session file see): the CLI's text output
//! and the workbook's 原因代码 print `code()`, never a JSON round trip.

use jingpin::aggregate::DecisionKind;
use jingpin::app::{SheetMerge, WaitReason};
use jingpin::assign::RecusalReason;
use jingpin::error::{ErrorCode, ProblemKind};
use jingpin::fairness::Flag;
use jingpin::select::{Reason, Status};
use jingpin::settings::Aggregation;
use jingpin::sheet::read::{SheetRule, SheetStatus};
use serde::Serialize;

/// What serde writes for `v`: the string of a unit variant, or the `tag` field of a tagged one.
fn serialized<T: Serialize>(v: &T, tag: &str) -> String {
    match serde_json::to_value(v).unwrap() {
        serde_json::Value::String(s) => s,
        other => other[tag].as_str().unwrap().to_owned(),
    }
}

#[test]
fn each_code_is_what_serde_writes() {
    use SheetRule::*;
    for r in [
        NotAScoreSheet,
        NewerFormat,
        OtherSession,
        UnknownJudge,
        RubricChanged,
        MissingColumn,
        LessonNotAssigned,
        UnknownLesson,
        NotANumber,
        Formula,
        OutOfRange,
        OffStep,
        UnknownVeto,
        VetoNeedsReason,
        MissingLesson,
        DuplicateLesson,
        AmbiguousColumn,
        NotIssued,
        IssuedToOther,
        Unreadable,
    ] {
        assert_eq!(r.code(), serialized(&r, ""));
    }
    use Status::*;
    for s in [Recommended, Alternate, NotSelected, Held, Vetoed] {
        assert_eq!(s.code(), serialized(&s, ""));
    }
    for s in [
        SheetStatus::Intact,
        SheetStatus::ExternalEdit,
        SheetStatus::Unverified,
        SheetStatus::Rejected,
    ] {
        assert_eq!(s.code(), serialized(&s, ""));
    }
    for r in [RecusalReason::SameSchool, RecusalReason::SameRegion] {
        assert_eq!(r.code(), serialized(&r, ""));
    }
    for f in [Flag::Harsh, Flag::Lenient, Flag::LowAgreement, Flag::Narrow] {
        assert_eq!(f.code(), serialized(&f, ""));
    }
    for a in [
        Aggregation::Mean,
        Aggregation::TrimmedMean,
        Aggregation::Median,
        Aggregation::Zscore,
        Aggregation::SeverityAdjusted,
    ] {
        assert_eq!(a.code(), serialized(&a, ""));
    }
    for w in [WaitReason::Unconfirmed, WaitReason::Conflict] {
        assert_eq!(w.code(), serialized(&w, ""));
    }
    for m in [
        SheetMerge::Added,
        SheetMerge::Duplicate,
        SheetMerge::Replaced { previous: 1 },
        SheetMerge::Older { current: 2 },
        SheetMerge::Conflict { revision: 1 },
        SheetMerge::Waiting,
    ] {
        assert_eq!(m.code(), serialized(&m, "outcome"));
    }
    for r in [
        Reason::QuotaFull { rank: 3, quota: 2 },
        Reason::NoScores,
        Reason::HeldIncomplete { judges: 2, required: 3 },
        Reason::Alternate { order: 1 },
    ] {
        assert_eq!(r.code(), serialized(&r, "code"));
        // the reason without its data, as a refused decision names the lesson's state
        assert_eq!(r.kind().code(), r.code());
        assert_eq!(serialized(&r.kind(), ""), r.code());
    }
    for k in DecisionKind::ALL {
        assert_eq!(k.name(), serialized(&k, ""));
    }
    // a problem's typed codes travel as the same strings the locales translate
    let refused = ProblemKind::DecisionNotApplicable {
        lesson: "L1".into(),
        decision: DecisionKind::OverruleVeto,
        status: Reason::QuotaFull { rank: 3, quota: 2 }.kind(),
    };
    let json = serde_json::to_value(&refused).unwrap();
    assert_eq!(
        (json["decision"].as_str(), json["status"].as_str()),
        (Some("overrule_veto"), Some("quota_full"))
    );
    for p in [
        ProblemKind::NotANumber {
            column: "分值".into(),
            value: "x".into(),
        },
        ProblemKind::NoRows,
        ProblemKind::TieAtCut {
            lesson: "L1".into(),
            rank: 3,
        },
    ] {
        assert_eq!(p.code(), serialized(&p, "code"));
    }
    for e in [
        ErrorCode::SheetRejected,
        ErrorCode::NotASession,
        ErrorCode::SpreadsheetWrite,
    ] {
        assert_eq!(e.as_str(), serialized(&e, ""));
    }
}

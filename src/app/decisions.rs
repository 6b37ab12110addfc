//! The chair's decisions on lessons (checked against the lesson's state in the write's own
//! transaction), 定稿 and what it adds to the bar register.

use serde::{Deserialize, Serialize};

use super::assignment::{assign_rules, refuse_move};
use super::refuse;
use super::register::barred_teachers;
use super::results::{input_of, results_of};
pub use crate::aggregate::DecisionKind;
use crate::app::Session;
use crate::category::Category;
use crate::error::{Error, Report};
use crate::results::compute_results;
use crate::rubric::Rubric;
use crate::store::{Actor, Store};

/// Finalizes the session; refused while a lesson lacks scores the chair has not explained.
pub fn finalize(session: &mut Session, actor: &Actor) -> Result<(), Error> {
    let store = &mut session.store;
    // the checks and the write in one transaction: an import or a decision that lands while this
    // waits for the lock is checked too, and none lands after it (each write checks 定稿 inside
    // its own transaction)
    store.exclusive(|store| finalize_checked(store, actor))
}

fn finalize_checked(store: &mut Store, actor: &Actor) -> Result<(), Error> {
    store.writable()?;
    let r = results_of(store)?;
    let mut report = crate::results::unsettled(&r, store.settings()?.rules.judges_per_lesson);
    for m in store.bar_matches()? {
        if m.status == crate::register::HitStatus::Pending {
            report.push(
                crate::error::Location::default(),
                crate::error::ProblemKind::BarMatchPending {
                    lesson: m.hit.lesson.to_string(),
                    teacher: m.hit.teacher.clone(),
                },
            );
        }
    }
    if !report.is_empty() {
        return Err(report.into());
    }
    store.finalize(actor)
}

/// Finalizes the session (see [`finalize`]), then adds the teachers it barred for plagiarism or
/// impersonation to the bar register (`register.add`, the session file as the source). The
/// register is another file: an entry already there is not added twice, so finalizing again
/// after a reopen adds nothing new.
pub fn finalize_into(
    session: &mut Session,
    register: &mut crate::store::register::Register,
    actor: &Actor,
) -> Result<crate::store::register::RegisterAdded, Error> {
    finalize(session, actor)?;
    let entries = barred_teachers(session)?;
    register.add(&entries, "register.add", &session.path().display().to_string(), actor)
}

/// A chair's decision, as data (the CLI and the app both record them through `decide`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(tag = "kind", rename_all = "snake_case")]
#[derive(strum::IntoStaticStr)]
#[strum(serialize_all = "snake_case")]
pub enum Decision {
    Arbitrate {
        lesson: crate::roster::LessonId,
        score: crate::aggregate::Hundredths,
    },
    Accept {
        lesson: crate::roster::LessonId,
    },
    OverruleVeto {
        lesson: crate::roster::LessonId,
    },
    AcceptIncomplete {
        lesson: crate::roster::LessonId,
    },
    TieOrder {
        lesson: crate::roster::LessonId,
        order: u32,
    },
    /// Asks `judge` for a third review of a lesson held for its judges' spread: the judge is
    /// assigned the lesson (recusal holds) and the hold is released once their scores arrive.
    Review {
        lesson: crate::roster::LessonId,
        judge: crate::judges::JudgeId,
    },
    /// Vetoes a lesson with one of its rubric's veto items, by id or name (抄袭 on 查重's
    /// evidence: the reason carries the files, the coverage and the first passage).
    Veto {
        lesson: crate::roster::LessonId,
        item: String,
    },
    /// Takes back an earlier decision on a lesson (the reason says why).
    Withdraw {
        lesson: crate::roster::LessonId,
        decision: DecisionKind,
    },
}

impl Decision {
    /// The decision's kind (`arbitrate`, …): its serialized `kind` tag.
    pub fn code(&self) -> &'static str {
        self.into()
    }
}

impl Decision {
    pub fn lesson(&self) -> &crate::roster::LessonId {
        match self {
            Decision::Arbitrate { lesson, .. }
            | Decision::Accept { lesson }
            | Decision::OverruleVeto { lesson }
            | Decision::AcceptIncomplete { lesson }
            | Decision::TieOrder { lesson, .. }
            | Decision::Review { lesson, .. }
            | Decision::Veto { lesson, .. }
            | Decision::Withdraw { lesson, .. } => lesson,
        }
    }

    /// The kind of decision (for a withdrawal, the kind taken back).
    pub fn kind(&self) -> DecisionKind {
        match self {
            Decision::Arbitrate { .. } => DecisionKind::Arbitrate,
            Decision::Accept { .. } => DecisionKind::Accept,
            Decision::OverruleVeto { .. } => DecisionKind::OverruleVeto,
            Decision::AcceptIncomplete { .. } => DecisionKind::AcceptIncomplete,
            Decision::TieOrder { .. } => DecisionKind::TieOrder,
            Decision::Review { .. } => DecisionKind::Review,
            Decision::Veto { .. } => DecisionKind::Veto,
            Decision::Withdraw { decision, .. } => *decision,
        }
    }
}

/// An arbitrated score must be one a judge could give: 0..the rubric's total, in its step.
fn check_arbitration(
    lesson: &crate::roster::LessonId,
    score: crate::aggregate::Hundredths,
    rubric: &Rubric,
) -> Result<(), Error> {
    let max = i64::from(rubric.total().tenths()) * 10;
    let step = i64::from(rubric.step().tenths()).max(1) * 10;
    if score.0 < 0 || score.0 > max || score.0 % step != 0 {
        let mut r = Report::default();
        r.push(
            crate::error::Location::default(),
            crate::error::ProblemKind::ArbitrationInvalid {
                lesson: lesson.to_string(),
                value: score.to_string(),
                max: rubric.total().to_string(),
                step: rubric.step().to_string(),
            },
        );
        return Err(r.into());
    }
    Ok(())
}

/// A decision applies only to a lesson in the state it resolves, judged without the decisions it
/// would replace: arbitrate and accept a lesson held for its judges' spread, accept as incomplete
/// a lesson short of scores, overrule a veto on a vetoed lesson, order a lesson in a tie nothing
/// else breaks. Withdrawing is checked against the decisions themselves.
fn check_applies(store: &Store, decision: &Decision, category: Category) -> Result<(), Error> {
    use crate::select::Reason;
    if matches!(decision, Decision::Withdraw { .. }) {
        return Ok(());
    }
    if let Decision::Veto { item, .. } = decision {
        // any lesson may be vetoed, with one of its rubric's veto items
        return veto_name(&store.rubric(category)?, item).map(drop);
    }
    let id = decision.lesson();
    let mut input = input_of(store)?;
    // only the lesson's category: holds, vetoes and ties do not depend on the others
    input.settings.categories.retain(|c| c.category == category);
    let d = &mut input.decisions;
    match decision {
        Decision::Arbitrate { .. } | Decision::Accept { .. } | Decision::Review { .. } => {
            d.arbitrations.remove(id);
            d.accepted.remove(id);
            d.reviews.remove(id);
        }
        Decision::AcceptIncomplete { .. } => {
            d.accept_incomplete.remove(id);
        }
        Decision::OverruleVeto { .. } => {
            d.veto_overruled.remove(id);
        }
        Decision::TieOrder { .. } => d.tie_order.clear(),
        Decision::Veto { .. } | Decision::Withdraw { .. } => {}
    }
    let results = compute_results(&input);
    let Some(outcome) = results
        .categories
        .iter()
        .flat_map(|c| &c.rows)
        .find(|r| &r.lesson.id == id)
        .map(|r| &r.outcome)
    else {
        return Ok(());
    };
    let applies = match decision {
        Decision::Arbitrate { .. } | Decision::Accept { .. } | Decision::Review { .. } => {
            matches!(outcome.reason, Reason::HeldGap { .. })
        }
        Decision::AcceptIncomplete { .. } => {
            matches!(outcome.reason, Reason::HeldIncomplete { .. } | Reason::NoScores)
        }
        Decision::OverruleVeto { .. } => matches!(outcome.reason, Reason::Vetoed { .. }),
        Decision::TieOrder { .. } => outcome.tie,
        Decision::Veto { .. } | Decision::Withdraw { .. } => true,
    };
    if applies {
        return Ok(());
    }
    let status = outcome.reason.kind();
    let mut r = Report::default();
    r.push(
        crate::error::Location::default(),
        crate::error::ProblemKind::DecisionNotApplicable {
            lesson: id.to_string(),
            decision: decision.kind(),
            status,
        },
    );
    Err(r.into())
}

/// The name of the rubric's veto item named by `item` (its id or its name).
fn veto_name(rubric: &crate::rubric::Rubric, item: &str) -> Result<String, Error> {
    match rubric.vetoes().iter().find(|v| v.id() == item || v.name() == item) {
        Some(v) => Ok(v.name().to_owned()),
        None => {
            let mut r = Report::default();
            r.push(
                crate::error::Location::default(),
                crate::error::ProblemKind::UnknownVeto { veto: item.to_owned() },
            );
            Err(r.into())
        }
    }
}

/// Records a decision with its reason (audited). Its checks (the lesson is in the state the
/// decision resolves) and its write are one transaction.
pub fn decide(session: &mut Session, decision: &Decision, reason: &str, actor: &Actor) -> Result<(), Error> {
    let store = &mut session.store;
    crate::error::require_reason(reason)?;
    store.exclusive(|store| decide_checked(store, decision, reason, actor))
}

fn decide_checked(store: &mut Store, decision: &Decision, reason: &str, actor: &Actor) -> Result<(), Error> {
    store.writable()?;
    let lesson = store.lesson(decision.lesson())?;
    if let Decision::Arbitrate { lesson: id, score } = decision {
        check_arbitration(id, *score, &store.rubric(lesson.fields.category)?)?;
    }
    check_applies(store, decision, lesson.fields.category)?;
    let mut d = store.decisions()?.0;
    let kind = match decision {
        Decision::Arbitrate { lesson: id, score } => {
            d.arbitrations.insert(id.clone(), *score);
            (DecisionKind::Arbitrate, false)
        }
        Decision::Withdraw { lesson, decision } => {
            let had = match decision {
                DecisionKind::Arbitrate => d.arbitrations.remove(lesson).is_some(),
                DecisionKind::Accept => d.accepted.remove(lesson),
                DecisionKind::OverruleVeto => d.veto_overruled.remove(lesson),
                DecisionKind::AcceptIncomplete => d.accept_incomplete.remove(lesson),
                DecisionKind::TieOrder => d.tie_order.remove(lesson).is_some(),
                DecisionKind::Review => d.reviews.remove(lesson).is_some(),
                DecisionKind::Veto => d.vetoes.remove(lesson).is_some(),
            };
            if !had {
                let mut r = Report::default();
                r.push(
                    crate::error::Location::default(),
                    crate::error::ProblemKind::NoSuchDecision {
                        lesson: lesson.to_string(),
                        decision: *decision,
                    },
                );
                return Err(r.into());
            }
            (*decision, true)
        }
        Decision::Accept { lesson } => {
            d.accepted.insert(lesson.clone());
            (DecisionKind::Accept, false)
        }
        Decision::OverruleVeto { lesson } => {
            d.veto_overruled.insert(lesson.clone());
            (DecisionKind::OverruleVeto, false)
        }
        Decision::AcceptIncomplete { lesson } => {
            d.accept_incomplete.insert(lesson.clone());
            (DecisionKind::AcceptIncomplete, false)
        }
        Decision::TieOrder { lesson, order } => {
            d.tie_order.insert(lesson.clone(), *order);
            (DecisionKind::TieOrder, false)
        }
        Decision::Veto { lesson: id, item } => {
            d.vetoes
                .insert(id.clone(), veto_name(&store.rubric(lesson.fields.category)?, item)?);
            (DecisionKind::Veto, false)
        }
        Decision::Review { lesson: id, judge } => {
            let rules = assign_rules(&store.settings()?, &store.judges()?);
            if let Some(kind) = refuse_move(&store.judge(judge)?, &lesson, &rules, &store.assignment()?.pairs) {
                return Err(refuse(kind));
            }
            d.reviews.insert(id.clone(), judge.clone());
            store.record_decision(&d, id, (DecisionKind::Review, false), reason.trim(), Some(judge), actor)?;
            return Ok(());
        }
    };
    store.record_decision(&d, decision.lesson(), kind, reason.trim(), None, actor)
}

/// Lifts 定稿 so the session can be changed again; the chair's reason goes to the audit log.
pub fn reopen(session: &mut Session, reason: &str, actor: &Actor) -> Result<(), Error> {
    session.store.reopen(reason, actor)
}

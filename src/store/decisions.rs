//! The chair's decisions (arbitrations, accepts, veto overrules, tie orders, withdrawals) and 定稿:
//! recorded with their reason in the audit log; a finalized session refuses every change until reopened.

use super::*;

impl Store {
    pub fn decisions(&self) -> Result<(Decisions, Option<String>), Error> {
        let row: Option<(String, Option<String>)> = self
            .conn
            .query_row("SELECT decisions, finalized FROM decision WHERE id = 1", [], |r| {
                Ok((r.get(0)?, r.get(1)?))
            })
            .optional()
            .map_err(self.db_err())?;
        match row {
            Some((d, f)) => Ok((from_json(&d).map_err(self.db_err())?, f)),
            None => Ok(Default::default()),
        }
    }

    /// Records a decision (arbitration, veto overrule, tie order, …) on `lesson` with its reason in
    /// the audit log: the target is the lesson, old → new is that lesson's decisions.
    pub fn record_decision(
        &mut self,
        decisions: &Decisions,
        lesson: &LessonId,
        (kind, withdrawn): (crate::aggregate::DecisionKind, bool),
        reason: &str,
        reviewer: Option<&JudgeId>,
        actor: &Actor,
    ) -> Result<(), Error> {
        self.writable()?;
        let old = self.decisions()?.0;
        self.change(|tx| {
            tx.execute(
                "INSERT INTO decision (id, decisions) VALUES (1, ?1) ON CONFLICT(id) DO UPDATE SET decisions = excluded.decisions",
                [json(decisions)],
            )
            ?;
            // a third review: the extra judge gets the lesson in the same transaction
            if let Some(judge) = reviewer {
                tx.execute(
                    "INSERT INTO assignment (judge, lesson) VALUES (?1, ?2)",
                    params![judge.as_str(), lesson.as_str()],
                )
                ?;
                audit(
                    tx,
                    actor,
                    "assignment.review",
                    lesson.as_str(),
                    None,
                    Some(judge.as_str()),
                )
                ?;
            }
            #[derive(Serialize)]
            struct Change<'a> {
                reason: &'a str,
                decisions: crate::aggregate::LessonDecisions,
            }
            audit(
                tx,
                actor,
                &crate::aggregate::DecisionRecord::action(kind, withdrawn),
                lesson.as_str(),
                Some(&json(&old.of(lesson))),
                Some(&json(&Change {
                    reason,
                    decisions: decisions.of(lesson),
                })),
            )
            ?;
            Ok(())
        })
    }

    pub fn finalize(&mut self, actor: &Actor) -> Result<(), Error> {
        self.change(|tx| {
            tx.execute(
                "INSERT INTO decision (id, decisions, finalized) VALUES (1, ?1, ?2)
                 ON CONFLICT(id) DO UPDATE SET finalized = excluded.finalized",
                params![json(&Decisions::default()), actor.at()],
            )?;
            audit(tx, actor, "session.finalize", "session", None, Some(&actor.at()))?;
            Ok(())
        })
    }

    /// Refuses a change while the session is finalized: 定稿 makes it read-only until the chair
    /// reopens it. An early refusal before reading what a write needs; every write checks again
    /// inside its own transaction (`ensure_open`), which is what holds against another window.
    pub fn writable(&self) -> Result<(), Error> {
        match self.decisions()?.1 {
            Some(at) => Err(ErrorKind::Finalized { at }.into()),
            None => Ok(()),
        }
    }

    /// Whether (and when) the session was finalized.
    pub fn finalized(&self) -> Result<Option<String>, Error> {
        Ok(self.decisions()?.1)
    }

    /// Lifts 定稿 so the session can be changed again; the chair's reason goes to the audit log.
    pub fn reopen(&mut self, reason: &str, actor: &Actor) -> Result<(), Error> {
        self.intact()?;
        let Some(at) = self.decisions()?.1 else {
            return Ok(());
        };
        // the one write a finalized session takes: no `writable` check
        immediate(&mut self.conn, &self.path, |tx| {
            tx.execute("UPDATE decision SET finalized = NULL WHERE id = 1", [])?;
            audit(tx, actor, "session.reopen", reason, Some(&at), None)
        })
    }
}

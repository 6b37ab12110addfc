//! 形式审查 results in the session file (see `schema_v6.sql`).

use rusqlite::{params, OptionalExtension};
use serde::{Deserialize, Serialize};

use super::{audit, from_json, json, Actor, Store};
use crate::error::Error;
use crate::materials::{CheckReport, CheckStatus, LessonCheck};

/// When and on which folder the stored check ran.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct MaterialRun {
    pub root: String,
    pub at: String,
    pub unmatched: Vec<String>,
}

impl Store {
    /// Replaces the stored 形式审查 with a new run's, in one transaction, audited with its counts.
    pub fn save_material_check(&mut self, report: &CheckReport, actor: &Actor) -> Result<(), Error> {
        self.change(|tx| {
            tx.execute("DELETE FROM material_check", [])?;
            {
                let mut insert =
                    tx.prepare("INSERT INTO material_check (lesson, status, result) VALUES (?1, ?2, ?3)")?;
                for l in &report.lessons {
                    insert.execute(params![l.lesson.as_str(), l.status.code(), json(l)])?;
                }
            }
            tx.execute(
                "INSERT INTO material_run (id, root, at, unmatched) VALUES (1, ?1, ?2, ?3)
                 ON CONFLICT(id) DO UPDATE SET root = excluded.root, at = excluded.at, unmatched = excluded.unmatched",
                params![report.root, actor.at(), json(&report.unmatched)],
            )?;
            let count = |s: CheckStatus| report.lessons.iter().filter(|l| l.status == s).count();
            audit(
                tx,
                actor,
                "materials.check",
                &report.root,
                None,
                Some(&format!(
                    "{} lessons: {} passed, {} with warnings, {} failed; {} folders unmatched",
                    report.lessons.len(),
                    count(CheckStatus::Passed),
                    count(CheckStatus::Warnings),
                    count(CheckStatus::Failed),
                    report.unmatched.len()
                )),
            )?;
            Ok(())
        })
    }

    /// The stored 形式审查 of every lesson checked, in lesson order.
    pub fn material_checks(&self) -> Result<Vec<LessonCheck>, Error> {
        let e = self.db_err();
        let mut stmt = self
            .conn
            .prepare("SELECT m.result FROM material_check m JOIN lesson l ON l.id = m.lesson ORDER BY l.seq")
            .map_err(&e)?;
        let rows = stmt
            .query_map([], |r| from_json::<LessonCheck>(&r.get::<_, String>(0)?))
            .map_err(&e)?;
        rows.collect::<Result<_, _>>().map_err(&e)
    }

    /// The last run, if any.
    pub fn material_run(&self) -> Result<Option<MaterialRun>, Error> {
        let e = self.db_err();
        self.conn
            .query_row("SELECT root, at, unmatched FROM material_run WHERE id = 1", [], |r| {
                Ok(MaterialRun {
                    root: r.get(0)?,
                    at: r.get(1)?,
                    unmatched: from_json(&r.get::<_, String>(2)?)?,
                })
            })
            .optional()
            .map_err(&e)
    }
}

impl Store {
    /// Keeps a lesson out of the evaluation (not assigned, not ranked) with the chair's reason,
    /// or, with None, back in; audited.
    pub fn set_excluded(
        &mut self,
        lesson: &crate::roster::LessonId,
        reason: Option<&str>,
        actor: &Actor,
    ) -> Result<(), Error> {
        self.writable()?;
        self.lesson(lesson)?;
        self.change(|tx| {
            let old: Option<String> = tx
                .query_row(
                    "SELECT reason FROM exclusion WHERE lesson = ?1",
                    [lesson.as_str()],
                    |r| r.get(0),
                )
                .optional()?;
            match reason {
                Some(r) => {
                    tx.execute(
                        "INSERT INTO exclusion (lesson, reason) VALUES (?1, ?2)
                         ON CONFLICT(lesson) DO UPDATE SET reason = excluded.reason",
                        params![lesson.as_str(), r],
                    )?;
                    // an excluded lesson is not judged: its pairs go
                    tx.execute("DELETE FROM assignment WHERE lesson = ?1", [lesson.as_str()])?;
                }
                None => {
                    tx.execute("DELETE FROM exclusion WHERE lesson = ?1", [lesson.as_str()])?;
                }
            }
            audit(
                tx,
                actor,
                if reason.is_some() {
                    "lesson.exclude"
                } else {
                    "lesson.include"
                },
                lesson.as_str(),
                old.as_deref(),
                reason,
            )?;
            Ok(())
        })
    }

    /// Lessons kept out of the evaluation, with the chair's reason.
    pub fn exclusions(&self) -> Result<std::collections::BTreeMap<crate::roster::LessonId, String>, Error> {
        let e = self.db_err();
        let mut stmt = self
            .conn
            .prepare("SELECT lesson, reason FROM exclusion ORDER BY lesson")
            .map_err(&e)?;
        let rows = stmt
            .query_map([], |r| {
                Ok((crate::roster::LessonId::new(r.get::<_, String>(0)?), r.get(1)?))
            })
            .map_err(&e)?;
        rows.collect::<Result<_, _>>().map_err(&e)
    }
}

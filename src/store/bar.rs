//! The roster's matches against the bar register, in the session file (`schema_v9.sql`).

use rusqlite::{params, Connection};

use super::{audit, exec, from_json, json, Actor, Store};
use crate::error::{Error, ErrorKind};
use crate::register::{BarHit, BarMatch, HitKind, HitStatus};
use crate::roster::LessonId;

/// Records matches not seen before as pending (audited `bar.match`); a match already recorded
/// keeps the chair's word on it.
pub(super) fn record_hits(tx: &Connection, hits: &[BarHit], actor: &Actor) -> rusqlite::Result<()> {
    for h in hits {
        let added = exec(
            tx,
            "INSERT OR IGNORE INTO bar_match (lesson, teacher, entry, kind) VALUES (?1, ?2, ?3, ?4)",
            params![h.lesson.as_str(), h.teacher, json(&h.entry), h.kind.code()],
        )?;
        if added > 0 {
            audit(tx, actor, "bar.match", h.lesson.as_str(), None, Some(&json(h)))?;
        }
    }
    Ok(())
}

impl Store {
    /// Records new matches (pending) in one transaction; settled ones keep the chair's word.
    pub fn record_bar_hits(&mut self, hits: &[BarHit], actor: &Actor) -> Result<(), Error> {
        self.change(|tx| record_hits(tx, hits, actor))
    }

    /// Every match, in lesson, teacher and entry order.
    pub fn bar_matches(&self) -> Result<Vec<BarMatch>, Error> {
        let e = self.db_err();
        let mut stmt = self
            .conn
            .prepare("SELECT lesson, teacher, entry, kind, status, note FROM bar_match ORDER BY lesson, teacher, entry")
            .map_err(&e)?;
        let rows = stmt
            .query_map([], |r| {
                let kind: String = r.get(3)?;
                let status: String = r.get(4)?;
                Ok(BarMatch {
                    hit: BarHit {
                        lesson: LessonId::new(r.get::<_, String>(0)?),
                        teacher: r.get(1)?,
                        entry: from_json(&r.get::<_, String>(2)?)?,
                        kind: if kind == HitKind::Exact.code() {
                            HitKind::Exact
                        } else {
                            HitKind::Possible
                        },
                    },
                    status: HitStatus::from_code(&status).unwrap_or(HitStatus::Pending),
                    note: r.get(5)?,
                })
            })
            .map_err(&e)?;
        rows.collect::<Result<_, _>>().map_err(&e)
    }

    /// Lessons kept out because the chair confirmed a teacher is barred (the first such teacher).
    pub fn barred(&self) -> Result<std::collections::BTreeMap<LessonId, BarHit>, Error> {
        let mut out = std::collections::BTreeMap::new();
        for m in self.bar_matches()? {
            if m.status == HitStatus::Confirmed {
                out.entry(m.hit.lesson.clone()).or_insert(m.hit);
            }
        }
        Ok(out)
    }

    /// The chair's word on a teacher of a lesson matched against the register: `Confirmed` keeps
    /// the lesson out (its judges' assignments go), `Dismissed` clears the warning, `Pending`
    /// takes an earlier word back. Settles every entry the teacher matched; audited old → new.
    pub fn settle_bar_match(
        &mut self,
        lesson: &LessonId,
        teacher: &str,
        status: HitStatus,
        note: &str,
        actor: &Actor,
    ) -> Result<(), Error> {
        let old: Vec<BarMatch> = self
            .bar_matches()?
            .into_iter()
            .filter(|m| &m.hit.lesson == lesson && m.hit.teacher == teacher)
            .collect();
        if old.is_empty() {
            return Err(ErrorKind::NotFound {
                what: "register match",
                id: format!("{lesson} {teacher}"),
            }
            .into());
        }
        self.change(|tx| {
            tx.execute(
                "UPDATE bar_match SET status = ?3, note = ?4 WHERE lesson = ?1 AND teacher = ?2",
                params![lesson.as_str(), teacher, status.code(), note.trim()],
            )?;
            if status == HitStatus::Confirmed {
                // a barred lesson is not judged: its pairs go
                tx.execute("DELETE FROM assignment WHERE lesson = ?1", [lesson.as_str()])?;
            }
            #[derive(serde::Serialize)]
            struct Word<'a> {
                teacher: &'a str,
                status: HitStatus,
                note: &'a str,
            }
            audit(
                tx,
                actor,
                &format!("bar.{}", status.code()),
                lesson.as_str(),
                Some(&json(&Word {
                    teacher,
                    status: old[0].status,
                    note: &old[0].note,
                })),
                Some(&json(&Word {
                    teacher,
                    status,
                    note: note.trim(),
                })),
            )
        })
    }
}

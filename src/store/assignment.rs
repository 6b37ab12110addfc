//! The assignment as stored: judge ↔ lesson pairs with their recusals, loads and shortfalls, saved
//! whole or changed by hand swaps, each audited.

use super::*;

impl Store {
    /// Moves lessons from one judge to another (a hand swap, or a replacement for an absent
    /// judge) in one transaction, each audited. The caller checks recusal and scores
    /// (`app::swap_judge`, `app::replace_judge`).
    pub fn move_pairs(&mut self, moves: &[(LessonId, JudgeId, JudgeId)], actor: &Actor) -> Result<(), Error> {
        let (tx, path) = self.begin_write()?;
        let err = database_error(path);
        for (lesson, from, to) in moves {
            let moved = tx
                .execute(
                    "UPDATE assignment SET judge = ?3 WHERE lesson = ?1 AND judge = ?2",
                    params![lesson.as_str(), from.as_str(), to.as_str()],
                )
                .map_err(err)?;
            if moved == 0 {
                return Err(ErrorKind::NotFound {
                    what: "assignment",
                    id: format!("{from}/{lesson}"),
                }
                .into());
            }
            audit(
                &tx,
                actor,
                "assignment.swap",
                lesson.as_str(),
                Some(from.as_str()),
                Some(to.as_str()),
            )
            .map_err(err)?;
        }
        tx.commit().map_err(err)?;
        Ok(())
    }

    /// Replaces the assignment (pairs, recusals, shortfalls) in one transaction.
    pub fn save_assignment(&mut self, a: &Assignment, actor: &Actor) -> Result<(), Error> {
        self.change(|tx| {
            for table in ["assignment", "recusal", "shortfall"] {
                tx.execute(&format!("DELETE FROM {table}"), [])?;
            }
            {
                let mut ins = tx.prepare("INSERT INTO assignment (judge, lesson) VALUES (?1, ?2)")?;
                for p in &a.pairs {
                    ins.execute(params![p.judge.as_str(), p.lesson.as_str()])?;
                }
                let mut rec = tx.prepare("INSERT INTO recusal (judge, lesson, reason) VALUES (?1, ?2, ?3)")?;
                for r in &a.recusals {
                    rec.execute(params![r.judge.as_str(), r.lesson.as_str(), json(&r.reason)])?;
                }
                let mut short =
                    tx.prepare("INSERT INTO shortfall (lesson, panel, required, assigned) VALUES (?1, ?2, ?3, ?4)")?;
                for s in &a.shortfalls {
                    short.execute(params![s.lesson.as_str(), s.panel, s.required, s.assigned])?;
                }
            }
            let summary = format!(
                "{} pairs, {} recusals, {} shortfalls",
                a.pairs.len(),
                a.recusals.len(),
                a.shortfalls.len()
            );
            audit(tx, actor, "assignment.save", "assignment", None, Some(&summary))?;
            Ok(())
        })
    }

    pub fn assignment(&self) -> Result<Assignment, Error> {
        let e = self.db_err();
        let mut a = Assignment::default();
        let mut stmt = self
            .conn
            .prepare("SELECT judge, lesson FROM assignment ORDER BY judge, lesson")
            .map_err(&e)?;
        a.pairs = stmt
            .query_map([], |r| {
                Ok(Pair {
                    judge: JudgeId::new(r.get::<_, String>(0)?),
                    lesson: LessonId::new(r.get::<_, String>(1)?),
                })
            })
            .map_err(&e)?
            .collect::<Result<_, _>>()
            .map_err(&e)?;
        let mut stmt = self
            .conn
            .prepare("SELECT judge, lesson, reason FROM recusal ORDER BY judge, lesson")
            .map_err(&e)?;
        a.recusals = stmt
            .query_map([], |r| {
                Ok(Recusal {
                    judge: JudgeId::new(r.get::<_, String>(0)?),
                    lesson: LessonId::new(r.get::<_, String>(1)?),
                    reason: from_json::<RecusalReason>(&r.get::<_, String>(2)?)?,
                })
            })
            .map_err(&e)?
            .collect::<Result<_, _>>()
            .map_err(&e)?;
        let mut stmt = self
            .conn
            .prepare("SELECT lesson, panel, required, assigned FROM shortfall ORDER BY lesson")
            .map_err(&e)?;
        a.shortfalls = stmt
            .query_map([], |r| {
                Ok(Shortfall {
                    lesson: LessonId::new(r.get::<_, String>(0)?),
                    panel: r.get(1)?,
                    required: r.get(2)?,
                    assigned: r.get(3)?,
                })
            })
            .map_err(&e)?
            .collect::<Result<_, _>>()
            .map_err(&e)?;
        let mut stmt = self
            .conn
            .prepare("SELECT j.id, COUNT(a.lesson) FROM judge j LEFT JOIN assignment a ON a.judge = j.id GROUP BY j.id ORDER BY j.id")
            .map_err(&e)?;
        a.loads = stmt
            .query_map([], |r| {
                Ok(Load {
                    judge: JudgeId::new(r.get::<_, String>(0)?),
                    lessons: r.get(1)?,
                })
            })
            .map_err(&e)?
            .collect::<Result<_, _>>()
            .map_err(&e)?;
        Ok(a)
    }

    /// Each judge's assigned lessons, in lesson-id order (what a returned sheet is checked
    /// against; the whole [`Assignment`] also loads recusals, shortfalls and loads).
    pub fn assigned_lessons(&self) -> Result<BTreeMap<JudgeId, Vec<LessonId>>, Error> {
        let e = self.db_err();
        let mut stmt = self
            .conn
            .prepare("SELECT judge, lesson FROM assignment ORDER BY judge, lesson")
            .map_err(&e)?;
        let mut rows = stmt.query([]).map_err(&e)?;
        let mut out: BTreeMap<JudgeId, Vec<LessonId>> = BTreeMap::new();
        let mut current: Option<(JudgeId, Vec<LessonId>)> = None;
        while let Some(r) = rows.next().map_err(&e)? {
            let judge = r.get_ref(0).map_err(&e)?.as_str().map_err(|x| e(x.into()))?;
            let lesson = LessonId::new(r.get::<_, String>(1).map_err(&e)?);
            match &mut current {
                Some((j, lessons)) if j.as_str() == judge => lessons.push(lesson),
                _ => {
                    if let Some((j, lessons)) = current.replace((JudgeId::new(judge), vec![lesson])) {
                        out.insert(j, lessons);
                    }
                }
            }
        }
        out.extend(current);
        Ok(out)
    }
}

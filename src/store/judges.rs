//! Judges and panels as stored: merged from a judge list or saved by hand, each change audited; a
//! judge marked absent, with the reason.

use super::*;

impl Store {
    /// One judge, or `NotFound`.
    pub fn judge(&self, id: &JudgeId) -> Result<Judge, Error> {
        self.judges()?.into_iter().find(|j| j.id == *id).ok_or_else(|| {
            Error::from(ErrorKind::NotFound {
                what: "judge",
                id: id.to_string(),
            })
        })
    }

    pub fn panels(&self) -> Result<Vec<Panel>, Error> {
        let mut stmt = self
            .conn
            .prepare("SELECT name, categories, stages, subjects FROM panel ORDER BY name")
            .map_err(self.db_err())?;
        let rows = stmt
            .query_map([], |r| {
                Ok(Panel {
                    name: r.get(0)?,
                    categories: from_json(&r.get::<_, String>(1)?)?,
                    stages: from_json(&r.get::<_, String>(2)?)?,
                    subjects: from_json(&r.get::<_, String>(3)?)?,
                })
            })
            .map_err(self.db_err())?;
        rows.collect::<Result<_, _>>().map_err(self.db_err())
    }

    /// Sets what a panel covers (creating it if needed).
    pub fn set_panel(&mut self, panel: &Panel, actor: &Actor) -> Result<(), Error> {
        self.writable()?;
        let panel = &panel.normalized();
        let old = self.panels()?.into_iter().find(|p| p.name == panel.name);
        self.change(|tx| {
            write_panel(tx, panel)?;
            audit(
                tx,
                actor,
                "panel.set",
                &panel.name,
                old.as_ref().map(json).as_deref(),
                Some(&json(panel)),
            )?;
            Ok(())
        })
    }

    pub fn judges(&self) -> Result<Vec<Judge>, Error> {
        let mut stmt = self
            .conn
            .prepare("SELECT id, name, unit, region, panel, role, source FROM judge ORDER BY seq")
            .map_err(self.db_err())?;
        let rows = stmt
            .query_map([], |r| {
                Ok(Judge {
                    id: JudgeId::new(r.get::<_, String>(0)?),
                    fields: JudgeFields {
                        name: r.get(1)?,
                        unit: r.get(2)?,
                        region: r.get(3)?,
                        panel: r.get(4)?,
                        role: r.get(5)?,
                    },
                    source: from_json(&r.get::<_, String>(6)?)?,
                })
            })
            .map_err(self.db_err())?;
        rows.collect::<Result<_, _>>().map_err(self.db_err())
    }

    /// Adds new judges and updates changed ones (matched by name and unit); panels named by
    /// judges and not yet known are created with the coverage their names imply.
    pub fn merge_judges(&mut self, incoming: &[(JudgeFields, Location)], actor: &Actor) -> Result<Merged, Error> {
        self.writable()?;
        let existing = self.judges()?;
        let known_panels: Vec<String> = self.panels()?.into_iter().map(|p| p.name).collect();
        self.change(|tx| {
            let mut merged = Merged::default();
            let mut next_seq: u32 = tx.query_row("SELECT COALESCE(MAX(seq), 0) + 1 FROM judge", [], |r| r.get(0))?;
            let mut new_panels: Vec<String> = Vec::new();
            for (fields, source) in incoming {
                if !known_panels.contains(&fields.panel) && !new_panels.contains(&fields.panel) {
                    let panel = Panel::from_name(&fields.panel);
                    write_panel(tx, &panel)?;
                    audit(tx, actor, "panel.add", &panel.name, None, Some(&json(&panel)))?;
                    new_panels.push(fields.panel.clone());
                }
                let known = existing
                    .iter()
                    .find(|j| j.fields.name == fields.name && j.fields.unit == fields.unit)
                    .map(|j| (j.id.as_str(), &j.fields));
                upsert(
                    tx,
                    actor,
                    "judge",
                    known,
                    fields,
                    &mut next_seq,
                    &mut merged,
                    |tx, id, seq| {
                        let id = match id {
                            Some(id) => JudgeId::new(id),
                            None => JudgeId::from_seq(seq.expect("a new record has a sequence number")),
                        };
                        write_judge(tx, &id, seq, fields, source).map(|_| id.to_string())
                    },
                )?;
            }
            Ok(merged)
        })
    }

    /// Deletes a judge who has returned no sheet (with their assignment, recusal and absence
    /// rows). The caller checks for sheets (`app::delete_judge`).
    pub fn delete_judge(&mut self, id: &JudgeId, actor: &Actor) -> Result<(), Error> {
        self.writable()?;
        let old = self.judge(id)?;
        self.change(|tx| {
            for table in ["assignment", "recusal", "absence"] {
                tx.execute(&format!("DELETE FROM {table} WHERE judge = ?1"), [id.as_str()])?;
            }
            tx.execute("DELETE FROM judge WHERE id = ?1", [id.as_str()])?;
            audit(tx, actor, "judge.delete", id.as_str(), Some(&json(&old.fields)), None)?;
            Ok(())
        })
    }

    /// Changes a judge's name, unit, region, panel or role (audited old → new).
    pub fn update_judge(&mut self, id: &JudgeId, fields: &JudgeFields, actor: &Actor) -> Result<(), Error> {
        self.writable()?;
        let old = self.judge(id)?;
        let known_panel = self.panels()?.iter().any(|p| p.name == fields.panel);
        self.change(|tx| {
            if !known_panel {
                let panel = Panel::from_name(&fields.panel);
                write_panel(tx, &panel)?;
                audit(tx, actor, "panel.add", &panel.name, None, Some(&json(&panel)))?;
            }
            write_judge(tx, id, None, fields, &old.source)?;
            audit(
                tx,
                actor,
                "judge.update",
                id.as_str(),
                Some(&json(&old.fields)),
                Some(&json(fields)),
            )?;
            Ok(())
        })
    }

    pub fn absences(&self) -> Result<Absences, Error> {
        let e = self.db_err();
        let mut stmt = self
            .conn
            .prepare("SELECT judge, reason FROM absence ORDER BY judge")
            .map_err(&e)?;
        let rows = stmt
            .query_map([], |r| Ok((JudgeId::new(r.get::<_, String>(0)?), r.get(1)?)))
            .map_err(&e)?;
        rows.collect::<Result<_, _>>().map_err(&e)
    }

    pub fn set_absent(&mut self, judge: &JudgeId, reason: Option<&str>, actor: &Actor) -> Result<(), Error> {
        self.change(|tx| {
            match reason {
                Some(r) => tx.execute(
                    "INSERT INTO absence (judge, reason) VALUES (?1, ?2) ON CONFLICT(judge) DO UPDATE SET reason = excluded.reason",
                    params![judge.as_str(), r],
                ),
                None => tx.execute("DELETE FROM absence WHERE judge = ?1", [judge.as_str()]),
            }
            ?;
            audit(tx, actor, "judge.absent", judge.as_str(), None, reason)?;
            Ok(())
        })
    }
}

fn write_panel(tx: &Connection, p: &Panel) -> rusqlite::Result<()> {
    tx.execute(
        "INSERT INTO panel (name, categories, stages, subjects) VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT(name) DO UPDATE SET categories = excluded.categories, stages = excluded.stages, subjects = excluded.subjects",
        params![p.name, json(&p.categories), json(&p.stages), json(&p.subjects)],
    )
    .map(|_| ())
}

fn write_judge(
    tx: &Connection,
    id: &JudgeId,
    seq: Option<u32>,
    f: &JudgeFields,
    source: &Location,
) -> rusqlite::Result<()> {
    match seq {
        Some(seq) => exec(
                tx,
            "INSERT INTO judge (id, seq, name, unit, region, panel, role, source) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            params![id.as_str(), seq, f.name, f.unit, f.region, f.panel, f.role, json(source)],
        ),
        None => exec(
                tx,
            "UPDATE judge SET name = ?2, unit = ?3, region = ?4, panel = ?5, role = ?6, source = ?7 WHERE id = ?1",
            params![id.as_str(), f.name, f.unit, f.region, f.panel, f.role, json(source)],
        ),
    }
    .map(|_| ())
}

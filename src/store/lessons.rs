//! The roster as stored: lessons in import order (`seq`), merged from a roster import or saved by
//! hand, each change audited; a lesson's warnings depend on the whole roster and are refreshed with it.

use super::*;

impl Store {
    pub fn lessons(&self) -> Result<Vec<Lesson>, Error> {
        read_lessons(&self.conn).map_err(self.db_err())
    }

    /// Adds new lessons and updates changed ones (matched by category, node, title and
    /// teachers), then stores every lesson's warnings, all in one transaction.
    /// `warnings` is called with the whole roster after the merge, in order.
    pub fn merge_lessons(
        &mut self,
        incoming: &[(LessonFields, Location)],
        warnings: impl Fn(&[(LessonFields, Location)]) -> Vec<Vec<Problem>>,
        actor: &Actor,
    ) -> Result<(Merged, Vec<Lesson>), Error> {
        self.merge_lessons_checked(incoming, warnings, |_| Vec::new(), actor)
    }

    /// [`Store::merge_lessons`], and in the same transaction the bar register's matches among the
    /// whole roster as it will be (`hits`) are recorded: new ones pending, settled ones kept.
    pub fn merge_lessons_checked(
        &mut self,
        incoming: &[(LessonFields, Location)],
        warnings: impl Fn(&[(LessonFields, Location)]) -> Vec<Vec<Problem>>,
        hits: impl Fn(&[Lesson]) -> Vec<crate::register::BarHit>,
        actor: &Actor,
    ) -> Result<(Merged, Vec<Lesson>), Error> {
        let path = self.path.clone();
        let err = database_error(&path);
        // the roster as it will be stored is kept in step here (seq order: new lessons last), so
        // the warnings are computed without reading 20,000 lessons back
        let mut roster = self.lessons()?;
        let (tx, _) = self.begin_write()?;
        let mut merged = Merged::default();
        let mut next_seq: u32 = tx
            .query_row("SELECT COALESCE(MAX(seq), 0) + 1 FROM lesson", [], |r| r.get(0))
            .map_err(err)?;
        let mut updated: Vec<(usize, &LessonFields, &Location)> = Vec::new();
        let mut added: Vec<Lesson> = Vec::new();
        {
            let by_key: HashMap<_, usize> = roster.iter().enumerate().map(|(i, l)| (l.fields.key(), i)).collect();
            // a region re-sending a lesson with its title corrected: same node, teachers and
            // school is the same lesson (an update, audited old → new), not a new unscored one
            let mut by_place: HashMap<_, Vec<usize>> = HashMap::new();
            for (i, l) in roster.iter().enumerate().filter(|(_, l)| !l.fields.node.is_empty()) {
                by_place.entry(l.fields.place_key()).or_default().push(i);
            }
            for (fields, source) in incoming {
                let found = by_key.get(&fields.key()).copied().or_else(|| {
                    match by_place.get(&fields.place_key()).map(Vec::as_slice) {
                        Some([only]) if !fields.node.is_empty() => Some(*only),
                        _ => None,
                    }
                });
                let did = upsert(
                    &tx,
                    actor,
                    "lesson",
                    found.map(|i| (roster[i].id.as_str(), &roster[i].fields)),
                    fields,
                    &mut next_seq,
                    &mut merged,
                    |tx, id, seq| {
                        let id = match id {
                            Some(id) => LessonId::new(id),
                            None => LessonId::from_seq(seq.expect("a new record has a sequence number")),
                        };
                        write_lesson(tx, &id, seq, fields, source).map(|_| id.to_string())
                    },
                )
                .map_err(err)?;
                match (did, found) {
                    (Upserted::Added(id), _) => added.push(Lesson {
                        id: LessonId::new(id),
                        fields: fields.clone(),
                        source: source.clone(),
                        warnings: Vec::new(),
                    }),
                    (Upserted::Updated, Some(i)) => updated.push((i, fields, source)),
                    _ => {}
                }
            }
        }
        for (i, fields, source) in updated {
            roster[i].fields = fields.clone();
            roster[i].source = source.clone();
        }
        roster.extend(added);
        let roster = refresh_warnings(&tx, roster, warnings).map_err(err)?;
        bar::record_hits(&tx, &hits(&roster), actor).map_err(err)?;
        tx.commit().map_err(err)?;
        Ok((merged, roster))
    }

    /// One lesson, or `NotFound`.
    pub fn lesson(&self, id: &LessonId) -> Result<Lesson, Error> {
        self.lessons()?.into_iter().find(|l| l.id == *id).ok_or_else(|| {
            Error::from(ErrorKind::NotFound {
                what: "lesson",
                id: id.to_string(),
            })
        })
    }

    /// Edits one lesson by hand.
    pub fn update_lesson(
        &mut self,
        id: &LessonId,
        fields: &LessonFields,
        warnings: impl Fn(&[(LessonFields, Location)]) -> Vec<Vec<Problem>>,
        actor: &Actor,
    ) -> Result<(), Error> {
        self.writable()?;
        let old = self.lesson(id)?;
        self.change(|tx| {
            write_lesson(tx, id, None, fields, &old.source)?;
            audit(
                tx,
                actor,
                "lesson.update",
                id.as_str(),
                Some(&json(&old.fields)),
                Some(&json(fields)),
            )?;
            refresh_warnings(tx, read_lessons(tx)?, warnings)?;
            Ok(())
        })
    }

    /// Deletes a lesson nobody has scored (with its assignment rows); the roster's warnings are
    /// recomputed. The caller checks for scores (`app::delete_lesson`).
    pub fn delete_lesson(
        &mut self,
        id: &LessonId,
        warnings: impl Fn(&[(LessonFields, Location)]) -> Vec<Vec<Problem>>,
        actor: &Actor,
    ) -> Result<(), Error> {
        self.writable()?;
        let old = self.lesson(id)?;
        self.change(|tx| {
            for table in ["assignment", "recusal", "shortfall"] {
                tx.execute(&format!("DELETE FROM {table} WHERE lesson = ?1"), [id.as_str()])?;
            }
            tx.execute("DELETE FROM lesson WHERE id = ?1", [id.as_str()])?;
            audit(tx, actor, "lesson.delete", id.as_str(), Some(&json(&old.fields)), None)?;
            refresh_warnings(tx, read_lessons(tx)?, warnings)?;
            Ok(())
        })
    }
}

fn write_lesson(
    tx: &Connection,
    id: &LessonId,
    seq: Option<u32>,
    f: &LessonFields,
    source: &Location,
) -> rusqlite::Result<()> {
    let values = params![
        id.as_str(),
        f.category.name(),
        f.region,
        f.stage,
        f.subject,
        f.grade,
        f.edition,
        f.node,
        f.title,
        json(&f.teachers),
        f.school,
        json(source),
        f.origin,
    ];
    match seq {
        Some(seq) => exec(
                tx,
            "INSERT INTO lesson (id, category, region, stage, subject, grade, edition, node, title, teachers, school, source, origin, seq, warnings)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, '[]')",
            rusqlite::params_from_iter(values.iter().copied().chain([&seq as &dyn rusqlite::ToSql])),
        ),
        None => exec(
                tx,
            "UPDATE lesson SET category = ?2, region = ?3, stage = ?4, subject = ?5, grade = ?6, edition = ?7, node = ?8,
             title = ?9, teachers = ?10, school = ?11, source = ?12, origin = ?13 WHERE id = ?1",
            values,
        ),
    }
    .map(|_| ())
}

/// Every lesson in id order; works inside a transaction too.
fn read_lessons(conn: &Connection) -> rusqlite::Result<Vec<Lesson>> {
    let mut stmt = conn.prepare(
        "SELECT id, category, region, stage, subject, grade, edition, node, title, teachers, school, source, warnings, origin
         FROM lesson ORDER BY seq",
    )?;
    let rows = stmt.query_map([], |r| {
        let category: String = r.get(1)?;
        Ok(Lesson {
            id: LessonId::new(r.get::<_, String>(0)?),
            fields: LessonFields {
                category: Category::parse(&category).expect("the store only holds known categories"),
                region: r.get(2)?,
                stage: r.get(3)?,
                subject: r.get(4)?,
                grade: r.get(5)?,
                edition: r.get(6)?,
                node: r.get(7)?,
                title: r.get(8)?,
                teachers: from_json(&r.get::<_, String>(9)?)?,
                school: r.get(10)?,
                origin: r.get(13)?,
            },
            source: from_json(&r.get::<_, String>(11)?)?,
            warnings: from_json(&r.get::<_, String>(12)?)?,
        })
    })?;
    rows.collect()
}

/// Recomputes every lesson's warnings (they depend on the whole roster: duplicates, quotas) and
/// writes the ones that changed. `all` is the roster as stored (in seq order); it is returned
/// with the new warnings.
fn refresh_warnings(
    tx: &Connection,
    mut all: Vec<Lesson>,
    warnings: impl Fn(&[(LessonFields, Location)]) -> Vec<Vec<Problem>>,
) -> rusqlite::Result<Vec<Lesson>> {
    let pairs: Vec<(LessonFields, Location)> = all.iter().map(|l| (l.fields.clone(), l.source.clone())).collect();
    let computed = warnings(&pairs);
    let mut upd = tx.prepare("UPDATE lesson SET warnings = ?2 WHERE id = ?1")?;
    for (l, w) in all.iter_mut().zip(computed) {
        if l.warnings != w {
            upd.execute(params![l.id.as_str(), json(&w)])?;
            l.warnings = w;
        }
    }
    Ok(all)
}

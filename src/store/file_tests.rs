//! Tests of the session file and its store: a full disk, busy waits, migrations from older
//! versions, how scores are stored, the audit diff.

use super::*;

/// A full disk is said as such (it said "database or disk is full" / "disk I/O error"), the
/// file named; the write's transaction is rolled back by SQLite.
#[test]
fn a_full_disk_is_reported_as_a_full_disk() {
    let path = Path::new("/媒体/U盘/南京.jpsession");
    let full = rusqlite::Error::SqliteFailure(rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_FULL), None);
    let e = database_error(path)(full);
    assert!(matches!(e.kind, ErrorKind::DiskFull { .. }), "{e}");
    assert_eq!(e.code(), crate::error::ErrorCode::DiskFull);
    assert!(
        e.to_string().contains("南京.jpsession") && e.to_string().contains("full"),
        "{e}"
    );
}
use crate::scores::LessonScores;

fn waiting_connection(path: &Path) -> Connection {
    let conn = Connection::open(path).unwrap();
    wait_when_busy(&conn).unwrap();
    conn.pragma_update(None, "journal_mode", "WAL").unwrap();
    conn
}

/// A session file with a table `t`, and a connection holding its write lock.
fn held(dir: &Path) -> (PathBuf, Connection) {
    let path = dir.join("busy.jpsession");
    let holder = waiting_connection(&path);
    holder.execute_batch("CREATE TABLE t (x); BEGIN IMMEDIATE;").unwrap();
    (path, holder)
}

#[test]
fn a_write_waits_for_another_connections_lock_and_takes_it_once_freed() {
    let dir = tempfile::tempdir().unwrap();
    let (path, holder) = held(dir.path());
    holder.execute("INSERT INTO t VALUES (1)", []).unwrap();
    let (took, freed) = std::sync::mpsc::channel();
    let writer = {
        let path = path.clone();
        std::thread::spawn(move || {
            let conn = waiting_connection(&path);
            took.send(()).unwrap();
            conn.execute_batch("BEGIN IMMEDIATE; INSERT INTO t VALUES (2); COMMIT;")
        })
    };
    freed.recv().unwrap();
    std::thread::sleep(Duration::from_millis(200)); // the writer is waiting meanwhile
    holder.execute_batch("COMMIT").unwrap();
    writer.join().unwrap().unwrap();
    let n: i64 = holder.query_row("SELECT count(*) FROM t", [], |r| r.get(0)).unwrap();
    assert_eq!(n, 2);
}

#[test]
fn a_write_still_locked_out_after_the_wait_is_busy_naming_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let (path, _holder) = held(dir.path());
    let conn = waiting_connection(&path);
    let started = Instant::now();
    let e = conn
        .execute_batch("BEGIN IMMEDIATE")
        .map_err(database_error(&path))
        .unwrap_err();
    assert!(
        started.elapsed() >= BUSY_WAIT,
        "it gave up after {:?}",
        started.elapsed()
    );
    assert!(matches!(&e.kind, ErrorKind::Busy { path: p } if *p == path), "{e:?}");
}

#[test]
fn a_version_3_session_keeps_every_judges_current_scores() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("v3.jpsession");
    let scores = |t: u32| LessonScores {
        scores: vec![Some(crate::points::Points::from_tenths(t)), None],
        ..LessonScores::default()
    };
    let sheet = |l: &[(&str, u32)]| {
        json(
            &l.iter()
                .map(|(id, t)| (LessonId::new(*id), scores(*t)))
                .collect::<BTreeMap<_, _>>(),
        )
    };
    {
        let mut conn = Connection::open(&path).unwrap();
        conn.pragma_update(None, "application_id", APPLICATION_ID).unwrap();
        conn.pragma_update(None, "foreign_keys", false).unwrap(); // judges and lessons left out
        Migrations::new(MIGRATIONS[..3].iter().map(|sql| M::up(sql)).collect())
            .to_latest(&mut conn)
            .unwrap();
        conn.execute(
            "INSERT INTO session (id, uid, created_at, settings) VALUES (1, 'u', 't', '{}')",
            [],
        )
        .unwrap();
        // J1: revision 2 replaced 1; J2: a conflict at revision 1 (no current scores)
        let rows = [
            ("J1", 1, "h1", sheet(&[("L1", 10)])),
            ("J1", 2, "h2", sheet(&[("L1", 20), ("L2", 30)])),
            ("J2", 1, "h3", sheet(&[("L1", 40)])),
            ("J2", 1, "h4", sheet(&[("L1", 50)])),
        ];
        for (judge, revision, hash, scores) in rows {
            conn.execute(
                "INSERT INTO sheet_import VALUES (?1, ?2, ?3, 'intact', 'f.xlsx', 't', ?4, '[]')",
                params![judge, revision, hash, scores],
            )
            .unwrap();
        }
        for (lesson, t) in [("L1", 20), ("L2", 30)] {
            conn.execute(
                "INSERT INTO judgement VALUES ('J1', ?1, 2, ?2)",
                params![lesson, json(&scores(t))],
            )
            .unwrap();
        }
    }
    let store = Store::open(&path).expect("a version 3 file opens");
    let mut expected = BTreeMap::new();
    expected.insert((JudgeId::new("J1"), LessonId::new("L1")), scores(20));
    expected.insert((JudgeId::new("J1"), LessonId::new("L2")), scores(30));
    assert_eq!(store.judgements().unwrap(), expected, "what the judgement table held");
    assert_eq!(store.conflicts().unwrap(), vec![(JudgeId::new("J2"), 1)]);
}

#[test]
fn a_sheet_assembled_from_lesson_json_stores_exactly_what_serializing_it_whole_gives() {
    let mut scores = BTreeMap::new();
    for (id, comment) in [("L2", "好"), ("L10", "引号\"与\\反斜杠"), ("L\"1", "")] {
        scores.insert(
            LessonId::new(id),
            LessonScores {
                scores: vec![Some(crate::points::Points::from_f64(7.5).unwrap()), None],
                vetoes: vec![],
                comment: comment.into(),
                unscored: None,
            },
        );
    }
    let sheet = ImportedSheet {
        judge: JudgeId::new("J1"),
        revision: 2,
        status: crate::sheet::read::SheetStatus::Intact,
        file: "a.xlsx".into(),
        scores: scores.clone(),
        changes: vec![],
    };
    let prepared = sheet.prepare();
    assert_eq!(prepared.scores, json(&scores));
    assert_eq!(
        prepared.hash,
        crate::sheet::hmac_hex(b"content", json(&scores).as_bytes())
    );
    let empty = PreparedSheet::new(
        JudgeId::new("J1"),
        1,
        crate::sheet::read::SheetStatus::Intact,
        "b.xlsx".into(),
        vec![],
        &[],
    );
    assert_eq!(empty.scores, json(&BTreeMap::<LessonId, LessonScores>::new()));
}

#[test]
fn a_version_1_session_upgrades_and_gets_a_secret() {
    let dir = std::env::temp_dir().join(format!("jingpin-v1-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("old.jpsession");
    let _ = std::fs::remove_file(&path);
    {
        let mut conn = Connection::open(&path).unwrap();
        conn.pragma_update(None, "application_id", APPLICATION_ID).unwrap();
        Migrations::new(vec![M::up(include_str!("schema_v1.sql"))])
            .to_latest(&mut conn)
            .unwrap();
        conn.execute(
            "INSERT INTO session (id, uid, created_at, settings) VALUES (1, 'u', 't', '{}')",
            [],
        )
        .unwrap();
        for k in 0..3 {
            conn.execute(
                "INSERT INTO audit (at, who, action, target, old, new) VALUES ('t', '旧', 'x', ?1, NULL, 'v')",
                [k.to_string()],
            )
            .unwrap();
        }
    }
    let store = Store::open(&path).expect("a version 1 file opens");
    let chain = store.verify_audit().unwrap();
    assert_eq!(
        (chain.rows, chain.broken_at),
        (3, None),
        "the rows already there are chained on upgrade"
    );
    let v: u32 = store
        .conn
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .unwrap();
    assert_eq!(v, schema_version(), "opening upgrades to the newest schema");
    let secret = store.secret().unwrap();
    assert_eq!(secret.len(), 64, "an old file gets its secret on upgrade: {secret}");
    assert!(secret.chars().all(|c| c.is_ascii_hexdigit()));
    assert_eq!(store.secret().unwrap(), secret, "reading it does not change it");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn migrations_are_valid() {
    assert!(
        migrations().validate().is_ok(),
        "every migration applies to an empty database"
    );
}

#[test]
fn diff_names_changed_leaves() {
    let a = serde_json::json!({"rules": {"trim": 1, "judges_per_lesson": 3}, "name": "x"});
    let b = serde_json::json!({"rules": {"trim": 1, "judges_per_lesson": 5}, "name": "x"});
    assert_eq!(
        diff(&a, &b),
        vec![("rules.judges_per_lesson".to_string(), "3".to_string(), "5".to_string())]
    );
}

use assert_cmd::Command;

use crate::{fixture, repo};

fn jingpin(data: &std::path::Path) -> Command {
    let mut c = Command::cargo_bin("jingpin").unwrap();
    c.env("JINGPIN_DATA_DIR", data);
    c
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn rubric_check_passes_on_the_repositorys_rubrics() {
    let data = tempfile::tempdir().unwrap();
    let out = jingpin(data.path())
        .args(["rubric", "check"])
        .arg(repo("rubrics"))
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(text(&out.stdout).trim(), "ok: 3 rubric(s), 2 quota table(s)");
}

#[test]
fn rubric_check_fails_listing_every_problem_with_file_and_line() {
    let data = tempfile::tempdir().unwrap();
    let out = jingpin(data.path())
        .args(["rubric", "check"])
        .arg(fixture("bad/duplicate-id.toml"))
        .arg(fixture("bad/sum-not-100.toml"))
        .arg(fixture("bad/quota-bad.toml"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = text(&out.stderr);
    assert!(
        err.contains("duplicate-id.toml, line 21: duplicate id `i01` (first used on line 14)"),
        "{err}"
    );
    assert!(err.contains("sum-not-100.toml, line"), "{err}");
    assert!(err.contains("weights sum to 105, expected 100"), "{err}");
    assert!(err.contains("error[duplicate_region]"), "{err}");
    assert!(err.contains("problem(s) found"), "{err}");
}

#[test]
fn rubric_list_json_is_a_stable_contract() {
    let data = tempfile::tempdir().unwrap();
    let out = jingpin(data.path())
        .args(["rubric", "list", "--json"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let rows = v.as_array().unwrap();
    assert_eq!(rows.len(), 3);
    let subject = rows.iter().find(|r| r["id"] == "2024-学科课程").unwrap();
    assert_eq!(subject["category"], "学科课程");
    assert_eq!(subject["indicators"], 8);
    assert_eq!(subject["total"], 100);
    assert_eq!(subject["origin"]["kind"], "builtin");
    assert_eq!(subject["content_hash"].as_str().unwrap().len(), 64);
}

#[test]
fn import_xlsx_writes_a_rubric_that_check_accepts_and_list_shows() {
    let data = tempfile::tempdir().unwrap();
    let rubrics = data.path().join("rubrics");
    std::fs::create_dir_all(&rubrics).unwrap();
    let out_file = rubrics.join("reading.toml");
    let out = jingpin(data.path())
        .args(["rubric", "import-xlsx"])
        .arg(fixture("rubric-reading-sample.xlsx"))
        .args(["--year", "2025", "--category", "阅读课", "--out"])
        .arg(&out_file)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains("7 indicators, total 100"));
    let check = jingpin(data.path())
        .args(["rubric", "check"])
        .arg(&out_file)
        .output()
        .unwrap();
    assert!(check.status.success(), "{}", text(&check.stderr));
    let list = jingpin(data.path()).args(["rubric", "list"]).output().unwrap();
    let listed = text(&list.stdout);
    assert!(listed.contains("2025-阅读课"), "{listed}");
    assert!(
        listed.contains("reading.toml"),
        "the user file is named as the origin: {listed}"
    );
}

#[test]
fn import_xlsx_of_a_bad_sheet_writes_nothing_and_names_the_cell() {
    let data = tempfile::tempdir().unwrap();
    let out_file = data.path().join("x.toml");
    let out = jingpin(data.path())
        .args(["rubric", "import-xlsx"])
        .arg(fixture("bad/rubric-text-weight.xlsx"))
        .args(["--year", "2025", "--category", "阅读课", "--out"])
        .arg(&out_file)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = text(&out.stderr);
    assert!(
        err.contains("sheet 评价指标, row 6, column D: `二十` in column 权重 is not a number"),
        "{err}"
    );
    assert!(!out_file.exists());
}

#[test]
fn an_unknown_category_is_refused_by_the_argument_parser() {
    let data = tempfile::tempdir().unwrap();
    let out = jingpin(data.path())
        .args([
            "rubric",
            "import-xlsx",
            "x.xlsx",
            "--year",
            "2025",
            "--category",
            "体育",
            "--out",
            "y.toml",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn quota_show_prints_totals() {
    let data = tempfile::tempdir().unwrap();
    let out = jingpin(data.path())
        .args(["quota", "show", "2024-national", "--json"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["totals"]["学科课程"], 16100);
    assert_eq!(v["regions"].as_array().unwrap().len(), 32);
}

#[test]
fn a_chair_goes_from_workbooks_to_an_assignment_with_the_cli() {
    let data = tempfile::tempdir().unwrap();
    let db = data.path().join("nj.jpsession");
    let run = |args: &[&str]| {
        let mut c = jingpin(data.path());
        c.env("JINGPIN_USER", "组长");
        for a in args {
            c.arg(a);
        }
        c.output().unwrap()
    };
    let dbs = db.to_str().unwrap();
    let out = run(&[
        "session",
        "init",
        dbs,
        "--config",
        repo("examples/session.toml").to_str().unwrap(),
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let again = run(&["session", "init", dbs]);
    assert_eq!(again.status.code(), Some(2), "an existing session is never overwritten");

    let out = run(&[
        "roster",
        "import",
        dbs,
        fixture("roster-nanjing.xlsx").to_str().unwrap(),
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(
        text(&out.stdout).contains("8 lessons (added 8, updated 0, unchanged 0), 2 warning(s)"),
        "{}",
        text(&out.stdout)
    );

    let bad = run(&[
        "roster",
        "import",
        dbs,
        fixture("bad/roster-errors.xlsx").to_str().unwrap(),
    ]);
    assert_eq!(bad.status.code(), Some(1));
    assert!(
        text(&bad.stderr).contains("sheet 推荐汇总, row 6, column J: 6 authors, at most 5 for an experiment lesson"),
        "{}",
        text(&bad.stderr)
    );
    assert!(text(&bad.stderr).contains("nothing was written"));

    let list = run(&["roster", "list", dbs, "--json"]);
    let v: serde_json::Value = serde_json::from_slice(&list.stdout).unwrap();
    let rows = v.as_array().unwrap();
    assert_eq!(rows.len(), 8, "the refused file added nothing");
    for key in [
        "id", "category", "region", "stage", "subject", "grade", "edition", "node", "title", "teachers", "school",
        "warnings",
    ] {
        assert!(rows[0].get(key).is_some(), "roster list --json has `{key}`");
    }
    assert_eq!(rows[2]["teachers"], serde_json::json!(["王芳", "赵强"]));

    let out = run(&[
        "judges",
        "import",
        dbs,
        fixture("judges-nanjing.xlsx").to_str().unwrap(),
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let judges: serde_json::Value = serde_json::from_slice(&run(&["judges", "list", dbs, "--json"]).stdout).unwrap();
    for key in ["id", "name", "unit", "region", "panel", "role"] {
        assert!(judges[0].get(key).is_some(), "judges list --json has `{key}`");
    }

    let assign = run(&["assign", dbs, "--json"]);
    assert_eq!(
        assign.status.code(),
        Some(1),
        "lessons short of judges make the command fail"
    );
    assert!(
        text(&assign.stderr).contains("error[shortfall]: lesson L00007 has 0 of 3 required judges (panel 特殊教育组)")
    );
    let a: serde_json::Value = serde_json::from_slice(&assign.stdout).unwrap();
    assert!(a["pairs"]
        .as_array()
        .unwrap()
        .iter()
        .all(|p| p["judge"].is_string() && p["lesson"].is_string()));
    assert!(a["recusals"]
        .as_array()
        .unwrap()
        .iter()
        .any(|r| r["reason"] == "same_school"));

    let audit: serde_json::Value = serde_json::from_slice(&run(&["audit", dbs, "--json"]).stdout).unwrap();
    let entries = audit.as_array().unwrap();
    assert!(entries.iter().all(|e| e["who"] == "组长"));
    assert!(entries.iter().any(|e| e["action"] == "assignment.save"));
}

//! The `jingpin` binary as a user runs it: commands, exit codes and what they print.

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

#[test]
fn from_roster_to_the_results_workbook_with_the_cli() {
    use calamine::{open_workbook_auto, Reader};
    let data = tempfile::tempdir().unwrap();
    let db = data.path().join("nj.jpsession");
    let dbs = db.to_str().unwrap().to_owned();
    let run = |args: &[&str], stdin: Option<String>| {
        let mut c = jingpin(data.path());
        c.args(args);
        if let Some(s) = stdin {
            c.write_stdin(s);
        }
        c.output().unwrap()
    };
    let config = data.path().join("s.toml");
    std::fs::write(
        &config,
        r#"name = "南京市级遴选"
level = "市级"
year = 2025
[[category]]
category = "学科课程"
quota = 3
[[category]]
category = "实验教学"
quota = 1
[[category]]
category = "特殊教育"
quota = 1
[rules]
gap_threshold = 30
# a small county: its judges may score lessons of their own district (the judges list names
# districts, which would otherwise turn recusal by region on)
recuse_same_region = false
[[rules.prizes]]
name = "一等奖"
count = 1
"#,
    )
    .unwrap();
    assert!(
        run(&["session", "init", &dbs, "--config", config.to_str().unwrap()], None)
            .status
            .success()
    );
    assert!(run(
        &[
            "roster",
            "import",
            &dbs,
            fixture("roster-nanjing.xlsx").to_str().unwrap()
        ],
        None
    )
    .status
    .success());
    assert!(run(
        &[
            "judges",
            "import",
            &dbs,
            fixture("judges-nanjing.xlsx").to_str().unwrap()
        ],
        None
    )
    .status
    .success());
    run(&["assign", &dbs], None); // two lessons are short of judges; they are held later
    let sheets = data.path().join("sheets");
    assert!(
        run(&["sheets", "export", &dbs, "--out", sheets.to_str().unwrap()], None)
            .status
            .success()
    );

    // every judge scores every lesson of their sheet with the CLI and submits
    score_with_cli(data.path(), &dbs, &sheets, &data.path().join("returned"));

    let rank = run(&["rank", &dbs, "--json"], None);
    let rows: serde_json::Value = serde_json::from_slice(&rank.stdout).unwrap();
    let rows = rows.as_array().unwrap();
    assert_eq!(rows.len(), 8, "every lesson has a line");
    for r in rows {
        for key in [
            "id",
            "category",
            "title",
            "region",
            "teachers",
            "school",
            "alternate",
            "tie_group",
            "tie_at_cut",
            "raw_mean",
            "final_score",
            "rank",
            "status",
            "reason",
            "judges",
            "prize",
        ] {
            assert!(r.get(key).is_some(), "rank --json has `{key}`: {r}");
        }
        assert!(
            !r["reason"].as_str().unwrap().is_empty(),
            "every lesson has a reason: {r}"
        );
    }
    let recommended = |cat: &str| {
        rows.iter()
            .filter(|r| r["category"] == cat && r["status"] == "recommended")
            .count()
    };
    assert_eq!(recommended("学科课程"), 3, "the quota is filled");
    assert!(recommended("实验教学") <= 1 && recommended("特殊教育") <= 1);
    let held: Vec<&str> = rows
        .iter()
        .filter(|r| r["status"] == "held")
        .map(|r| r["id"].as_str().unwrap())
        .collect();
    assert_eq!(
        held,
        ["L00005", "L00007"],
        "lessons short of judges are held, not dropped"
    );
    let prized = |cat: &str| {
        rows.iter()
            .filter(|r| r["category"] == cat && r["prize"] == "一等奖")
            .count()
    };
    assert_eq!(prized("学科课程"), 1, "prize tiers apply per category");

    // finalizing needs the chair's word on the incomplete lessons
    assert_eq!(run(&["finalize", &dbs], None).status.code(), Some(1));
    for l in held {
        let d = run(
            &["decide", "accept-incomplete", &dbs, l, "--reason", "评委回避，组长确认"],
            None,
        );
        assert!(d.status.success(), "{}", text(&d.stderr));
    }
    // ties across the prize line block 定稿 until the chair orders them
    let f = run(&["finalize", &dbs], None);
    assert_eq!(f.status.code(), Some(1));
    assert!(text(&f.stderr).contains("tie_at_cut"), "{}", text(&f.stderr));
    for (l, n) in [("L00002", "1"), ("L00008", "2"), ("L00001", "1"), ("L00003", "2")] {
        let d = run(
            &["decide", "tie-order", &dbs, l, n, "--reason", "组长按课堂实录质量排序"],
            None,
        );
        assert!(d.status.success(), "{}", text(&d.stderr));
    }
    let f = run(&["finalize", &dbs], None);
    assert!(f.status.success(), "{}", text(&f.stderr));

    let book = data.path().join("results.xlsx");
    let again = data.path().join("results-again.xlsx");
    assert!(run(&["export", &dbs, "--out", book.to_str().unwrap()], None)
        .status
        .success());
    assert!(run(&["export", &dbs, "--out", again.to_str().unwrap()], None)
        .status
        .success());
    assert_eq!(
        std::fs::read(&book).unwrap(),
        std::fs::read(&again).unwrap(),
        "the same session gives the same bytes"
    );

    // with 推荐稳定性: a 公平性 sheet, the same bytes for the same seed; the lists a bureau
    // stamps (推荐名单, 候补名单, 公示名单) carry no analysis ("71%（不稳）" beside a
    // recommended lesson is nothing a bureau stamps)
    let steady = data.path().join("results-stability.xlsx");
    let steady_again = data.path().join("results-stability-again.xlsx");
    for p in [&steady, &steady_again] {
        assert!(
            run(&["export", &dbs, "--out", p.to_str().unwrap(), "--stability"], None)
                .status
                .success()
        );
    }
    assert_eq!(std::fs::read(&steady).unwrap(), std::fs::read(&steady_again).unwrap());
    {
        let mut wb = open_workbook_auto(&steady).unwrap();
        for stamped in ["推荐名单-学科课程", "候补名单", "公示名单"] {
            let sheet = wb.worksheet_range(stamped).unwrap();
            assert!(
                sheet.cells().all(|(_, _, c)| {
                    let v = c.to_string();
                    v != "推荐稳定性" && !v.contains("不稳")
                }),
                "{stamped} carries no stability"
            );
        }
        let fair = crate::table_of(&wb.worksheet_range("公平性").unwrap(), "类别");
        let col = fair[0]
            .iter()
            .position(|h| h == "推荐稳定性")
            .expect("a stability column on 公平性");
        assert!(fair.len() > 1, "{fair:?}");
        assert!(
            fair[1..]
                .iter()
                .all(|r| r[col].ends_with('%') || r[col].ends_with("（不稳）")),
            "{fair:?}"
        );
    }

    let mut wb = open_workbook_auto(&book).unwrap();
    let names = wb.sheet_names();
    for n in [
        "推荐名单-学科课程",
        "推荐名单-实验教学",
        "推荐名单-特殊教育",
        "候补名单",
        "未推荐",
        "评分明细-学科课程",
        "评委统计",
        "名额使用",
        "问题记录",
    ] {
        assert!(names.iter().any(|x| x == n), "sheet {n} in {names:?}");
    }
    let rec = crate::table_of(&wb.worksheet_range("推荐名单-学科课程").unwrap(), "序号");
    assert_eq!(rec.len(), 4, "header + 3 recommended");
    assert_eq!(rec[0][8], "课名");
    let sheet = wb.worksheet_range("推荐名单-学科课程").unwrap();
    let title = sheet.get((0, 0)).unwrap().to_string();
    assert!(
        title.contains("推荐名单-学科课程") && title.contains("定稿"),
        "a title with the 定稿 mark: {title}"
    );
    assert!(
        sheet.rows().any(|r| r[0].to_string().contains("审核人（签字）")),
        "signature lines under the table"
    );
    // 评委统计: the calibration columns, and a native chart of the severities with error bars
    let judges = crate::table_of(&wb.worksheet_range("评委统计").unwrap(), "评委编号");
    assert_eq!(
        judges[0][7..10],
        ["宽严（分，负为偏严）", "区间半宽", "95%区间"],
        "{:?}",
        judges[0]
    );
    {
        use std::io::Read;
        let mut zip = zip::ZipArchive::new(std::fs::File::open(&book).unwrap()).unwrap();
        let mut xml = String::new();
        zip.by_name("xl/charts/chart1.xml")
            .unwrap()
            .read_to_string(&mut xml)
            .unwrap();
        assert!(
            xml.contains("<c:barChart>") && xml.contains("<c:errBars>"),
            "a column chart with error bars"
        );
        assert!(xml.contains("评委统计!$H$4"), "drawn from the 宽严 column");
    }
    let usage = wb.worksheet_range("名额使用").unwrap();
    let total_row = usage.rows().find(|r| r[0] == "学科课程" && r[1] == "合计").unwrap();
    assert_eq!(
        (
            total_row[2].to_string(),
            total_row[3].to_string(),
            total_row[4].to_string()
        ),
        ("3".into(), "3".into(), "0".into())
    );
    let detail = crate::table_of(&wb.worksheet_range("评分明细-学科课程").unwrap(), "课程编号");
    assert!(detail.len() > 12, "a row per judge and lesson");
    assert_eq!(detail[0][4], "教学目标科学合理（10分）", "a column per indicator");
    let issues = crate::table_of(&wb.worksheet_range("问题记录").unwrap(), "类型");
    assert!(issues.iter().any(|r| r[0] == "回避"), "recusals are recorded");
    assert!(
        issues
            .iter()
            .any(|r| r[0] == "组长决定" && r[3] == "确认评分不全" && r[4].contains("评委回避，组长确认")),
        "every chair decision is recorded with its reason: {issues:?}"
    );
    assert!(
        issues.iter().any(|r| r[0] == "组长决定" && r[3] == "并列顺序"),
        "tie orders are recorded"
    );
    assert!(
        !issues.iter().any(|r| r[0] == "并列待定"),
        "no tie left to order once finalized"
    );
}

/// County → city → province with the CLI alone (issue 16): two county demos get their 填报单位,
/// send `export --handoff`; the city imports both files unchanged with `roster import`, refuses a
/// results workbook naming its sheets, scores with its own judges, and sends its own hand-off to
/// the province, where every lesson carries the city as region and a two-level 原编号.
#[test]
fn a_county_city_province_chain_with_the_cli() {
    let data = tempfile::tempdir().unwrap();
    let d = data.path();
    let s = |p: &std::path::Path| p.to_str().unwrap().to_owned();
    let mut handoffs = Vec::new();
    let mut sent: Vec<(String, serde_json::Value)> = Vec::new();
    for (seed, unit) in [("7", "玄武区教育局"), ("11", "秦淮区教育局")] {
        let dir = d.join(unit);
        ok(d, &["demo", "--out", &s(&dir), "--scale", "county", "--seed", seed]);
        let db = s(&dir.join("session.jpsession"));
        let shown = ok(d, &["session", "show", &db]);
        let config: String = shown
            .lines()
            .filter(|l| !l.starts_with('#'))
            .map(|l| {
                if l.starts_with("unit = ") {
                    format!("unit = \"{unit}\"")
                } else {
                    l.to_owned()
                }
            })
            .collect::<Vec<_>>()
            .join("\n");
        let cfg = dir.join("settings.toml");
        std::fs::write(&cfg, config).unwrap();
        ok(d, &["session", "configure", &db, &s(&cfg)]);
        let rank: serde_json::Value = serde_json::from_str(&ok(d, &["rank", &db, "--json"])).unwrap();
        for r in rank.as_array().unwrap() {
            if r["status"] == "recommended" {
                sent.push((unit.trim_end_matches("教育局").to_owned(), r.clone()));
            }
        }
        let h = dir.join("上报推荐汇总表.xlsx");
        ok(d, &["export", &db, "--handoff", &s(&h)]);
        handoffs.push(h);
    }
    assert!(sent.len() > 4, "the counties recommend");

    let city_cfg = d.join("city.toml");
    std::fs::write(
        &city_cfg,
        r#"name = "南京市级遴选"
unit = "南京市教育局"
level = "市级"
year = 2025
[[category]]
category = "学科课程"
quota = 5
[[category]]
category = "实验教学"
quota = 2
[[category]]
category = "特殊教育"
quota = 1
[rules]
judges_per_lesson = 1
"#,
    )
    .unwrap();
    let city = s(&d.join("city.jpsession"));
    ok(d, &["session", "init", &city, "--config", &s(&city_cfg)]);
    // a county's results workbook is not a roster: refused, naming its sheets, nothing added
    let wrong = jingpin(d)
        .args([
            "roster",
            "import",
            &city,
            &s(&d.join("玄武区教育局").join("评审结果.xlsx")),
        ])
        .output()
        .unwrap();
    assert_eq!(wrong.status.code(), Some(1));
    assert!(text(&wrong.stderr).contains("候补名单"), "{}", text(&wrong.stderr));
    for h in &handoffs {
        ok(d, &["roster", "import", &city, &s(h)]);
    }
    let lessons: serde_json::Value = serde_json::from_str(&ok(d, &["roster", "list", &city, "--json"])).unwrap();
    let lessons = lessons.as_array().unwrap();
    assert_eq!(
        lessons.len(),
        sent.len(),
        "every recommended lesson of both counties, once"
    );
    for (region, r) in &sent {
        let l = lessons
            .iter()
            .find(|l| l["title"] == r["title"] && l["teachers"] == r["teachers"])
            .unwrap_or_else(|| panic!("{} arrived", r["title"]));
        assert_eq!(l["region"], region.as_str(), "the region is the county that recommends");
        assert_eq!(l["category"], r["category"]);
        assert_eq!(l["school"], r["school"]);
        assert_eq!(
            l["origin"].as_str().unwrap(),
            format!(
                "{region}:{}({:.2})",
                r["id"].as_str().unwrap(),
                r["final_score"].as_f64().unwrap()
            ),
            "the county's id and score"
        );
    }

    // the city scores with its own judges and sends its own hand-off up
    ok(d, &["judges", "import", &city, &s(&fixture("judges-nanjing.xlsx"))]);
    ok(d, &["assign", &city]);
    let sheets = d.join("市级评分表");
    ok(d, &["sheets", "export", &city, "--out", &s(&sheets)]);
    score_with_cli(d, &city, &sheets, &d.join("市级收回"));
    let rank: serde_json::Value = serde_json::from_str(&ok(d, &["rank", &city, "--json"])).unwrap();
    let picked: Vec<&serde_json::Value> = rank
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["status"] == "recommended")
        .collect();
    assert!(!picked.is_empty(), "the city recommends");
    let h = d.join("南京-上报推荐汇总表.xlsx");
    ok(d, &["export", &city, "--handoff", &s(&h)]);

    let province = s(&d.join("province.jpsession"));
    ok(d, &["session", "init", &province]);
    ok(d, &["roster", "import", &province, &s(&h)]);
    let up: serde_json::Value = serde_json::from_str(&ok(d, &["roster", "list", &province, "--json"])).unwrap();
    let up = up.as_array().unwrap();
    assert_eq!(up.len(), picked.len(), "what the city recommends, nothing else");
    for l in up {
        assert_eq!(l["region"], "南京市", "the city recommends it");
        let origin = l["origin"].as_str().unwrap();
        let steps: Vec<&str> = origin.split(" → ").collect();
        assert_eq!(steps.len(), 2, "two levels behind it: {origin}");
        assert!(
            steps[0].starts_with("玄武区:") || steps[0].starts_with("秦淮区:"),
            "{origin}"
        );
        let at_city = picked.iter().find(|r| r["title"] == l["title"]).unwrap();
        assert_eq!(
            steps[1],
            format!(
                "南京市:{}({:.2})",
                at_city["id"].as_str().unwrap(),
                at_city["final_score"].as_f64().unwrap()
            ),
            "the city's id and score"
        );
    }
}

/// The bar register from the command line (issue 16 §2): an office adds a teacher, a county's
/// roster import names the match, `register check` exits 1 while it waits, the chair confirms it
/// with `decide barred` and the lesson is kept out as barred; the register goes out as xlsx and
/// comes back into another office's register.
#[test]
fn the_bar_register_with_the_cli() {
    let data = tempfile::tempdir().unwrap();
    let d = data.path();
    let s = |p: &std::path::Path| p.to_str().unwrap().to_owned();
    let demo = d.join("县");
    ok(d, &["demo", "--out", &s(&demo), "--scale", "county", "--seed", "7"]);
    let db = s(&demo.join("session.jpsession"));
    let lessons: serde_json::Value = serde_json::from_str(&ok(d, &["roster", "list", &db, "--json"])).unwrap();
    let l = &lessons[3];
    let (id, teacher, school) = (
        l["id"].as_str().unwrap(),
        l["teachers"][0].as_str().unwrap(),
        l["school"].as_str().unwrap(),
    );
    ok(
        d,
        &[
            "register",
            "add",
            "--name",
            teacher,
            "--school",
            school,
            "--year",
            "2024",
            "--session",
            "2024年县级初选",
            "--reason",
            "抄袭",
        ],
    );
    let listed = ok(d, &["register", "list"]);
    assert!(listed.contains(teacher), "{listed}");

    let imported = ok(d, &["roster", "import", &db, &s(&demo.join("推荐汇总表.xlsx"))]);
    assert!(
        imported.contains("失信名单 exact") && imported.contains(teacher),
        "{imported}"
    );
    let check = jingpin(d).args(["register", "check", &db]).output().unwrap();
    assert_eq!(check.status.code(), Some(1), "a match waits for the chair");
    let finalize = jingpin(d).args(["finalize", &db]).output().unwrap();
    assert_eq!(finalize.status.code(), Some(1));
    assert!(
        text(&finalize.stderr).contains("bar_match_pending"),
        "{}",
        text(&finalize.stderr)
    );

    ok(
        d,
        &[
            "decide",
            "barred",
            &db,
            id,
            teacher,
            "confirm",
            "--reason",
            "经核实为同一人",
        ],
    );
    assert!(jingpin(d)
        .args(["register", "check", &db])
        .output()
        .unwrap()
        .status
        .success());
    let rank: serde_json::Value = serde_json::from_str(&ok(d, &["rank", &db, "--json"])).unwrap();
    let row = rank.as_array().unwrap().iter().find(|r| r["id"] == id).unwrap();
    assert_eq!(row["reason"], "barred", "{row}");
    assert!(row["reason_text"].as_str().unwrap().contains("失信名单"), "{row}");

    let book = d.join("失信名单.xlsx");
    ok(d, &["register", "export", &s(&book), "--unit", "示例县教育局"]);
    let other = d.join("另一单位");
    std::fs::create_dir_all(&other).unwrap();
    let imported = ok(&other, &["register", "import", &s(&book)]);
    assert!(imported.contains("added 1"), "{imported}");
    assert!(ok(&other, &["register", "audit", "--verify"]).contains("chain intact"));
}

/// Runs `jingpin` with the given data folder and arguments, failing the test (with stderr) unless
/// it succeeds; returns stdout.
fn ok(data: &std::path::Path, args: &[&str]) -> String {
    let out = jingpin(data).args(args).output().unwrap();
    assert!(out.status.success(), "jingpin {args:?}: {}", text(&out.stderr));
    text(&out.stdout)
}

/// Every judge of the exported sheets in `sheets` scores every lesson of their sheet with
/// `jingpin judge fill`, submits it to `returned`, and the chair imports them all with
/// `jingpin sheets import`.
fn score_with_cli(data: &std::path::Path, dbs: &str, sheets: &std::path::Path, returned: &std::path::Path) {
    std::fs::create_dir_all(returned).unwrap();
    let mut filled = Vec::new();
    let mut files: Vec<_> = std::fs::read_dir(sheets).unwrap().map(|e| e.unwrap().path()).collect();
    files.sort();
    for (n, f) in files.iter().enumerate() {
        let sheet = jingpin::sheet::read::check(f, None).unwrap().sheet.unwrap();
        let mut lines = String::new();
        for c in &sheet.categories {
            for (k, l) in c.lessons.iter().enumerate() {
                for (i, ind) in c.rubric.indicators().iter().enumerate() {
                    let w = ind.weight().tenths() / 10;
                    lines.push_str(&format!("score {} {} {}\n", l.id, i + 1, w - ((n + k + i) % 3) as u32));
                }
            }
        }
        let fill = jingpin(data)
            .args(["judge", "fill", f.to_str().unwrap()])
            .write_stdin(lines)
            .output()
            .unwrap();
        assert!(fill.status.success(), "{}", text(&fill.stderr));
        let out = returned.join(f.file_name().unwrap());
        ok(
            data,
            &["judge", "submit", f.to_str().unwrap(), "--out", out.to_str().unwrap()],
        );
        filled.push(out);
    }
    let mut args = vec!["sheets".to_string(), "import".into(), dbs.to_owned()];
    args.extend(filled.iter().map(|p| p.to_string_lossy().into_owned()));
    let refs: Vec<&str> = args.iter().map(String::as_str).collect();
    ok(data, &refs);
}

/// The benchmark command still runs (CI runs it at a small scale; real figures are in docs/benchmarks.md).
#[test]
fn the_benchmark_runs_at_county_scale() {
    let data = tempfile::tempdir().unwrap();
    let out = jingpin(data.path())
        .args(["bench", "--scale", "county", "--runs", "2", "--out"])
        .arg(data.path().join("b"))
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));
    let report = text(&out.stdout);
    assert!(report.contains("2 run(s)"), "{report}");
    for stage in [
        "roster import",
        "sheets import (all)",
        "bare calamine parse",
        "sheets import / bare parse",
        "aggregate + rank + pick",
        "results export",
    ] {
        let line = report.lines().find(|l| l.starts_with(stage));
        let times = line.map_or(0, |l| l.matches(" ms").count() + l.matches(" ×").count());
        assert_eq!(times, 2, "{stage}: best and median:\n{report}");
    }
}

/// `panels set X --subjects ""` means any subject (it stored `[""]`, which covered no lesson),
/// and `--any` resets every list inferred from the panel's name.
#[test]
fn an_empty_panel_list_means_any_and_any_resets_a_panel() {
    let data = tempfile::tempdir().unwrap();
    let db = data.path().join("p.jpsession");
    let lib = jingpin::Library::builtin();
    let settings = jingpin::settings::Settings::default_for("面板", 2025, &lib).unwrap();
    let actor = jingpin::app::Actor {
        who: "t".into(),
        at: "2025-09-01T08:00:00Z".parse().unwrap(),
    };
    let mut store = jingpin::app::create(&db, &settings, &lib, "uid-p", &actor).unwrap();
    jingpin::app::import_judges(&mut store, &fixture("judges-nanjing.xlsx"), &actor).unwrap();
    let panel = store
        .panels()
        .unwrap()
        .into_iter()
        .find(|p| !p.subjects.is_empty() || !p.stages.is_empty())
        .expect("a panel whose name says what it covers");
    drop(store);
    let dbs = db.to_str().unwrap();
    let out = jingpin(data.path())
        .args(["panels", "set", dbs, &panel.name, "--subjects", ""])
        .arg("--stages")
        .arg(panel.stages.join(","))
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));
    let stored = |name: &str| {
        jingpin::app::Session::open(&db)
            .unwrap()
            .panels()
            .unwrap()
            .into_iter()
            .find(|p| p.name == name)
            .unwrap()
    };
    let p = stored(&panel.name);
    assert!(p.subjects.is_empty(), "empty means any: {:?}", p.subjects);
    assert_eq!(p.stages, panel.stages);
    let out = jingpin(data.path())
        .args(["panels", "set", dbs, &panel.name, "--any"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));
    let p = stored(&panel.name);
    assert!(p.categories.is_empty() && p.stages.is_empty() && p.subjects.is_empty());
}

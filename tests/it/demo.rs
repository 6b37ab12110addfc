//! The demo sessions end to end: they run, read back, and the same seed gives the same bytes.

use calamine::{open_workbook_auto, Reader};
use jingpin::demo::{build, Scale};

/// The county demo end to end: every category recommends within its quota and every lesson that
/// is not recommended has a reason, read back from the results workbook.
#[test]
fn the_county_demo_runs_end_to_end_and_its_workbook_reads_back() {
    let dir = tempfile::tempdir().unwrap();
    let (summary, _) = build(dir.path(), Scale::County, 7).unwrap();
    assert_eq!(summary.lessons, 40);
    for c in &summary.categories {
        assert!(c.recommended <= c.quota, "{:?} recommends within its quota", c.category);
        assert!(c.recommended > 0, "{:?} recommends someone", c.category);
    }
    let mut wb = open_workbook_auto(&summary.results).unwrap();
    for c in &summary.categories {
        let sheet = crate::table_of(
            &wb.worksheet_range(&format!("推荐名单-{}", c.category)).unwrap(),
            "序号",
        );
        assert_eq!(
            sheet.len() as u32 - 1,
            c.recommended,
            "{:?}: the workbook lists every pick",
            c.category
        );
    }
    let others = crate::table_of(&wb.worksheet_range("未推荐").unwrap(), "类别");
    let reason_col = others[0].iter().position(|h| h == "原因").unwrap();
    for (r, row) in others.iter().enumerate().skip(1) {
        assert!(!row[reason_col].is_empty(), "row {r} of 未推荐 has a reason");
    }
    let alternates = crate::table_of(&wb.worksheet_range("候补名单").unwrap(), "类别");
    assert!(alternates.len() > 1);
    assert!(alternates.iter().skip(1).all(|r| r[1].starts_with("候补")));
}

#[test]
fn the_same_seed_gives_the_same_files_byte_for_byte() {
    let (a, b) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    build(a.path(), Scale::County, 11).unwrap();
    build(b.path(), Scale::County, 11).unwrap();
    let files = |d: &std::path::Path| {
        let mut v: Vec<(String, Vec<u8>)> = Vec::new();
        for sub in ["", "评分表", "收回评分表"] {
            for e in std::fs::read_dir(d.join(sub)).unwrap().flatten() {
                let p = e.path();
                if p.extension().is_some_and(|x| x == "xlsx") {
                    v.push((
                        format!("{sub}/{}", e.file_name().to_string_lossy()),
                        std::fs::read(&p).unwrap(),
                    ));
                }
            }
        }
        v.sort();
        v
    };
    let (fa, fb) = (files(a.path()), files(b.path()));
    assert!(fa.len() > 10);
    assert_eq!(
        fa.iter().map(|f| &f.0).collect::<Vec<_>>(),
        fb.iter().map(|f| &f.0).collect::<Vec<_>>()
    );
    for ((name, x), (_, y)) in fa.iter().zip(&fb) {
        assert!(x == y, "{name} differs between two runs with the same seed");
    }
    let other = tempfile::tempdir().unwrap();
    build(other.path(), Scale::County, 12).unwrap();
    assert_ne!(
        std::fs::read(a.path().join("推荐汇总表.xlsx")).unwrap(),
        std::fs::read(other.path().join("推荐汇总表.xlsx")).unwrap()
    );
}

//! Rubric workbooks as offices send them: title rows, merged groups, bad cells named.

use jingpin::import::{rubric_from_spreadsheet, RubricSheetOptions};
use jingpin::{Category, ErrorKind, Points, ProblemKind};

use crate::fixture;

fn options() -> RubricSheetOptions {
    RubricSheetOptions::new(2025, Category::Reading)
}

#[test]
fn reads_the_notice_layout_with_title_rows_merged_groups_and_a_total_row() {
    for file in [
        "rubric-reading-sample.xlsx",
        "rubric-reading-sample.ods",
        "rubric-second-sheet.xlsx",
    ] {
        let r = rubric_from_spreadsheet(&fixture(file), &options()).unwrap_or_else(|e| panic!("{file}: {e}"));
        assert_eq!(r.id().as_str(), "2025-阅读课", "{file}");
        assert_eq!(r.category(), Category::Reading);
        assert_eq!(r.year(), 2025);
        assert_eq!(
            r.indicators().len(),
            7,
            "{file}: the blank row and the 合计 row are not indicators"
        );
        let groups: Vec<&str> = r.indicators().iter().map(|i| i.group()).collect();
        assert_eq!(
            groups,
            [
                "阅读目标",
                "阅读目标",
                "阅读过程",
                "阅读过程",
                "阅读过程",
                "阅读效果",
                "技术规范"
            ],
            "{file}: merged 一级指标 cells carry down"
        );
        assert_eq!(r.indicators()[2].name(), "方法指导");
        assert_eq!(r.indicators()[2].weight(), Points::whole(20));
        assert_eq!(r.total(), Points::whole(100));
        assert_eq!(r.vetoes().len(), 4, "imported rubrics get the notice's veto items");
        assert!(
            r.materials().iter().any(|m| m.name() == "作业练习" && !m.required()),
            "阅读课 may omit 作业练习 (2025 notice)"
        );
    }
}

#[test]
fn a_missing_weight_column_names_the_sheet_and_header_row() {
    let e = rubric_from_spreadsheet(&fixture("bad/rubric-no-weight-column.xlsx"), &options()).unwrap_err();
    let p = e.problems();
    assert_eq!(p.len(), 1, "{e}");
    assert_eq!(
        p[0].kind,
        ProblemKind::MissingColumn {
            column: "权重".into()
        }
    );
    assert_eq!(p[0].location.sheet.as_deref(), Some("Sheet"));
    assert_eq!(
        p[0].location.row,
        Some(3),
        "the header is on row 3, below the title and 填报单位 rows"
    );
}

#[test]
fn a_non_numeric_weight_names_its_cell() {
    let e = rubric_from_spreadsheet(&fixture("bad/rubric-text-weight.xlsx"), &options()).unwrap_err();
    let p = e.problems();
    assert_eq!(p.len(), 1, "{e}");
    assert_eq!(
        p[0].kind,
        ProblemKind::NotANumber {
            column: "权重".into(),
            value: "二十".into()
        }
    );
    assert_eq!(p[0].location.sheet.as_deref(), Some("评价指标"));
    assert_eq!(p[0].location.row, Some(6));
    assert_eq!(p[0].location.column.as_deref(), Some("D"));
    assert!(p[0]
        .location
        .file
        .as_deref()
        .unwrap()
        .ends_with("rubric-text-weight.xlsx"));
}

#[test]
fn a_sheet_whose_weights_do_not_sum_to_100_is_refused() {
    let e = rubric_from_spreadsheet(&fixture("bad/rubric-sum-105.xlsx"), &options()).unwrap_err();
    assert!(
        e.problems()
            .iter()
            .any(|p| matches!(&p.kind, ProblemKind::WeightSum { sum, .. } if sum == "105")),
        "{e}"
    );
}

#[test]
fn a_file_that_is_not_a_spreadsheet_is_a_clear_error() {
    let e = rubric_from_spreadsheet(&fixture("bad/malformed.toml"), &options()).unwrap_err();
    assert!(matches!(e.kind, ErrorKind::Spreadsheet { .. }), "{e}");
    assert_eq!(e.code().as_str(), "spreadsheet");
}

#[test]
fn a_step_that_does_not_divide_a_weight_is_reported_on_its_row() {
    let mut o = options();
    o.step = Points::whole(10);
    let e = rubric_from_spreadsheet(&fixture("rubric-reading-sample.xlsx"), &o).unwrap_err();
    let rows: Vec<Option<u32>> = e
        .problems()
        .iter()
        .filter(|p| matches!(p.kind, ProblemKind::StepMismatch { .. }))
        .map(|p| p.location.row)
        .collect();
    assert_eq!(rows.len(), 2, "the two weights of 15: {e}");
    assert!(rows.iter().all(|r| r.is_some()));
}

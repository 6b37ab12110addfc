//! The quota tables against the notices' totals, and a bad table's every problem.

use jingpin::{Category, ProblemKind, QuotaTable};

use crate::{fixture, repo};

fn load(path: &str) -> QuotaTable {
    let p = repo(path);
    QuotaTable::from_toml(&std::fs::read_to_string(&p).unwrap(), &p).unwrap_or_else(|e| panic!("{path}: {e}"))
}

#[test]
fn the_2024_national_table_has_32_rows_and_the_notices_totals() {
    let q = load("rubrics/quotas/2024-national.toml");
    assert_eq!(q.regions().len(), 32, "31 provinces + 兵团");
    assert_eq!(q.total(Category::Subject), 16100);
    assert_eq!(q.total(Category::Experiment), 4000);
    assert_eq!(q.total(Category::SpecialEducation), 850);
    let gd = q.region("广东").expect("广东 is in the table");
    assert_eq!(
        [
            gd.count(Category::Subject),
            gd.count(Category::Experiment),
            gd.count(Category::SpecialEducation)
        ],
        [700, 175, 35]
    );
    assert!(q.region("兵团").is_some());
    assert_eq!(
        q.categories(),
        [Category::Subject, Category::Experiment, Category::SpecialEducation],
        "columns keep the notice's order"
    );
}

#[test]
fn the_2023_jiangsu_table_has_13_cities_and_the_notices_totals() {
    let q = load("rubrics/quotas/2023-jiangsu.toml");
    assert_eq!(q.regions().len(), 13);
    assert_eq!(
        [
            q.total(Category::Subject),
            q.total(Category::Experiment),
            q.total(Category::SpecialEducation)
        ],
        [1300, 325, 52]
    );
    let nj = q.region("南京").unwrap();
    assert_eq!(
        [
            nj.count(Category::Subject),
            nj.count(Category::Experiment),
            nj.count(Category::SpecialEducation)
        ],
        [111, 28, 4]
    );
}

#[test]
fn a_bad_quota_table_reports_every_problem() {
    let p = fixture("bad/quota-bad.toml");
    let err = QuotaTable::from_toml(&std::fs::read_to_string(&p).unwrap(), &p).unwrap_err();
    let kinds: Vec<ProblemKind> = err.problems.iter().map(|p| p.kind.clone()).collect();
    assert!(
        kinds.contains(&ProblemKind::DuplicateRegion {
            region: "甲县".into()
        }),
        "{kinds:?}"
    );
    assert!(
        kinds.contains(&ProblemKind::UnknownCategory {
            value: "体育课".into()
        }),
        "{kinds:?}"
    );
    assert!(
        kinds.contains(&ProblemKind::NegativeCount {
            region: "甲县".into(),
            category: "学科课程".into()
        }),
        "{kinds:?}"
    );
    assert!(
        kinds.contains(&ProblemKind::TotalMismatch {
            category: "学科课程".into(),
            stated: 50,
            actual: 40
        }),
        "{kinds:?}"
    );
    assert!(
        err.problems.iter().all(|p| p.location.line.is_some()),
        "every problem has a line"
    );
}

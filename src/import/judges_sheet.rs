//! The judge list (评委名单): name, unit, region, panel, role.

use std::path::Path;

use super::header::ColumnSpec;
use super::table;
use crate::error::Error;
use crate::judges::JudgeRow;

const SPECS: [ColumnSpec; 5] = [
    ColumnSpec {
        name: "姓名",
        synonyms: &["姓名", "评委姓名", "专家姓名", "评委", "专家"],
        required: true,
    },
    ColumnSpec {
        name: "工作单位",
        synonyms: &["工作单位", "单位", "所在单位", "学校", "单位名称"],
        required: true,
    },
    ColumnSpec {
        name: "所在地区",
        synonyms: &["所在地区", "地区", "县", "县区", "区县", "市", "所属地区"],
        required: false,
    },
    ColumnSpec {
        name: "评审组",
        synonyms: &["评审组", "学科组", "组别", "评审组别", "分组", "评审学科"],
        required: true,
    },
    ColumnSpec {
        name: "职务",
        synonyms: &["职务", "角色", "评审职务", "组内职务", "身份"],
        required: false,
    },
];

pub fn read_judges(path: &Path) -> Result<Vec<JudgeRow>, Error> {
    Ok(table::read(path, &SPECS)?
        .into_iter()
        .map(|r| {
            let mut f = r.fields.into_iter();
            let mut next = || f.next().flatten();
            JudgeRow {
                location: r.location,
                name: next(),
                unit: next(),
                region: next(),
                panel: next(),
                role: next(),
            }
        })
        .collect())
}

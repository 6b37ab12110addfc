//! The results workbook an education office prints and files (rust_xlsxwriter; with the score
//! sheet writer, the only code that knows it).
//!
//! Sheets: 推荐名单-<类别>, 公示名单, 候补名单, 未推荐, 评分明细-<类别>, 评委统计, 名额使用, 问题记录, and 形式审查
//! when a check ran; the 获奖名单 for certificates and the 形式审查 alone are workbooks of their own. Chinese headers, frozen
//! header row, filters, widths, number formats, print titles, landscape. The same inputs give the
//! same bytes: the document's time is the session's finalization time, never the clock.

mod awards;
mod handoff;
mod layout;
mod materials;
pub mod office;
mod register;
mod results;
mod similar;
mod wording;

pub use awards::write_awards;
pub use handoff::write_handoff;
pub use layout::LESSON_COLUMNS;
pub use materials::write_material_report;
pub use register::write_register;
pub use results::{write_results, WorkbookInput};
pub use wording::{origin_chain, reason_code, reason_text, status_text};

use layout::*;
use materials::materials_sheet;
use wording::*;

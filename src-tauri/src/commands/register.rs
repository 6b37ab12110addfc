//! The bar register (失信名单) and the roster's matches against it.

use std::path::PathBuf;

use jingpin::app::AuditEntry;
use jingpin::app::{self};
use jingpin::app::ChainState;
use jingpin::app::{Register, RegisterAdded, RegisterRow};
use jingpin::register::{BarEntry, BarMatch, HitStatus};
use jingpin::roster::LessonId;
use jingpin::paths;
use serde::{Deserialize, Serialize};
use tauri::State;
use ts_rs::TS;

use jingpin_commands::commands;

use crate::error::ApiError;

use super::{now, operator, OpenSession, PathRequest};


/// The bar register's entries, for checking a roster.
pub(super) fn register_entries() -> Result<Vec<BarEntry>, ApiError> {
    Ok(Register::open(&paths::register_file())?
        .entries()?
        .into_iter()
        .map(|r| r.entry)
        .collect())
}

/// The bar register (失信名单) as the window shows it: entries, its audit log and chain state.
#[derive(Debug, Serialize, TS)]
pub struct RegisterView {
    pub entries: Vec<RegisterRow>,
    pub audit: Vec<AuditEntry>,
    pub chain: ChainState,
    pub path: String,
}

fn register_view(r: &Register) -> Result<RegisterView, ApiError> {
    Ok(RegisterView {
        entries: r.entries()?,
        audit: r.audit_log()?,
        chain: r.verify_audit()?,
        path: r.path().display().to_string(),
    })
}

#[derive(Debug, Deserialize, TS)]
pub struct RegisterEditRequest {
    pub id: u32,
    /// None removes the entry.
    pub entry: Option<BarEntry>,
    pub reason: String,
}

#[derive(Debug, Serialize, TS)]
pub struct RegisterImported {
    pub added: RegisterAdded,
    pub view: RegisterView,
}

#[derive(Debug, Deserialize, TS)]
pub struct RegisterExportRequest {
    pub path: String,
    /// 填报单位 printed on the sheet.
    pub unit: String,
    pub bar_years: u16,
}

#[derive(Debug, Serialize, TS)]
pub struct BarMatchList {
    pub matches: Vec<BarMatch>,
}

#[derive(Debug, Deserialize, TS)]
pub struct SettleBarRequest {
    pub lesson: LessonId,
    pub teacher: String,
    pub status: HitStatus,
    pub reason: String,
}

/// The commands, declared once (see `commands/mod.rs`).
#[commands]
pub(super) mod api {
    use super::*;

    #[tauri::command(async)]
    fn register() -> Result<RegisterView, ApiError> {
        register_view(&Register::open(&paths::register_file())?)
    }

    /// Adds a barred teacher by hand.
    #[tauri::command(async)]
    fn register_add(request: BarEntry) -> Result<RegisterView, ApiError> {
        let who = operator()?;
        let mut r = Register::open(&paths::register_file())?;
        r.add(&[request], "register.add", "app", &who)?;
        register_view(&r)
    }

    /// Corrects or removes an entry, with the reason (audited).
    #[tauri::command(async)]
    fn register_edit(request: RegisterEditRequest) -> Result<RegisterView, ApiError> {
        let who = operator()?;
        let mut r = Register::open(&paths::register_file())?;
        match &request.entry {
            Some(e) => r.update(request.id, e, &request.reason, &who)?,
            None => r.remove(request.id, &request.reason, &who)?,
        }
        register_view(&r)
    }

    /// Adds the entries of a register workbook another office sent (one transaction).
    #[tauri::command(async)]
    fn register_import(request: PathRequest) -> Result<RegisterImported, ApiError> {
        let who = operator()?;
        let path = PathBuf::from(&request.path);
        let entries = jingpin::import::register_sheet::read_register(&path)?;
        let mut r = Register::open(&paths::register_file())?;
        let added = r.add(&entries, "register.import", &path.display().to_string(), &who)?;
        Ok(RegisterImported {
            added,
            view: register_view(&r)?,
        })
    }

    /// Writes the register as a workbook to share.
    #[tauri::command(async)]
    fn register_export(request: RegisterExportRequest) -> Result<(), ApiError> {
        let entries: Vec<BarEntry> = register_entries()?;
        let date = now().format("%Y-%m-%d").to_string();
        jingpin::export::write_register(
            &entries,
            &request.unit,
            request.bar_years,
            &date,
            &PathBuf::from(&request.path),
        )?;
        Ok(())
    }

    /// The open session's matches against the register, with the chair's word on each.
    #[tauri::command(async)]
    fn bar_matches(open: State<'_, OpenSession>) -> Result<BarMatchList, ApiError> {
        open.with(|store| {
            Ok(BarMatchList {
                matches: store.bar_matches()?,
            })
        })
    }

    /// Checks the whole roster against the register again.
    #[tauri::command(async)]
    fn check_register(open: State<'_, OpenSession>) -> Result<BarMatchList, ApiError> {
        let who = operator()?;
        let register = register_entries()?;
        open.with(|store| {
            app::check_register(store, &register, &who)?;
            Ok(BarMatchList {
                matches: store.bar_matches()?,
            })
        })
    }

    /// The chair confirms (the lesson is kept out) or dismisses a match, with a reason.
    #[tauri::command(async)]
    fn settle_bar_match(request: SettleBarRequest, open: State<'_, OpenSession>) -> Result<BarMatchList, ApiError> {
        let who = operator()?;
        open.with(|store| {
            app::settle_bar_match(
                store,
                &request.lesson,
                &request.teacher,
                request.status,
                &request.reason,
                &who,
            )?;
            Ok(BarMatchList {
                matches: store.bar_matches()?,
            })
        })
    }
}

//! Results, the chair's decisions, 定稿 and reopening, calibration and stability, the results and hand-off workbooks.

use std::path::PathBuf;
use std::sync::Mutex;

use jingpin::app::{self, Decision, LessonDetail};
use jingpin::app::Session;
use jingpin::app::{Register, RegisterAdded};
use jingpin::results::Results;
use jingpin::paths;
use serde::{Deserialize, Serialize};
use tauri::State;
use ts_rs::TS;

use jingpin_commands::commands;

use crate::error::ApiError;

use super::{operator, throttled, LessonRequest, OpenSession, PathRequest, Progress};


#[derive(Debug, Deserialize, TS)]
pub struct DecideRequest {
    pub decision: Decision,
    pub reason: String,
}

#[derive(Debug, Deserialize, TS)]
pub struct ExportResultsRequest {
    pub path: String,
    /// Add 推荐稳定性 to 推荐名单 and 候补名单 (the same seed and resamples the window shows).
    pub stability: bool,
}

/// The window's last stability run: which session, at which audit head, with which seed and
/// resamples. The export uses it instead of a second run while the session is unchanged.
#[derive(Default)]
pub struct LastStability(Mutex<Option<StabilityRun>>);

struct StabilityRun {
    path: PathBuf,
    head: String,
    seed: u64,
    resamples: u32,
    lessons: Vec<jingpin::stability::LessonStability>,
}

impl LastStability {
    fn current(
        &self,
        store: &Session,
        (seed, resamples): (u64, u32),
    ) -> Result<Option<Vec<jingpin::stability::LessonStability>>, jingpin::Error> {
        let head = store.audit_head()?;
        let last = self.0.lock().unwrap_or_else(|p| p.into_inner());
        Ok(last
            .as_ref()
            .filter(|r| r.path == store.path() && r.head == head && r.seed == seed && r.resamples == resamples)
            .map(|r| r.lessons.clone()))
    }
}

/// What 定稿 did: the results, and how many teachers it added to the bar register.
#[derive(Debug, Serialize, TS)]
pub struct Finalized {
    pub results: Results,
    pub barred: RegisterAdded,
}

#[derive(Debug, Deserialize, TS)]
pub struct ReasonRequest {
    pub reason: String,
}

#[derive(Debug, Deserialize, TS)]
pub struct StabilityRequest {
    /// The bootstrap's seed (u32: a JSON number the window can send as is).
    pub seed: u32,
    pub resamples: u32,
}

#[derive(Debug, Serialize, TS)]
pub struct StabilityList {
    pub lessons: Vec<jingpin::stability::LessonStability>,
}

/// The commands, declared once (see `commands/mod.rs`).
#[commands]
pub(super) mod api {
    use super::*;

    /// The ranking and recommendation, recomputed from the stored scores and decisions.
    #[tauri::command(async)]
    fn results(open: State<'_, OpenSession>) -> Result<Results, ApiError> {
        open.with(|store| app::results(store))
    }

    #[tauri::command(async)]
    fn decide(request: DecideRequest, open: State<'_, OpenSession>) -> Result<Results, ApiError> {
        let who = operator()?;
        open.with(|store| {
            app::decide(store, &request.decision, &request.reason, &who)?;
            app::results(store)
        })
    }

    #[tauri::command(async)]
    fn export_results(
        request: ExportResultsRequest,
        open: State<'_, OpenSession>,
        last: State<'_, LastStability>,
    ) -> Result<Results, ApiError> {
        open.with(|store| {
            let stability = if request.stability {
                // the run the window already shows, when the session has not changed since
                let wanted = (jingpin::stability::DEFAULT_SEED, jingpin::stability::DEFAULT_RESAMPLES);
                match last.current(store, wanted)? {
                    Some(s) => Some(s),
                    None => app::stability(store, wanted.0, wanted.1, &mut |_, _| true)?.map(|(_, s)| s),
                }
            } else {
                None
            };
            app::export_results_with(store, &PathBuf::from(&request.path), stability.as_deref())
        })
    }

    #[tauri::command(async)]
    fn finalize(open: State<'_, OpenSession>) -> Result<Finalized, ApiError> {
        let who = operator()?;
        let mut register = Register::open(&paths::register_file())?;
        open.with(|store| {
            let barred = app::finalize_into(store, &mut register, &who)?;
            Ok(Finalized {
                results: app::results(store)?,
                barred,
            })
        })
    }

    /// Lifts 定稿 (audited with the chair's reason).
    #[tauri::command(async)]
    fn reopen(request: ReasonRequest, open: State<'_, OpenSession>) -> Result<Results, ApiError> {
        let who = operator()?;
        open.with(|store| {
            app::reopen(store, &request.reason, &who)?;
            app::results(store)
        })
    }

    /// One lesson's judges, scores, computation, decisions and their history.
    #[tauri::command(async)]
    fn lesson_detail(request: LessonRequest, open: State<'_, OpenSession>) -> Result<LessonDetail, ApiError> {
        open.with(|store| app::lesson_detail(store, &request.lesson))
    }

    /// Writes the 获奖名单 (one row per teacher of every recommended lesson) for certificates.
    #[tauri::command(async)]
    fn export_awards(request: PathRequest, open: State<'_, OpenSession>) -> Result<(), ApiError> {
        open.with(|store| app::export_awards(store, &PathBuf::from(&request.path)))
    }

    /// Writes the 上报推荐汇总表 the next level imports as its roster.
    #[tauri::command(async)]
    fn export_handoff(request: PathRequest, open: State<'_, OpenSession>) -> Result<(), ApiError> {
        open.with(|store| app::export_handoff(store, &PathBuf::from(&request.path)))
    }

    /// 评委校准 of the open session (per judge and panel).
    #[tauri::command(async)]
    fn calibration(open: State<'_, OpenSession>) -> Result<jingpin::calibration::Calibration, ApiError> {
        open.with(|store| app::calibration(store))
    }

    /// 推荐稳定性 of every lesson, with progress over the channel (one step per replicate).
    #[tauri::command(async)]
    fn stability(
        request: StabilityRequest,
        on_progress: tauri::ipc::Channel<Progress>,
        open: State<'_, OpenSession>,
        last: State<'_, LastStability>,
    ) -> Result<StabilityList, ApiError> {
        // the session's state is read under the lock; the replicates run without it
        let (path, head, input) = open.with(|store| {
            Ok((
                store.path().to_path_buf(),
                store.audit_head()?,
                app::results_input(store)?,
            ))
        })?;
        let seed = u64::from(request.seed);
        let mut report = throttled(&on_progress);
        let lessons = jingpin::stability::stability(&input, seed, request.resamples, &mut |done, total| {
            report(done as usize, total as usize);
            true
        })
        .unwrap_or_default();
        *last.0.lock().unwrap_or_else(|p| p.into_inner()) = Some(StabilityRun {
            path,
            head,
            seed,
            resamples: request.resamples,
            lessons: lessons.clone(),
        });
        Ok(StabilityList { lessons })
    }
}

//! Tauri commands: each a few lines over the core. No business logic here.

use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Mutex;

use jingpin::app::workspace::Workspace;
use jingpin::app::AuditEntry;
use jingpin::app::{self, Decision, ImportReport, JudgeCoverage, LessonDetail, SessionView, SheetImport};
use jingpin::app::{Actor, ChainState, Session, SheetPick, WaitingSheet};
use jingpin::app::{Register, RegisterAdded, RegisterRow};
use jingpin::assign::Assignment;
use jingpin::demo::{self, Scale};
use jingpin::import::RubricSheetOptions;
use jingpin::judge_mode::{self as judge, JudgeView};
use jingpin::judges::JudgeId;
use jingpin::judges::{Judge, JudgeFields, Panel};
use jingpin::recent::{self, RecentSession};
use jingpin::register::{BarEntry, BarMatch, HitStatus};
use jingpin::results::Results;
use jingpin::roster::{Lesson, LessonFields, LessonId};
use jingpin::scores::LessonScores;
use jingpin::settings::{Level, QuotaSource, Settings};
use jingpin::{library, paths, Category, Library, Points, Rubric};
use serde::{Deserialize, Serialize};
use tauri::State;
use ts_rs::TS;

use crate::error::ApiError;

/// The session file the window works on (at most one at a time).
#[derive(Default)]
pub struct OpenSession(pub Mutex<Option<Session>>);

impl OpenSession {
    pub(crate) fn with<T>(&self, f: impl FnOnce(&mut Session) -> Result<T, jingpin::Error>) -> Result<T, ApiError> {
        let mut guard = self.0.lock().unwrap_or_else(|p| p.into_inner());
        let store = guard.as_mut().ok_or_else(ApiError::no_session)?;
        Ok(f(store)?)
    }

    fn replace(&self, store: Session) -> Result<SessionView, ApiError> {
        let view = SessionView::of(&store)?;
        remember(&store, &view)?;
        *self.0.lock().unwrap_or_else(|p| p.into_inner()) = Some(store);
        Ok(view)
    }
}

/// Puts the session first in the home page's recent list, under its name as it is now.
fn remember(store: &Session, view: &SessionView) -> Result<(), jingpin::Error> {
    recent::remember(
        &paths::recent_file(),
        RecentSession {
            path: store.path().to_path_buf(),
            name: view.settings.name.clone(),
            opened_at: now().to_rfc3339(),
        },
    )
    .map(drop)
}

/// The name the person using this window gave (for the audit log's "who"); the system user
/// until they give one.
static USER: Mutex<Option<String>> = Mutex::new(None);

/// Who makes a change: the name given in this window. A write without one is refused before it
/// does anything (`operator_needed`), so the window asks for the name and tries again, and no
/// audit row says "unknown".
pub(crate) fn operator() -> Result<Actor, ApiError> {
    let name = USER.lock().unwrap_or_else(|p| p.into_inner()).clone();
    let name = name.ok_or_else(ApiError::operator_needed)?;
    let mut a = Actor::now();
    a.who = name;
    Ok(a)
}

/// The clock, for what is dated but not audited (a file's date, the recent list).
fn now() -> chrono::DateTime<chrono::Utc> {
    Actor::now().at
}

#[derive(Debug, Deserialize, TS)]
pub struct UserRequest {
    pub name: String,
}

/// Sets the name written to the audit log for this window's changes.
#[tauri::command]
pub fn set_user(request: UserRequest) {
    let name = request.name.trim().to_owned();
    *USER.lock().unwrap_or_else(|p| p.into_inner()) = (!name.is_empty()).then_some(name);
}

fn user_library() -> Library {
    Library::load(&paths::user_rubric_dir(), &paths::user_quota_dir())
}

/// The rubrics and quota tables: built-in plus the user's folder.
#[tauri::command]
pub fn library() -> Library {
    user_library()
}

#[derive(Debug, Deserialize, TS)]
pub struct ImportRubricRequest {
    pub path: String,
    /// Needed for spreadsheets; a TOML file says its own.
    pub year: Option<u16>,
    pub category: Option<Category>,
    pub step: Option<Points>,
}

#[derive(Debug, Serialize, TS)]
pub struct ImportedRubric {
    pub rubric: Rubric,
    pub saved_to: String,
}

/// Imports a rubric file into the user's rubric folder.
#[tauri::command(async)]
pub fn import_rubric(request: ImportRubricRequest) -> Result<ImportedRubric, ApiError> {
    let mut options = RubricSheetOptions::new(request.year.unwrap_or(0), request.category.unwrap_or(Category::Subject));
    options.step = request.step.unwrap_or(options.step);
    let path = PathBuf::from(&request.path);
    let (rubric, saved) = library::import_user_rubric(&path, &options, &paths::user_rubric_dir())?;
    Ok(ImportedRubric {
        rubric,
        saved_to: saved.display().to_string(),
    })
}

#[derive(Debug, Serialize, TS)]
pub struct RecentList {
    pub sessions: Vec<RecentSession>,
}

#[tauri::command]
pub fn recent_sessions() -> RecentList {
    RecentList {
        sessions: recent::load(&paths::recent_file()),
    }
}

#[derive(Debug, Deserialize, TS)]
pub struct CategoryQuota {
    pub category: Category,
    pub quota: u32,
}

#[derive(Debug, Deserialize, TS)]
pub struct CreateSessionRequest {
    pub path: String,
    pub name: String,
    pub year: u16,
    pub level: Level,
    /// Quotas from a quota table's row (`table` + `region`) …
    pub quota_table: Option<QuotaSource>,
    /// … or typed in per category.
    pub quotas: Vec<CategoryQuota>,
}

/// Creates a session whose quotas come from a quota table's row or are typed in, and opens it.
#[tauri::command(async)]
pub fn create_session(request: CreateSessionRequest, open: State<'_, OpenSession>) -> Result<SessionView, ApiError> {
    let who = operator()?;
    let lib = user_library();
    let settings = match request.quota_table {
        Some(source) => Settings::from_quota_table(&request.name, request.year, Some(request.level), source, &lib),
        None => {
            let quotas: Vec<(Category, u32)> = request.quotas.iter().map(|q| (q.category, q.quota)).collect();
            Settings::with_quotas(&request.name, request.year, request.level, &quotas, &lib)
        }
    }
    .map_err(jingpin::Error::from)?;
    let uid = uuid::Uuid::new_v4().to_string();
    let store = app::create(&PathBuf::from(request.path), &settings, &lib, &uid, &who)?;
    open.replace(store)
}

#[derive(Debug, Deserialize, TS)]
pub struct OpenSessionRequest {
    pub path: String,
}

#[tauri::command(async)]
pub fn open_session(request: OpenSessionRequest, open: State<'_, OpenSession>) -> Result<SessionView, ApiError> {
    open.replace(Session::open(&PathBuf::from(request.path))?)
}

#[derive(Debug, Serialize, TS)]
pub struct CurrentSession {
    pub session: Option<SessionView>,
}

/// A session file given on the command line (a double-clicked `.jpsession`) that could not be
/// opened at start: said to the window once, by the first `current_session`.
#[derive(Default)]
pub struct StartupFailure(pub Mutex<Option<ApiError>>);

/// Opens the session a file manager passed on the command line (double-clicking a `.jpsession`
/// runs `jingpin-desktop FILE`); a failure is kept for the window to show.
pub fn open_at_start(path: &std::path::Path, open: &OpenSession, failure: &StartupFailure) {
    if let Err(e) = Session::open(path)
        .map_err(ApiError::from)
        .and_then(|s| open.replace(s))
    {
        *failure.0.lock().unwrap_or_else(|p| p.into_inner()) = Some(e);
    }
}

#[tauri::command]
pub fn current_session(
    open: State<'_, OpenSession>,
    failure: State<'_, StartupFailure>,
) -> Result<CurrentSession, ApiError> {
    if let Some(e) = failure.0.lock().unwrap_or_else(|p| p.into_inner()).take() {
        return Err(e);
    }
    let guard = open.0.lock().unwrap_or_else(|p| p.into_inner());
    Ok(CurrentSession {
        session: guard.as_ref().map(SessionView::of).transpose()?,
    })
}

/// Saves edited settings after checking them like a settings file; every change is audited.
#[tauri::command(async)]
pub fn update_settings(request: Settings, open: State<'_, OpenSession>) -> Result<SessionView, ApiError> {
    let who = operator()?;
    let lib = user_library();
    let view = open.with(|store| {
        let settings = request.checked(&lib)?;
        app::update_settings(store, &settings, &lib, &who)?;
        SessionView::of(store)
    })?;
    // a renamed session is listed under its new name on the home page
    open.with(|store| remember(store, &view))?;
    Ok(view)
}

#[derive(Debug, Serialize, TS)]
pub struct LessonList {
    pub lessons: Vec<Lesson>,
}

#[tauri::command(async)]
pub fn lessons(open: State<'_, OpenSession>) -> Result<LessonList, ApiError> {
    open.with(|store| {
        Ok(LessonList {
            lessons: store.lessons()?,
        })
    })
}

#[derive(Debug, Deserialize, TS)]
pub struct ImportFileRequest {
    pub path: String,
    /// For a roster without a 类别 column.
    pub category: Option<Category>,
}

/// Imports a roster workbook, checking every teacher against the bar register (失信名单).
#[tauri::command(async)]
pub fn import_roster(request: ImportFileRequest, open: State<'_, OpenSession>) -> Result<ImportReport, ApiError> {
    let who = operator()?;
    let register = register_entries()?;
    open.with(|store| {
        app::import_roster_checked(store, &PathBuf::from(&request.path), request.category, &register, &who)
    })
}

#[derive(Debug, Deserialize, TS)]
pub struct SaveLessonRequest {
    /// None adds a new lesson.
    pub id: Option<LessonId>,
    pub fields: LessonFields,
}

#[tauri::command(async)]
pub fn save_lesson(request: SaveLessonRequest, open: State<'_, OpenSession>) -> Result<Lesson, ApiError> {
    let who = operator()?;
    open.with(|store| app::save_lesson(store, request.id.as_ref(), &request.fields, &who))
}

#[derive(Debug, Serialize, TS)]
pub struct JudgeList {
    pub judges: Vec<Judge>,
    pub panels: Vec<Panel>,
}

#[tauri::command(async)]
pub fn judges(open: State<'_, OpenSession>) -> Result<JudgeList, ApiError> {
    open.with(|store| {
        Ok(JudgeList {
            judges: store.judges()?,
            panels: store.panels()?,
        })
    })
}

#[tauri::command(async)]
pub fn import_judges(request: ImportFileRequest, open: State<'_, OpenSession>) -> Result<ImportReport, ApiError> {
    let who = operator()?;
    open.with(|store| app::import_judges(store, &PathBuf::from(&request.path), &who))
}

#[tauri::command(async)]
pub fn save_judge(request: JudgeFields, open: State<'_, OpenSession>) -> Result<Judge, ApiError> {
    let who = operator()?;
    open.with(|store| app::save_judge(store, &request, &who))
}

#[tauri::command(async)]
pub fn set_panel(request: Panel, open: State<'_, OpenSession>) -> Result<JudgeList, ApiError> {
    let who = operator()?;
    open.with(|store| {
        app::set_panel(store, &request, &who)?;
        Ok(JudgeList {
            judges: store.judges()?,
            panels: store.panels()?,
        })
    })
}

/// Makes (and stores) the assignment.
#[tauri::command(async)]
pub fn assign(open: State<'_, OpenSession>) -> Result<Assignment, ApiError> {
    let who = operator()?;
    open.with(|store| app::run_assignment(store, &who))
}

/// The stored assignment.
#[tauri::command(async)]
pub fn assignment(open: State<'_, OpenSession>) -> Result<Assignment, ApiError> {
    open.with(|store| store.assignment())
}

#[derive(Debug, Deserialize, TS)]
pub struct ExportSheetsRequest {
    pub dir: String,
}

#[derive(Debug, Serialize, TS)]
pub struct ExportedSheets {
    pub files: Vec<String>,
}

/// Writes one score sheet per judge into a folder, with progress (one step per workbook).
#[tauri::command(async)]
pub fn export_sheets(
    request: ExportSheetsRequest,
    on_progress: tauri::ipc::Channel<Progress>,
    open: State<'_, OpenSession>,
) -> Result<ExportedSheets, ApiError> {
    let who = operator()?;
    open.with(|store| {
        let mut report = throttled(&on_progress);
        let files = app::export_sheets_with(store, &PathBuf::from(&request.dir), &who, &mut report)?;
        Ok(ExportedSheets {
            files: files.iter().map(|f| f.display().to_string()).collect(),
        })
    })
}

/// The judge's workspace the window scores in (judge mode).
#[derive(Default)]
pub struct OpenWorkspace(pub Mutex<Option<Workspace>>);

impl OpenWorkspace {
    fn with<T>(&self, f: impl FnOnce(&mut Workspace) -> Result<T, jingpin::Error>) -> Result<T, ApiError> {
        let mut guard = self.0.lock().unwrap_or_else(|p| p.into_inner());
        let ws = guard.as_mut().ok_or_else(ApiError::no_sheet)?;
        Ok(f(ws)?)
    }
}

#[derive(Debug, Deserialize, TS)]
pub struct OpenSheetRequest {
    pub path: String,
}

/// Opens a score sheet in judge mode (creating or reopening the judge's workspace).
#[tauri::command(async)]
pub fn open_sheet(request: OpenSheetRequest, work: State<'_, OpenWorkspace>) -> Result<JudgeView, ApiError> {
    let (ws, _) = judge::open_sheet(&PathBuf::from(&request.path), &paths::judge_dir())?;
    let view = JudgeView::of(&ws)?;
    *work.0.lock().unwrap_or_else(|p| p.into_inner()) = Some(ws);
    Ok(view)
}

#[derive(Debug, Serialize, TS)]
pub struct CurrentSheet {
    pub view: Option<JudgeView>,
}

#[tauri::command]
pub fn judge_view(work: State<'_, OpenWorkspace>) -> Result<CurrentSheet, ApiError> {
    let guard = work.0.lock().unwrap_or_else(|p| p.into_inner());
    Ok(CurrentSheet {
        view: guard.as_ref().map(JudgeView::of).transpose()?,
    })
}

#[derive(Debug, Deserialize, TS)]
pub struct ScoreRequest {
    pub lesson: LessonId,
    /// Indicator position in the rubric, from 0.
    pub indicator: u32,
    pub value: Option<Points>,
}

/// Saves one score; returns the lesson's scores as committed.
#[tauri::command]
pub fn judge_set_score(request: ScoreRequest, work: State<'_, OpenWorkspace>) -> Result<LessonScores, ApiError> {
    work.with(|ws| ws.set_score(&request.lesson, request.indicator as usize, request.value))
}

#[derive(Debug, Deserialize, TS)]
pub struct VetoRequest {
    pub lesson: LessonId,
    pub veto: String,
    /// None clears the mark.
    pub reason: Option<String>,
}

#[tauri::command]
pub fn judge_set_veto(request: VetoRequest, work: State<'_, OpenWorkspace>) -> Result<LessonScores, ApiError> {
    work.with(|ws| ws.set_veto(&request.lesson, &request.veto, request.reason))
}

#[derive(Debug, Deserialize, TS)]
pub struct TextRequest {
    pub lesson: LessonId,
    /// For 未评: None clears the mark.
    pub text: Option<String>,
}

#[tauri::command]
pub fn judge_set_comment(request: TextRequest, work: State<'_, OpenWorkspace>) -> Result<LessonScores, ApiError> {
    work.with(|ws| ws.set_comment(&request.lesson, request.text.as_deref().unwrap_or("")))
}

#[tauri::command]
pub fn judge_set_unscored(request: TextRequest, work: State<'_, OpenWorkspace>) -> Result<LessonScores, ApiError> {
    work.with(|ws| ws.set_unscored(&request.lesson, request.text))
}

#[tauri::command]
pub fn judge_submit(work: State<'_, OpenWorkspace>) -> Result<JudgeView, ApiError> {
    work.with(|ws| {
        ws.submit()?;
        JudgeView::of(ws)
    })
}

#[tauri::command]
pub fn judge_unlock(work: State<'_, OpenWorkspace>) -> Result<JudgeView, ApiError> {
    work.with(|ws| {
        ws.unlock()?;
        JudgeView::of(ws)
    })
}

#[derive(Debug, Deserialize, TS)]
pub struct ExportSheetRequest {
    pub path: String,
}

#[derive(Debug, Serialize, TS)]
pub struct ExportedSheet {
    pub path: String,
    pub revision: u32,
}

/// Writes the submitted scores as a filled sheet (new revision, new HMAC).
#[tauri::command(async)]
pub fn judge_export(request: ExportSheetRequest, work: State<'_, OpenWorkspace>) -> Result<ExportedSheet, ApiError> {
    work.with(|ws| {
        let at = now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
        let revision = judge::export(ws, &PathBuf::from(&request.path), &at)?;
        Ok(ExportedSheet {
            path: request.path,
            revision,
        })
    })
}

#[derive(Debug, Deserialize, TS)]
pub struct MaterialsDirRequest {
    pub path: String,
}

/// Remembers the folder of lesson materials on this laptop.
#[tauri::command]
pub fn judge_set_materials(
    request: MaterialsDirRequest,
    work: State<'_, OpenWorkspace>,
) -> Result<JudgeView, ApiError> {
    work.with(|ws| {
        ws.set_materials_dir(&PathBuf::from(&request.path))?;
        JudgeView::of(ws)
    })
}

#[derive(Debug, Deserialize, TS)]
pub struct LessonRequest {
    pub lesson: LessonId,
}

#[derive(Debug, Serialize, TS)]
pub struct MaterialList {
    pub files: Vec<String>,
}

/// The lesson's files in the materials folder.
#[tauri::command]
pub fn judge_materials(request: LessonRequest, work: State<'_, OpenWorkspace>) -> Result<MaterialList, ApiError> {
    work.with(|ws| {
        let Some(dir) = ws.materials_dir()? else {
            return Ok(MaterialList { files: Vec::new() });
        };
        let sheet = ws.sheet()?;
        let lesson = sheet
            .categories
            .iter()
            .flat_map(|c| c.lessons.iter())
            .find(|l| l.id == request.lesson);
        let files = lesson.map(|l| judge::materials(&dir, l)).unwrap_or_default();
        Ok(MaterialList {
            files: files.iter().map(|f| f.display().to_string()).collect(),
        })
    })
}

#[derive(Debug, Deserialize, TS)]
pub struct OpenFileRequest {
    pub path: String,
}

/// Opens one of the lesson's material files with the system's default program. Only files the
/// materials listing returns can be opened.
#[tauri::command]
pub fn open_material(request: OpenFileRequest, work: State<'_, OpenWorkspace>) -> Result<(), ApiError> {
    // only a file the listing returned for one of this judge's lessons, compared after resolving
    // `..` and links, so `<dir>/../../x` is not inside the folder
    let allowed = work.with(|ws| {
        let Some(dir) = ws.materials_dir()? else {
            return Ok(false);
        };
        let wanted = std::fs::canonicalize(&request.path).ok();
        let sheet = ws.sheet()?;
        Ok(sheet
            .categories
            .iter()
            .flat_map(|c| c.lessons.iter())
            .flat_map(|l| judge::materials(&dir, l))
            .any(|f| std::fs::canonicalize(&f).ok().is_some_and(|f| Some(f) == wanted)))
    })?;
    if !allowed {
        return Err(ApiError::not_material());
    }
    tauri_plugin_opener::open_path(&request.path, None::<&str>).map_err(|e| ApiError::open_failed(&request.path, &e))
}

#[derive(Debug, Deserialize, TS)]
pub struct ImportSheetsRequest {
    pub paths: Vec<String>,
}

#[derive(Debug, Serialize, TS)]
pub struct SheetImportList {
    pub imports: Vec<SheetImport>,
}

/// Checks and merges returned score sheets, all in one transaction. Edited or unverifiable
/// sheets are stored waiting for the chair's confirmation (see `confirm_sheet`).
#[tauri::command(async)]
pub fn import_sheets(
    request: ImportSheetsRequest,
    on_progress: tauri::ipc::Channel<Progress>,
    open: State<'_, OpenSession>,
) -> Result<SheetImportList, ApiError> {
    let who = operator()?;
    let paths: Vec<PathBuf> = request.paths.iter().map(PathBuf::from).collect();
    CANCEL_IMPORT.store(false, Ordering::SeqCst);
    open.with(|store| {
        let mut report = throttled(&on_progress);
        let imports = app::import_sheets_with(
            store,
            &paths,
            false,
            &mut |done, total| {
                report(done, total);
                !CANCEL_IMPORT.load(Ordering::SeqCst)
            },
            &who,
        )?;
        Ok(SheetImportList { imports })
    })
}

/// Set by `cancel_import` while a sheet import runs (it holds the session; this must not wait).
static CANCEL_IMPORT: AtomicBool = AtomicBool::new(false);

/// Stops the running sheet import; nothing of it is stored.
#[tauri::command]
pub fn cancel_import() {
    CANCEL_IMPORT.store(true, Ordering::SeqCst);
}

#[derive(Debug, Serialize, TS)]
pub struct WaitingList {
    pub sheets: Vec<WaitingSheet>,
}

/// The sheets waiting for the chair: edits made outside the app, sheets that cannot be verified,
/// and unsettled same-revision conflicts, each with every changed cell.
#[tauri::command(async)]
pub fn waiting_sheets(open: State<'_, OpenSession>) -> Result<WaitingList, ApiError> {
    open.with(|store| {
        Ok(WaitingList {
            sheets: store.waiting_sheets()?,
        })
    })
}

#[derive(Debug, Deserialize, TS)]
pub struct ConfirmSheetRequest {
    pub judge: JudgeId,
    pub revision: u32,
    pub content_hash: String,
}

/// The chair confirms one waiting sheet (audited with its changed cells); its scores count from
/// now on, or it settles a same-revision conflict in its favour.
#[tauri::command(async)]
pub fn confirm_sheet(request: ConfirmSheetRequest, open: State<'_, OpenSession>) -> Result<WaitingList, ApiError> {
    let who = operator()?;
    open.with(|store| {
        let pick = SheetPick {
            revision: Some(request.revision),
            content_hash: Some(request.content_hash.clone()),
            file: None,
        };
        app::confirm_sheet(store, &request.judge, &pick, &who)?;
        Ok(WaitingList {
            sheets: store.waiting_sheets()?,
        })
    })
}

/// The ranking and recommendation, recomputed from the stored scores and decisions.
#[tauri::command(async)]
pub fn results(open: State<'_, OpenSession>) -> Result<Results, ApiError> {
    open.with(|store| app::results(store))
}

#[derive(Debug, Serialize, TS)]
pub struct CoverageList {
    pub judges: Vec<JudgeCoverage>,
}

#[tauri::command(async)]
pub fn coverage(open: State<'_, OpenSession>) -> Result<CoverageList, ApiError> {
    open.with(|store| {
        Ok(CoverageList {
            judges: app::coverage(store)?,
        })
    })
}

#[derive(Debug, Deserialize, TS)]
pub struct AbsentRequest {
    pub judge: JudgeId,
    /// None: the judge is present again.
    pub reason: Option<String>,
}

#[tauri::command(async)]
pub fn set_absent(request: AbsentRequest, open: State<'_, OpenSession>) -> Result<CoverageList, ApiError> {
    let who = operator()?;
    open.with(|store| {
        app::set_absent(store, &request.judge, request.reason.as_deref(), &who)?;
        Ok(CoverageList {
            judges: app::coverage(store)?,
        })
    })
}

#[derive(Debug, Deserialize, TS)]
pub struct DecideRequest {
    pub decision: Decision,
    pub reason: String,
}

#[tauri::command(async)]
pub fn decide(request: DecideRequest, open: State<'_, OpenSession>) -> Result<Results, ApiError> {
    let who = operator()?;
    open.with(|store| {
        app::decide(store, &request.decision, &request.reason, &who)?;
        app::results(store)
    })
}

#[derive(Debug, Deserialize, TS)]
pub struct ExportResultsRequest {
    pub path: String,
    /// Add 推荐稳定性 to 推荐名单 and 候补名单 (the same seed and resamples the window shows).
    pub stability: bool,
}

#[tauri::command(async)]
pub fn export_results(
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

#[tauri::command(async)]
pub fn finalize(open: State<'_, OpenSession>) -> Result<Finalized, ApiError> {
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

#[derive(Debug, Deserialize, TS)]
pub struct ReasonRequest {
    pub reason: String,
}

/// Lifts 定稿 (audited with the chair's reason).
#[tauri::command(async)]
pub fn reopen(request: ReasonRequest, open: State<'_, OpenSession>) -> Result<Results, ApiError> {
    let who = operator()?;
    open.with(|store| {
        app::reopen(store, &request.reason, &who)?;
        app::results(store)
    })
}

#[derive(Debug, Deserialize, TS)]
pub struct BackupRequest {
    pub path: String,
}

/// Writes a complete copy of the open session (safe while it is open).
#[tauri::command(async)]
pub fn backup_session(request: BackupRequest, open: State<'_, OpenSession>) -> Result<(), ApiError> {
    // the save dialog has asked before replacing an existing file; the session itself is refused
    open.with(|store| store.backup(&PathBuf::from(&request.path), true))
}

/// One lesson's judges, scores, computation, decisions and their history.
#[tauri::command(async)]
pub fn lesson_detail(request: LessonRequest, open: State<'_, OpenSession>) -> Result<LessonDetail, ApiError> {
    open.with(|store| app::lesson_detail(store, &request.lesson))
}

#[derive(Debug, Serialize, TS)]
pub struct AuditList {
    pub entries: Vec<AuditEntry>,
}

/// Who changed what, when.
#[tauri::command(async)]
pub fn audit_log(open: State<'_, OpenSession>) -> Result<AuditList, ApiError> {
    open.with(|store| {
        Ok(AuditList {
            entries: store.audit_log()?,
        })
    })
}

/// Closes the open session, folding its `-wal` file into the session file (on quit).
pub fn close(open: &OpenSession) {
    // dropping the store checkpoints it (see `Session`'s `Drop`)
    drop(open.0.lock().unwrap_or_else(|p| p.into_inner()).take());
}

#[derive(Debug, Deserialize, TS)]
pub struct DemoRequest {
    pub scale: Scale,
}

/// Builds the demo session in the data folder (or reopens it) and opens it.
#[tauri::command(async)]
pub fn open_demo(request: DemoRequest, open: State<'_, OpenSession>) -> Result<SessionView, ApiError> {
    let dir = paths::data_dir()
        .join("demo")
        .join(format!("{:?}", request.scale).to_lowercase());
    let db = dir.join("session.jpsession");
    if !db.exists() {
        demo::build(&dir, request.scale, 2025)?;
    }
    open.replace(Session::open(&db)?)
}

/// Deletes a lesson nobody has scored (audited).
#[tauri::command(async)]
pub fn delete_lesson(request: LessonRequest, open: State<'_, OpenSession>) -> Result<LessonList, ApiError> {
    let who = operator()?;
    open.with(|store| {
        app::delete_lesson(store, &request.lesson, &who)?;
        Ok(LessonList {
            lessons: store.lessons()?,
        })
    })
}

#[derive(Debug, Deserialize, TS)]
pub struct JudgeRequest {
    pub judge: JudgeId,
}

/// Deletes a judge whose sheet has not come back (audited).
#[tauri::command(async)]
pub fn delete_judge(request: JudgeRequest, open: State<'_, OpenSession>) -> Result<JudgeList, ApiError> {
    let who = operator()?;
    open.with(|store| {
        app::delete_judge(store, &request.judge, &who)?;
        Ok(JudgeList {
            judges: store.judges()?,
            panels: store.panels()?,
        })
    })
}

#[derive(Debug, Deserialize, TS)]
pub struct UpdateJudgeRequest {
    pub judge: JudgeId,
    pub fields: JudgeFields,
}

/// Edits a judge (audited old → new).
#[tauri::command(async)]
pub fn update_judge(request: UpdateJudgeRequest, open: State<'_, OpenSession>) -> Result<JudgeList, ApiError> {
    let who = operator()?;
    open.with(|store| {
        app::update_judge(store, &request.judge, &request.fields, &who)?;
        Ok(JudgeList {
            judges: store.judges()?,
            panels: store.panels()?,
        })
    })
}

#[derive(Debug, Deserialize, TS)]
pub struct SwapRequest {
    pub lesson: LessonId,
    pub from: JudgeId,
    pub to: JudgeId,
}

#[derive(Debug, Deserialize, TS)]
pub struct SwapCandidatesRequest {
    pub lesson: LessonId,
    pub from: JudgeId,
}

#[derive(Debug, Serialize, TS)]
pub struct SwapCandidates {
    pub judges: Vec<app::SwapCandidate>,
}

/// Who may take a judge's lesson by hand, and why each other judge may not.
#[tauri::command(async)]
pub fn swap_candidates(
    request: SwapCandidatesRequest,
    open: State<'_, OpenSession>,
) -> Result<SwapCandidates, ApiError> {
    open.with(|store| {
        Ok(SwapCandidates {
            judges: app::swap_candidates(store, &request.lesson, &request.from)?,
        })
    })
}

/// Gives one lesson of a judge to another judge by hand (recusal enforced, audited).
#[tauri::command(async)]
pub fn swap_judge(request: SwapRequest, open: State<'_, OpenSession>) -> Result<Assignment, ApiError> {
    let who = operator()?;
    open.with(|store| {
        app::swap_judge(store, &request.lesson, &request.from, &request.to, &who)?;
        store.assignment()
    })
}

#[derive(Debug, Deserialize, TS)]
pub struct ReviewRequest {
    pub lesson: LessonId,
    pub judge: JudgeId,
    pub reason: String,
    /// Where the reviewer's new score sheet is written.
    pub dir: String,
}

#[derive(Debug, Serialize, TS)]
pub struct Reviewed {
    pub sheet: String,
}

/// Asks a judge for a third review of a lesson held for its judges' spread (recorded, audited)
/// and writes the judge's new sheet, which now holds the lesson.
#[tauri::command(async)]
pub fn request_review(request: ReviewRequest, open: State<'_, OpenSession>) -> Result<Reviewed, ApiError> {
    let who = operator()?;
    open.with(|store| {
        let a = who;
        let decision = Decision::Review {
            lesson: request.lesson.clone(),
            judge: request.judge.clone(),
        };
        app::decide(store, &decision, &request.reason, &a)?;
        let sheet = app::export_sheet_for(store, &request.judge, &PathBuf::from(&request.dir), &a)?;
        Ok(Reviewed {
            sheet: sheet.display().to_string(),
        })
    })
}

#[derive(Debug, Deserialize, TS)]
pub struct ReplaceRequest {
    pub absent: JudgeId,
    pub replacement: JudgeId,
    /// Where the replacement's score sheet is written.
    pub dir: String,
}

#[derive(Debug, Serialize, TS)]
pub struct Replaced {
    pub lessons: Vec<LessonId>,
    pub sheet: String,
}

/// Hands an absent judge's unscored lessons to a replacement and writes the replacement's sheet.
#[tauri::command(async)]
pub fn replace_judge(request: ReplaceRequest, open: State<'_, OpenSession>) -> Result<Replaced, ApiError> {
    let who = operator()?;
    open.with(|store| {
        let a = who;
        let lessons = app::replace_judge(store, &request.absent, &request.replacement, &a)?;
        let sheet = app::export_sheet_for(store, &request.replacement, &PathBuf::from(&request.dir), &a)?;
        Ok(Replaced {
            lessons,
            sheet: sheet.display().to_string(),
        })
    })
}

/// How far a long command is, sent over its channel.
#[derive(Debug, Clone, Serialize, TS)]
pub struct Progress {
    pub done: u32,
    pub total: u32,
}

/// A (done, total) callback that sends at most a hundred progress messages, and the last one.
pub(crate) fn throttled(channel: &tauri::ipc::Channel<Progress>) -> impl FnMut(usize, usize) + '_ {
    let mut last = 0;
    move |done, total| {
        let percent = done * 100 / total.max(1);
        if percent > last || done == total {
            last = percent;
            let _ = channel.send(Progress {
                done: done as u32,
                total: total as u32,
            });
        }
    }
}

#[derive(Debug, Deserialize, TS)]
pub struct MaterialsRequest {
    /// The folder of downloaded submissions, one folder per lesson.
    pub dir: String,
}

/// 形式审查 of every lesson's folder under `dir`, off the main thread, with progress; stored in
/// the session (a new run replaces the last), audited.
#[tauri::command(async)]
pub fn check_materials(
    request: MaterialsRequest,
    on_progress: tauri::ipc::Channel<Progress>,
    open: State<'_, OpenSession>,
) -> Result<jingpin::materials::CheckReport, ApiError> {
    let who = operator()?;
    open.with(|store| app::check_materials(store, &PathBuf::from(&request.dir), &mut throttled(&on_progress), &who))
}

/// The stored 形式审查, the run it came from, and the lessons the chair kept out.
#[derive(Debug, Serialize, TS)]
pub struct MaterialsView {
    pub run: Option<jingpin::app::MaterialRun>,
    pub lessons: Vec<jingpin::materials::LessonCheck>,
    /// Lesson id → the chair's reason.
    pub excluded: std::collections::BTreeMap<String, String>,
}

fn materials_view(store: &Session) -> Result<MaterialsView, jingpin::Error> {
    Ok(MaterialsView {
        run: store.material_run()?,
        lessons: store.material_checks()?,
        excluded: store
            .exclusions()?
            .into_iter()
            .map(|(l, r)| (l.to_string(), r))
            .collect(),
    })
}

#[tauri::command(async)]
pub fn materials(open: State<'_, OpenSession>) -> Result<MaterialsView, ApiError> {
    open.with(|store| materials_view(store))
}

#[derive(Debug, Deserialize, TS)]
pub struct ExcludeRequest {
    pub lesson: LessonId,
    /// None takes the lesson back in.
    pub reason: Option<String>,
}

/// Keeps a lesson out of the evaluation after 形式审查 (or takes it back in), audited.
#[tauri::command(async)]
pub fn set_excluded(request: ExcludeRequest, open: State<'_, OpenSession>) -> Result<MaterialsView, ApiError> {
    let who = operator()?;
    open.with(|store| {
        app::set_excluded(store, &request.lesson, request.reason.as_deref(), &who)?;
        materials_view(store)
    })
}

#[derive(Debug, Deserialize, TS)]
pub struct ExportMaterialsRequest {
    pub path: String,
}

/// Writes the stored 形式审查 alone as a workbook, to send back to the regions.
#[tauri::command(async)]
pub fn export_materials(request: ExportMaterialsRequest, open: State<'_, OpenSession>) -> Result<(), ApiError> {
    open.with(|store| app::export_material_report(store, &PathBuf::from(&request.path)))
}

/// The audit log's hash chain: intact, or the first row edited outside the program.
#[tauri::command(async)]
pub fn verify_audit(open: State<'_, OpenSession>) -> Result<jingpin::app::ChainState, ApiError> {
    open.with(|store| store.verify_audit())
}

#[derive(Debug, Deserialize, TS)]
pub struct ExportAwardsRequest {
    pub path: String,
}

/// Writes the 获奖名单 (one row per teacher of every recommended lesson) for certificates.
#[tauri::command(async)]
pub fn export_awards(request: ExportAwardsRequest, open: State<'_, OpenSession>) -> Result<(), ApiError> {
    open.with(|store| app::export_awards(store, &PathBuf::from(&request.path)))
}

/// Writes the 上报推荐汇总表 the next level imports as its roster.
#[tauri::command(async)]
pub fn export_handoff(request: ExportAwardsRequest, open: State<'_, OpenSession>) -> Result<(), ApiError> {
    open.with(|store| app::export_handoff(store, &PathBuf::from(&request.path)))
}

/// The bar register's entries, for checking a roster.
fn register_entries() -> Result<Vec<BarEntry>, ApiError> {
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

#[tauri::command(async)]
pub fn register() -> Result<RegisterView, ApiError> {
    register_view(&Register::open(&paths::register_file())?)
}

/// Adds a barred teacher by hand.
#[tauri::command(async)]
pub fn register_add(request: BarEntry) -> Result<RegisterView, ApiError> {
    let who = operator()?;
    let mut r = Register::open(&paths::register_file())?;
    r.add(&[request], "register.add", "app", &who)?;
    register_view(&r)
}

#[derive(Debug, Deserialize, TS)]
pub struct RegisterEditRequest {
    pub id: u32,
    /// None removes the entry.
    pub entry: Option<BarEntry>,
    pub reason: String,
}

/// Corrects or removes an entry, with the reason (audited).
#[tauri::command(async)]
pub fn register_edit(request: RegisterEditRequest) -> Result<RegisterView, ApiError> {
    let who = operator()?;
    let mut r = Register::open(&paths::register_file())?;
    match &request.entry {
        Some(e) => r.update(request.id, e, &request.reason, &who)?,
        None => r.remove(request.id, &request.reason, &who)?,
    }
    register_view(&r)
}

#[derive(Debug, Serialize, TS)]
pub struct RegisterImported {
    pub added: RegisterAdded,
    pub view: RegisterView,
}

/// Adds the entries of a register workbook another office sent (one transaction).
#[tauri::command(async)]
pub fn register_import(request: ExportAwardsRequest) -> Result<RegisterImported, ApiError> {
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

#[derive(Debug, Deserialize, TS)]
pub struct RegisterExportRequest {
    pub path: String,
    /// 填报单位 printed on the sheet.
    pub unit: String,
    pub bar_years: u16,
}

/// Writes the register as a workbook to share.
#[tauri::command(async)]
pub fn register_export(request: RegisterExportRequest) -> Result<(), ApiError> {
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

#[derive(Debug, Serialize, TS)]
pub struct BarMatchList {
    pub matches: Vec<BarMatch>,
}

/// The open session's matches against the register, with the chair's word on each.
#[tauri::command(async)]
pub fn bar_matches(open: State<'_, OpenSession>) -> Result<BarMatchList, ApiError> {
    open.with(|store| {
        Ok(BarMatchList {
            matches: store.bar_matches()?,
        })
    })
}

/// Checks the whole roster against the register again.
#[tauri::command(async)]
pub fn check_register(open: State<'_, OpenSession>) -> Result<BarMatchList, ApiError> {
    let who = operator()?;
    let register = register_entries()?;
    open.with(|store| {
        app::check_register(store, &register, &who)?;
        Ok(BarMatchList {
            matches: store.bar_matches()?,
        })
    })
}

#[derive(Debug, Deserialize, TS)]
pub struct SettleBarRequest {
    pub lesson: LessonId,
    pub teacher: String,
    pub status: HitStatus,
    pub reason: String,
}

/// The chair confirms (the lesson is kept out) or dismisses a match, with a reason.
#[tauri::command(async)]
pub fn settle_bar_match(request: SettleBarRequest, open: State<'_, OpenSession>) -> Result<BarMatchList, ApiError> {
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

/// 评委校准 of the open session (per judge and panel).
#[tauri::command(async)]
pub fn calibration(open: State<'_, OpenSession>) -> Result<jingpin::calibration::Calibration, ApiError> {
    open.with(|store| app::calibration(store))
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

/// 推荐稳定性 of every lesson, with progress over the channel (one step per replicate).
#[tauri::command(async)]
pub fn stability(
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

// GENERATED from src-tauri/src/commands/ by `cargo run -p jingpin-desktop --example gen-ipc`. Do not edit.
import { Channel } from "@tauri-apps/api/core";
import { invoke } from "./invoke";
import type { AbsentRequest } from "./bindings/AbsentRequest";
import type { ArchiveAdded } from "./bindings/ArchiveAdded";
import type { ArchiveRequest } from "./bindings/ArchiveRequest";
import type { Assignment } from "./bindings/Assignment";
import type { AuditList } from "./bindings/AuditList";
import type { BarEntry } from "./bindings/BarEntry";
import type { BarMatchList } from "./bindings/BarMatchList";
import type { Calibration } from "./bindings/Calibration";
import type { ChainState } from "./bindings/ChainState";
import type { CheckReport } from "./bindings/CheckReport";
import type { ConfirmSheetRequest } from "./bindings/ConfirmSheetRequest";
import type { CoverageList } from "./bindings/CoverageList";
import type { CreateSessionRequest } from "./bindings/CreateSessionRequest";
import type { CurrentSession } from "./bindings/CurrentSession";
import type { CurrentSheet } from "./bindings/CurrentSheet";
import type { DecideRequest } from "./bindings/DecideRequest";
import type { DemoRequest } from "./bindings/DemoRequest";
import type { DismissRequest } from "./bindings/DismissRequest";
import type { ExcludeRequest } from "./bindings/ExcludeRequest";
import type { ExportResultsRequest } from "./bindings/ExportResultsRequest";
import type { ExportSheetsRequest } from "./bindings/ExportSheetsRequest";
import type { ExportedSheet } from "./bindings/ExportedSheet";
import type { ExportedSheets } from "./bindings/ExportedSheets";
import type { Finalized } from "./bindings/Finalized";
import type { ImportFileRequest } from "./bindings/ImportFileRequest";
import type { ImportReport } from "./bindings/ImportReport";
import type { ImportRubricRequest } from "./bindings/ImportRubricRequest";
import type { ImportSheetsRequest } from "./bindings/ImportSheetsRequest";
import type { ImportedRubric } from "./bindings/ImportedRubric";
import type { Judge } from "./bindings/Judge";
import type { JudgeFields } from "./bindings/JudgeFields";
import type { JudgeList } from "./bindings/JudgeList";
import type { JudgeRequest } from "./bindings/JudgeRequest";
import type { JudgeView } from "./bindings/JudgeView";
import type { Lesson } from "./bindings/Lesson";
import type { LessonDetail } from "./bindings/LessonDetail";
import type { LessonList } from "./bindings/LessonList";
import type { LessonRequest } from "./bindings/LessonRequest";
import type { LessonScores } from "./bindings/LessonScores";
import type { Library } from "./bindings/Library";
import type { MaterialList } from "./bindings/MaterialList";
import type { MaterialsRequest } from "./bindings/MaterialsRequest";
import type { MaterialsView } from "./bindings/MaterialsView";
import type { Panel } from "./bindings/Panel";
import type { PathRequest } from "./bindings/PathRequest";
import type { Progress } from "./bindings/Progress";
import type { ReasonRequest } from "./bindings/ReasonRequest";
import type { RecentList } from "./bindings/RecentList";
import type { RegisterEditRequest } from "./bindings/RegisterEditRequest";
import type { RegisterExportRequest } from "./bindings/RegisterExportRequest";
import type { RegisterImported } from "./bindings/RegisterImported";
import type { RegisterView } from "./bindings/RegisterView";
import type { ReplaceRequest } from "./bindings/ReplaceRequest";
import type { Replaced } from "./bindings/Replaced";
import type { Results } from "./bindings/Results";
import type { ReviewRequest } from "./bindings/ReviewRequest";
import type { Reviewed } from "./bindings/Reviewed";
import type { SaveLessonRequest } from "./bindings/SaveLessonRequest";
import type { ScoreRequest } from "./bindings/ScoreRequest";
import type { ScreenRequest } from "./bindings/ScreenRequest";
import type { ScreenedTexts } from "./bindings/ScreenedTexts";
import type { ScreeningView } from "./bindings/ScreeningView";
import type { SessionView } from "./bindings/SessionView";
import type { Settings } from "./bindings/Settings";
import type { SettleBarRequest } from "./bindings/SettleBarRequest";
import type { SheetImportList } from "./bindings/SheetImportList";
import type { StabilityList } from "./bindings/StabilityList";
import type { StabilityRequest } from "./bindings/StabilityRequest";
import type { SwapCandidates } from "./bindings/SwapCandidates";
import type { SwapCandidatesRequest } from "./bindings/SwapCandidatesRequest";
import type { SwapRequest } from "./bindings/SwapRequest";
import type { TextRequest } from "./bindings/TextRequest";
import type { TextsRequest } from "./bindings/TextsRequest";
import type { UpdateJudgeRequest } from "./bindings/UpdateJudgeRequest";
import type { UserRequest } from "./bindings/UserRequest";
import type { VetoRequest } from "./bindings/VetoRequest";
import type { WaitingList } from "./bindings/WaitingList";

export const commands = {
  setUser: (request: UserRequest): Promise<null> => invoke<null>("set_user", { request }),
  library: (): Promise<Library> => invoke<Library>("library"),
  importRubric: (request: ImportRubricRequest): Promise<ImportedRubric> => invoke<ImportedRubric>("import_rubric", { request }),
  recentSessions: (): Promise<RecentList> => invoke<RecentList>("recent_sessions"),
  createSession: (request: CreateSessionRequest): Promise<SessionView> => invoke<SessionView>("create_session", { request }),
  openSession: (request: PathRequest): Promise<SessionView> => invoke<SessionView>("open_session", { request }),
  currentSession: (): Promise<CurrentSession> => invoke<CurrentSession>("current_session"),
  updateSettings: (request: Settings): Promise<SessionView> => invoke<SessionView>("update_settings", { request }),
  backupSession: (request: PathRequest): Promise<null> => invoke<null>("backup_session", { request }),
  auditLog: (): Promise<AuditList> => invoke<AuditList>("audit_log"),
  openDemo: (request: DemoRequest): Promise<SessionView> => invoke<SessionView>("open_demo", { request }),
  verifyAudit: (): Promise<ChainState> => invoke<ChainState>("verify_audit"),
  lessons: (): Promise<LessonList> => invoke<LessonList>("lessons"),
  importRoster: (request: ImportFileRequest): Promise<ImportReport> => invoke<ImportReport>("import_roster", { request }),
  saveLesson: (request: SaveLessonRequest): Promise<Lesson> => invoke<Lesson>("save_lesson", { request }),
  deleteLesson: (request: LessonRequest): Promise<LessonList> => invoke<LessonList>("delete_lesson", { request }),
  judges: (): Promise<JudgeList> => invoke<JudgeList>("judges"),
  importJudges: (request: ImportFileRequest): Promise<ImportReport> => invoke<ImportReport>("import_judges", { request }),
  saveJudge: (request: JudgeFields): Promise<Judge> => invoke<Judge>("save_judge", { request }),
  setPanel: (request: Panel): Promise<JudgeList> => invoke<JudgeList>("set_panel", { request }),
  assign: (): Promise<Assignment> => invoke<Assignment>("assign"),
  assignment: (): Promise<Assignment> => invoke<Assignment>("assignment"),
  deleteJudge: (request: JudgeRequest): Promise<JudgeList> => invoke<JudgeList>("delete_judge", { request }),
  updateJudge: (request: UpdateJudgeRequest): Promise<JudgeList> => invoke<JudgeList>("update_judge", { request }),
  swapCandidates: (request: SwapCandidatesRequest): Promise<SwapCandidates> => invoke<SwapCandidates>("swap_candidates", { request }),
  swapJudge: (request: SwapRequest): Promise<Assignment> => invoke<Assignment>("swap_judge", { request }),
  replaceJudge: (request: ReplaceRequest): Promise<Replaced> => invoke<Replaced>("replace_judge", { request }),
  exportSheets: (request: ExportSheetsRequest, onProgress: (p: Progress) => void): Promise<ExportedSheets> => {
    const channel = new Channel<Progress>();
    channel.onmessage = onProgress;
    return invoke<ExportedSheets>("export_sheets", { request, onProgress: channel });
  },
  importSheets: (request: ImportSheetsRequest, onProgress: (p: Progress) => void): Promise<SheetImportList> => {
    const channel = new Channel<Progress>();
    channel.onmessage = onProgress;
    return invoke<SheetImportList>("import_sheets", { request, onProgress: channel });
  },
  cancelImport: (): Promise<null> => invoke<null>("cancel_import"),
  waitingSheets: (): Promise<WaitingList> => invoke<WaitingList>("waiting_sheets"),
  confirmSheet: (request: ConfirmSheetRequest): Promise<WaitingList> => invoke<WaitingList>("confirm_sheet", { request }),
  coverage: (): Promise<CoverageList> => invoke<CoverageList>("coverage"),
  setAbsent: (request: AbsentRequest): Promise<CoverageList> => invoke<CoverageList>("set_absent", { request }),
  requestReview: (request: ReviewRequest): Promise<Reviewed> => invoke<Reviewed>("request_review", { request }),
  openSheet: (request: PathRequest): Promise<JudgeView> => invoke<JudgeView>("open_sheet", { request }),
  judgeView: (): Promise<CurrentSheet> => invoke<CurrentSheet>("judge_view"),
  judgeSetScore: (request: ScoreRequest): Promise<LessonScores> => invoke<LessonScores>("judge_set_score", { request }),
  judgeSetVeto: (request: VetoRequest): Promise<LessonScores> => invoke<LessonScores>("judge_set_veto", { request }),
  judgeSetComment: (request: TextRequest): Promise<LessonScores> => invoke<LessonScores>("judge_set_comment", { request }),
  judgeSetUnscored: (request: TextRequest): Promise<LessonScores> => invoke<LessonScores>("judge_set_unscored", { request }),
  judgeSubmit: (): Promise<JudgeView> => invoke<JudgeView>("judge_submit"),
  judgeUnlock: (): Promise<JudgeView> => invoke<JudgeView>("judge_unlock"),
  judgeExport: (request: PathRequest): Promise<ExportedSheet> => invoke<ExportedSheet>("judge_export", { request }),
  judgeSetMaterials: (request: PathRequest): Promise<JudgeView> => invoke<JudgeView>("judge_set_materials", { request }),
  judgeMaterials: (request: LessonRequest): Promise<MaterialList> => invoke<MaterialList>("judge_materials", { request }),
  openMaterial: (request: PathRequest): Promise<null> => invoke<null>("open_material", { request }),
  results: (): Promise<Results> => invoke<Results>("results"),
  decide: (request: DecideRequest): Promise<Results> => invoke<Results>("decide", { request }),
  exportResults: (request: ExportResultsRequest): Promise<Results> => invoke<Results>("export_results", { request }),
  finalize: (): Promise<Finalized> => invoke<Finalized>("finalize"),
  reopen: (request: ReasonRequest): Promise<Results> => invoke<Results>("reopen", { request }),
  lessonDetail: (request: LessonRequest): Promise<LessonDetail> => invoke<LessonDetail>("lesson_detail", { request }),
  exportAwards: (request: PathRequest): Promise<null> => invoke<null>("export_awards", { request }),
  exportHandoff: (request: PathRequest): Promise<null> => invoke<null>("export_handoff", { request }),
  calibration: (): Promise<Calibration> => invoke<Calibration>("calibration"),
  stability: (request: StabilityRequest, onProgress: (p: Progress) => void): Promise<StabilityList> => {
    const channel = new Channel<Progress>();
    channel.onmessage = onProgress;
    return invoke<StabilityList>("stability", { request, onProgress: channel });
  },
  checkMaterials: (request: MaterialsRequest, onProgress: (p: Progress) => void): Promise<CheckReport> => {
    const channel = new Channel<Progress>();
    channel.onmessage = onProgress;
    return invoke<CheckReport>("check_materials", { request, onProgress: channel });
  },
  materials: (): Promise<MaterialsView> => invoke<MaterialsView>("materials"),
  setExcluded: (request: ExcludeRequest): Promise<MaterialsView> => invoke<MaterialsView>("set_excluded", { request }),
  exportMaterials: (request: PathRequest): Promise<null> => invoke<null>("export_materials", { request }),
  screenMaterials: (request: ScreenRequest, onProgress: (p: Progress) => void): Promise<ScreeningView> => {
    const channel = new Channel<Progress>();
    channel.onmessage = onProgress;
    return invoke<ScreeningView>("screen_materials", { request, onProgress: channel });
  },
  cancelScreening: (): Promise<null> => invoke<null>("cancel_screening"),
  screening: (): Promise<ScreeningView> => invoke<ScreeningView>("screening"),
  screenedTexts: (request: TextsRequest): Promise<ScreenedTexts> => invoke<ScreenedTexts>("screened_texts", { request }),
  dismissFinding: (request: DismissRequest): Promise<ScreeningView> => invoke<ScreeningView>("dismiss_finding", { request }),
  archiveSession: (request: ArchiveRequest, onProgress: (p: Progress) => void): Promise<ArchiveAdded> => {
    const channel = new Channel<Progress>();
    channel.onmessage = onProgress;
    return invoke<ArchiveAdded>("archive_session", { request, onProgress: channel });
  },
  register: (): Promise<RegisterView> => invoke<RegisterView>("register"),
  registerAdd: (request: BarEntry): Promise<RegisterView> => invoke<RegisterView>("register_add", { request }),
  registerEdit: (request: RegisterEditRequest): Promise<RegisterView> => invoke<RegisterView>("register_edit", { request }),
  registerImport: (request: PathRequest): Promise<RegisterImported> => invoke<RegisterImported>("register_import", { request }),
  registerExport: (request: RegisterExportRequest): Promise<null> => invoke<null>("register_export", { request }),
  barMatches: (): Promise<BarMatchList> => invoke<BarMatchList>("bar_matches"),
  checkRegister: (): Promise<BarMatchList> => invoke<BarMatchList>("check_register"),
  settleBarMatch: (request: SettleBarRequest): Promise<BarMatchList> => invoke<BarMatchList>("settle_bar_match", { request }),
};

// GENERATED from src-tauri/src/ipc.rs by `cargo run -p jingpin-desktop --bin gen-ipc`. Do not edit.
import { invoke } from "@tauri-apps/api/core";
import type { Assignment } from "./bindings/Assignment";
import type { CreateSessionRequest } from "./bindings/CreateSessionRequest";
import type { CurrentSession } from "./bindings/CurrentSession";
import type { ImportFileRequest } from "./bindings/ImportFileRequest";
import type { ImportReport } from "./bindings/ImportReport";
import type { ImportRubricRequest } from "./bindings/ImportRubricRequest";
import type { ImportedRubric } from "./bindings/ImportedRubric";
import type { Judge } from "./bindings/Judge";
import type { JudgeFields } from "./bindings/JudgeFields";
import type { JudgeList } from "./bindings/JudgeList";
import type { Lesson } from "./bindings/Lesson";
import type { LessonList } from "./bindings/LessonList";
import type { Library } from "./bindings/Library";
import type { OpenSessionRequest } from "./bindings/OpenSessionRequest";
import type { Panel } from "./bindings/Panel";
import type { RecentList } from "./bindings/RecentList";
import type { SaveLessonRequest } from "./bindings/SaveLessonRequest";
import type { SessionView } from "./bindings/SessionView";
import type { Settings } from "./bindings/Settings";

export const commands = {
  library: (): Promise<Library> => invoke<Library>("library"),
  importRubric: (request: ImportRubricRequest): Promise<ImportedRubric> => invoke<ImportedRubric>("import_rubric", { request }),
  recentSessions: (): Promise<RecentList> => invoke<RecentList>("recent_sessions"),
  createSession: (request: CreateSessionRequest): Promise<SessionView> => invoke<SessionView>("create_session", { request }),
  openSession: (request: OpenSessionRequest): Promise<SessionView> => invoke<SessionView>("open_session", { request }),
  currentSession: (): Promise<CurrentSession> => invoke<CurrentSession>("current_session"),
  updateSettings: (request: Settings): Promise<SessionView> => invoke<SessionView>("update_settings", { request }),
  lessons: (): Promise<LessonList> => invoke<LessonList>("lessons"),
  importRoster: (request: ImportFileRequest): Promise<ImportReport> => invoke<ImportReport>("import_roster", { request }),
  saveLesson: (request: SaveLessonRequest): Promise<Lesson> => invoke<Lesson>("save_lesson", { request }),
  judges: (): Promise<JudgeList> => invoke<JudgeList>("judges"),
  importJudges: (request: ImportFileRequest): Promise<ImportReport> => invoke<ImportReport>("import_judges", { request }),
  saveJudge: (request: JudgeFields): Promise<Judge> => invoke<Judge>("save_judge", { request }),
  setPanel: (request: Panel): Promise<JudgeList> => invoke<JudgeList>("set_panel", { request }),
  assign: (): Promise<Assignment> => invoke<Assignment>("assign"),
  assignment: (): Promise<Assignment> => invoke<Assignment>("assignment"),
};

// GENERATED from src-tauri/src/commands/ by `cargo run -p jingpin-desktop --example gen-ipc`. Do not edit.
import { Channel } from "@tauri-apps/api/core";
import { invoke } from "./invoke";
export const commands = {
    setUser: (request) => invoke("set_user", { request }),
    library: () => invoke("library"),
    importRubric: (request) => invoke("import_rubric", { request }),
    recentSessions: () => invoke("recent_sessions"),
    createSession: (request) => invoke("create_session", { request }),
    openSession: (request) => invoke("open_session", { request }),
    currentSession: () => invoke("current_session"),
    updateSettings: (request) => invoke("update_settings", { request }),
    backupSession: (request) => invoke("backup_session", { request }),
    auditLog: () => invoke("audit_log"),
    openDemo: (request) => invoke("open_demo", { request }),
    verifyAudit: () => invoke("verify_audit"),
    lessons: () => invoke("lessons"),
    importRoster: (request) => invoke("import_roster", { request }),
    saveLesson: (request) => invoke("save_lesson", { request }),
    deleteLesson: (request) => invoke("delete_lesson", { request }),
    judges: () => invoke("judges"),
    importJudges: (request) => invoke("import_judges", { request }),
    saveJudge: (request) => invoke("save_judge", { request }),
    setPanel: (request) => invoke("set_panel", { request }),
    assign: () => invoke("assign"),
    assignment: () => invoke("assignment"),
    deleteJudge: (request) => invoke("delete_judge", { request }),
    updateJudge: (request) => invoke("update_judge", { request }),
    swapCandidates: (request) => invoke("swap_candidates", { request }),
    swapJudge: (request) => invoke("swap_judge", { request }),
    replaceJudge: (request) => invoke("replace_judge", { request }),
    exportSheets: (request, onProgress) => {
        const channel = new Channel();
        channel.onmessage = onProgress;
        return invoke("export_sheets", { request, onProgress: channel });
    },
    importSheets: (request, onProgress) => {
        const channel = new Channel();
        channel.onmessage = onProgress;
        return invoke("import_sheets", { request, onProgress: channel });
    },
    cancelImport: () => invoke("cancel_import"),
    waitingSheets: () => invoke("waiting_sheets"),
    confirmSheet: (request) => invoke("confirm_sheet", { request }),
    coverage: () => invoke("coverage"),
    setAbsent: (request) => invoke("set_absent", { request }),
    requestReview: (request) => invoke("request_review", { request }),
    openSheet: (request) => invoke("open_sheet", { request }),
    judgeView: () => invoke("judge_view"),
    judgeSetScore: (request) => invoke("judge_set_score", { request }),
    judgeSetVeto: (request) => invoke("judge_set_veto", { request }),
    judgeSetComment: (request) => invoke("judge_set_comment", { request }),
    judgeSetUnscored: (request) => invoke("judge_set_unscored", { request }),
    judgeSubmit: () => invoke("judge_submit"),
    judgeUnlock: () => invoke("judge_unlock"),
    judgeExport: (request) => invoke("judge_export", { request }),
    judgeSetMaterials: (request) => invoke("judge_set_materials", { request }),
    judgeMaterials: (request) => invoke("judge_materials", { request }),
    openMaterial: (request) => invoke("open_material", { request }),
    results: () => invoke("results"),
    decide: (request) => invoke("decide", { request }),
    exportResults: (request) => invoke("export_results", { request }),
    finalize: () => invoke("finalize"),
    reopen: (request) => invoke("reopen", { request }),
    lessonDetail: (request) => invoke("lesson_detail", { request }),
    exportAwards: (request) => invoke("export_awards", { request }),
    exportHandoff: (request) => invoke("export_handoff", { request }),
    calibration: () => invoke("calibration"),
    stability: (request, onProgress) => {
        const channel = new Channel();
        channel.onmessage = onProgress;
        return invoke("stability", { request, onProgress: channel });
    },
    checkMaterials: (request, onProgress) => {
        const channel = new Channel();
        channel.onmessage = onProgress;
        return invoke("check_materials", { request, onProgress: channel });
    },
    materials: () => invoke("materials"),
    setExcluded: (request) => invoke("set_excluded", { request }),
    exportMaterials: (request) => invoke("export_materials", { request }),
    screenMaterials: (request, onProgress) => {
        const channel = new Channel();
        channel.onmessage = onProgress;
        return invoke("screen_materials", { request, onProgress: channel });
    },
    cancelScreening: () => invoke("cancel_screening"),
    screening: () => invoke("screening"),
    screenedTexts: (request) => invoke("screened_texts", { request }),
    dismissFinding: (request) => invoke("dismiss_finding", { request }),
    archiveSession: (request, onProgress) => {
        const channel = new Channel();
        channel.onmessage = onProgress;
        return invoke("archive_session", { request, onProgress: channel });
    },
    register: () => invoke("register"),
    registerAdd: (request) => invoke("register_add", { request }),
    registerEdit: (request) => invoke("register_edit", { request }),
    registerImport: (request) => invoke("register_import", { request }),
    registerExport: (request) => invoke("register_export", { request }),
    barMatches: () => invoke("bar_matches"),
    checkRegister: () => invoke("check_register"),
    settleBarMatch: (request) => invoke("settle_bar_match", { request }),
};

//! The desktop shell of 精品课评审台: a Tauri 2 window over the `jingpin` core.
//! The only crate that knows Tauri; commands are thin wrappers (see commands.rs).

pub mod commands;
pub mod error;
pub mod ipc;
pub mod similar;

use tauri::Manager;

pub fn run() {
    tauri::Builder::default()
        .plugin(tauri_plugin_dialog::init())
        .plugin(tauri_plugin_opener::init())
        .manage(commands::OpenSession::default())
        .manage(commands::OpenWorkspace::default())
        .manage(commands::LastStability::default())
        .manage(commands::StartupFailure::default())
        .setup(|app| {
            // a session file given on the command line: what a double-click in a file manager does
            let given = std::env::args_os()
                .skip(1)
                .map(std::path::PathBuf::from)
                .find(|p| p.extension().is_some_and(|e| e.eq_ignore_ascii_case("jpsession")));
            if let Some(path) = given {
                commands::open_at_start(
                    &path,
                    &app.state::<commands::OpenSession>(),
                    &app.state::<commands::StartupFailure>(),
                );
            }
            Ok(())
        })
        .invoke_handler(tauri::generate_handler![
            commands::library,
            commands::import_rubric,
            commands::recent_sessions,
            commands::create_session,
            commands::open_session,
            commands::current_session,
            commands::update_settings,
            commands::lessons,
            commands::import_roster,
            commands::save_lesson,
            commands::judges,
            commands::import_judges,
            commands::save_judge,
            commands::set_panel,
            commands::assign,
            commands::assignment,
            commands::export_sheets,
            commands::open_sheet,
            commands::judge_view,
            commands::judge_set_score,
            commands::judge_set_veto,
            commands::judge_set_comment,
            commands::judge_set_unscored,
            commands::judge_submit,
            commands::judge_unlock,
            commands::judge_export,
            commands::judge_set_materials,
            commands::judge_materials,
            commands::open_material,
            commands::import_sheets,
            commands::cancel_import,
            commands::waiting_sheets,
            commands::confirm_sheet,
            commands::results,
            commands::coverage,
            commands::set_absent,
            commands::decide,
            commands::export_results,
            commands::finalize,
            commands::open_demo,
            commands::reopen,
            commands::backup_session,
            commands::lesson_detail,
            commands::audit_log,
            commands::set_user,
            commands::delete_lesson,
            commands::delete_judge,
            commands::update_judge,
            commands::swap_candidates,
            commands::swap_judge,
            commands::replace_judge,
            commands::request_review,
            commands::check_materials,
            commands::materials,
            similar::screen_materials,
            similar::cancel_screening,
            similar::screening,
            similar::screened_texts,
            similar::dismiss_finding,
            similar::archive_session,
            commands::set_excluded,
            commands::export_materials,
            commands::verify_audit,
            commands::export_awards,
            commands::export_handoff,
            commands::register,
            commands::register_add,
            commands::register_edit,
            commands::register_import,
            commands::register_export,
            commands::bar_matches,
            commands::check_register,
            commands::settle_bar_match,
            commands::calibration,
            commands::stability,
        ])
        .build(tauri::generate_context!())
        .expect("the desktop window failed to start")
        .run(|app, event| {
            if let tauri::RunEvent::Exit = event {
                commands::close(&app.state::<commands::OpenSession>());
            }
        });
}

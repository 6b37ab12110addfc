//! The desktop shell of 精品课评审台: a Tauri 2 window over the `jingpin` core.
//! The only crate that knows Tauri; commands are thin wrappers (see commands/).

pub mod bindings;
pub mod commands;
pub mod error;
pub mod ipc;

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
        .invoke_handler(commands::handler())
        .build(tauri::generate_context!())
        .expect("the desktop window failed to start")
        .run(|app, event| {
            if let tauri::RunEvent::Exit = event {
                commands::close(&app.state::<commands::OpenSession>());
            }
        });
}

//! The desktop app's entry point: runs the Tauri shell (`jingpin_desktop_lib::run`).

// Prevents an additional console window on Windows in release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() {
    jingpin_desktop_lib::run()
}

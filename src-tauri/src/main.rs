//! The desktop app's entry point: runs the Tauri shell (`jingpin_desktop_lib::run`).

// Prevents an additional console window on Windows in release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

// the command line's allocator (see the `jingpin` binary and docs/benchmarks.md): the window's
// imports and exports are the same millions of small allocations on several threads
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    jingpin_desktop_lib::run()
}

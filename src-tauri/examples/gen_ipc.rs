//! Regenerates the UI's IPC bindings from the Rust types: `gen-ipc` writes ui/src/ipc,
//! `gen-ipc --check` fails (exit 1) if the committed files differ, which CI runs.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

fn files(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut out = Vec::new();
    for sub in ["", "bindings"] {
        let d = dir.join(sub);
        let Ok(entries) = std::fs::read_dir(&d) else {
            continue;
        };
        for e in entries.flatten() {
            let p = e.path();
            let generated = p.extension().is_some_and(|x| x == "ts")
                && (sub == "bindings" || p.file_name().is_some_and(|n| n == "commands.ts" || n == "values.ts"));
            if generated {
                let rel = p.strip_prefix(dir).expect("inside dir").to_path_buf();
                out.push((rel, std::fs::read(&p).expect("readable")));
            }
        }
    }
    out.sort();
    out
}

fn main() -> ExitCode {
    let target = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../ui/src/ipc");
    let check = std::env::args().any(|a| a == "--check");
    if !check {
        let _ = std::fs::remove_dir_all(target.join("bindings"));
        jingpin_desktop_lib::bindings::export(&target).expect("bindings export");
        println!("wrote {}", target.display());
        return ExitCode::SUCCESS;
    }
    let tmp = std::env::temp_dir().join(format!("jingpin-ipc-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&tmp);
    jingpin_desktop_lib::bindings::export(&tmp).expect("bindings export");
    let (want, have) = (files(&tmp), files(&target));
    let _ = std::fs::remove_dir_all(&tmp);
    if want == have {
        println!("ipc bindings are up to date ({} files)", want.len());
        ExitCode::SUCCESS
    } else {
        let names = |v: &[(PathBuf, Vec<u8>)]| v.iter().map(|(p, _)| p.clone()).collect::<Vec<_>>();
        let (wn, hn) = (names(&want), names(&have));
        for (p, bytes) in &want {
            match have.iter().find(|(q, _)| q == p) {
                None => eprintln!("missing: ui/src/ipc/{}", p.display()),
                Some((_, b)) if b != bytes => eprintln!("changed: ui/src/ipc/{}", p.display()),
                _ => {}
            }
        }
        for p in hn.iter().filter(|p| !wn.contains(p)) {
            eprintln!("stale: ui/src/ipc/{}", p.display());
        }
        eprintln!(
            "ipc bindings drifted from the Rust types: run `cargo run -p jingpin-desktop --example gen-ipc` and commit"
        );
        ExitCode::from(1)
    }
}

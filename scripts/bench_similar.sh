#!/usr/bin/env bash
# 查重 at national scale (docs/benchmarks.md): the national demo's first 4,473 lessons with four
# realistic documents each (教学设计.docx, 课件.pptx, 学习任务单.pdf with a non-embedded CJK font,
# 作业练习.docx; 90 planted copies), screened against a three-year archive of the same size,
# first with an empty extraction cache (every file read), then again (the cache answers).
# Each run is the user's command under /usr/bin/time: wall time and peak memory.
# Usage: scripts/bench_similar.sh [OUT]   (OUT defaults to target/bench-similar)
set -euo pipefail
source "$(dirname "$0")/lib.sh"
OUT="${1:-$ROOT/target/bench-similar}"
step "cargo build --release (the CLI)"
cargo build --release --quiet --bin jingpin
BIN="$ROOT/target/release/jingpin"
export JINGPIN_DATA_DIR="$OUT/data"
step "building the inputs in $OUT (not timed)"
"$BIN" materials similar-corpus --out "$OUT"
run() {
  cp "$OUT/session.jpsession" "$OUT/run.jpsession"
  /usr/bin/time -f "%e s wall, %M KiB peak, %P CPU" -o "$OUT/time.txt" \
    "$BIN" materials similar "$OUT/run.jpsession" "$OUT/材料" --archive "$OUT/往年档案.jparchive" >"$OUT/$1.txt" 2>/dev/null || true
  printf "%-12s %s\n" "$1:" "$(tail -1 "$OUT/time.txt")"
  tail -1 "$OUT/$1.txt"
}
rm -rf "$JINGPIN_DATA_DIR/cache"
step "查重, empty cache"
run cold
step "查重 again, the cache answers"
run warm
cmp -s "$OUT/cold.txt" "$OUT/warm.txt" && echo "the same findings, byte for byte" || { echo "the findings differ between runs"; exit 1; }

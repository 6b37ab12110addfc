#!/usr/bin/env bash
# The national bench of issue 17, with the peer measured in the same run:
#   bash scripts/bench.sh [--scale national] [--runs 3]
# Builds the release CLI, makes a Python venv with what the peer script needs (pandas,
# python-calamine, xlsxwriter, openpyxl; from PyPI, once) in target/peer-venv, and runs
# `jingpin bench` with the peer. Not part of the tests: a benchmark is read, not asserted.
set -euo pipefail
cd "$(dirname "$0")/.."
venv=target/peer-venv
if ! "$venv/bin/python" -c 'import pandas, python_calamine, xlsxwriter, openpyxl' 2>/dev/null; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet pandas python-calamine xlsxwriter openpyxl
fi
cargo build --release -p jingpin --quiet
out=${BENCH_OUT:-/tmp/bench-national}
/usr/bin/time -f 'whole bench: %e s; largest process it ran (the peer'\''s Python included): %M KB' \
  target/release/jingpin bench --out "$out" --peer-python "$venv/bin/python" \
  --peer-script scripts/peer_merge_rank.py "${@:---runs 3}"

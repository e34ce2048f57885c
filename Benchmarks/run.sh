#!/bin/sh
# Runs the benchmarks of issue 8: builds them in release mode, creates ../.venv-bench with the official
# `openai` Python package on first use, and prints the tables. Arguments go to ClientBenchmark:
#   ./run.sh                 # every scenario, median of 3 rounds (a few minutes)
#   ./run.sh --quick         # fewer calls per round
#   ./run.sh --only a,e      # some scenarios
set -eu
cd "$(dirname "$0")"
venv=../.venv-bench
if [ ! -x "$venv/bin/python" ] || ! "$venv/bin/python" -c 'import openai' 2>/dev/null; then
    python3 -m venv "$venv" >&2
    "$venv/bin/pip" install --quiet openai >&2
fi
swift build -c release --product BenchmarkServer >&2
swift build -c release --product ClientBenchmark >&2
exec .build/release/ClientBenchmark --python "$venv/bin/python" "$@"

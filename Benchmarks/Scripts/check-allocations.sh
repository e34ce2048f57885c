#!/usr/bin/env bash
# The allocation guard (issue 18): builds the `Allocations` benchmarks in release mode and compares their
# mallocs per iteration (p90 of up to 1,000 iterations) with the counts committed in `Thresholds/`, with
# ordo-one/benchmark's own threshold check (`swift package benchmark thresholds check`).
#   Benchmarks/Scripts/check-allocations.sh            # check, as .ci/run does
#   Benchmarks/Scripts/check-allocations.sh --update   # write the current counts to Thresholds/
# Exit status 0 when every count equals its threshold, or is lower (then it says so: commit the lower counts
# with --update); 1 when a count grew, or the run failed.
set -euo pipefail
cd "$(dirname "$0")/.."

case "${1:-}" in
    "") ;;
    --update)
        exec swift package --allow-writing-to-package-directory benchmark thresholds update \
            --target Allocations --no-progress
        ;;
    *) echo "usage: $0 [--update]" >&2; exit 64 ;;
esac

log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0
swift package benchmark thresholds check --target Allocations --no-progress 2>&1 | tee "$log" || status=$?
[ "$status" -eq 0 ] && exit 0

# The plugin exits 1 for every failure and names it: a regression, an improvement only, or anything else.
if grep -q "benchmarkThresholdImprovement" "$log" && ! grep -q "benchmarkThresholdRegression" "$log"; then
    echo "Allocation counts fell below Thresholds/ (above): run $0 --update and commit the new counts."
    exit 0
fi
if grep -q "benchmarkThresholdRegression" "$log"; then
    echo "Allocation counts grew past Thresholds/ (above): find the new allocation, or, if it is worth its cost," \
        "run $0 --update and say why in the commit." >&2
fi
exit 1

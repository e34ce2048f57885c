#!/usr/bin/env bash
# Builds the fuzz targets (debug, -sanitize=fuzzer,address, linked with lld) and runs each for SECONDS:
#   ./run.sh 20                     # every target, 20 s each (what .ci/run does)
#   ./run.sh 600 Webhooks Multipart # some targets
# Exits non-zero when any target finds a crash, a leak, a timeout or an out-of-memory input; the input and the
# log are under Artifacts/<target>/ (ignored by git), new corpus entries under Artifacts/<target>/corpus.
# FUZZ_CONFIGURATION=release builds with optimizations instead (slower to build, faster per input).
set -euo pipefail
cd "$(dirname "$0")"
seconds=${1:-20}
shift || true
configuration=${FUZZ_CONFIGURATION:-debug}
build=(swift build -c "$configuration" -Xswiftc -sanitize=fuzzer,address -Xswiftc -use-ld=lld)
"${build[@]}" >&2
binary="$("${build[@]}" --show-bin-path)/NeosantaraFuzz"
if [ "$#" -gt 0 ]; then
    targets=("$@")
else
    read -r -a targets <<<"$("$binary" 2>&1 | sed -n 's/^targets: //p')"
fi
# A leak in one input fails the run; `abort_on_error` makes ASan's reports end the process as a crash.
asan_options=${ASAN_OPTIONS:-abort_on_error=1:symbolize=1}
# Swift's own crash reporter reads the crashed thread's stack, which ASan reports as a second error; libFuzzer's
# report of the trap is the one wanted.
export SWIFT_BACKTRACE=enable=no
failed=()
for target in "${targets[@]}"; do
    work="Artifacts/$target"
    mkdir -p "$work/corpus"
    # TestServer keeps one server for the whole run, whose stored files LeakSanitizer cannot see through the
    # spare bits Swift's enums pack into pointers: it would report them as leaks, after each input and at exit.
    leaks=1
    [ "$target" = TestServer ] && leaks=0
    if ASAN_OPTIONS="detect_leaks=$leaks:$asan_options" "$binary" "$target" -max_total_time="$seconds" \
        -timeout=10 -rss_limit_mb=2048 -max_len=65536 -detect_leaks="$leaks" -print_final_stats=1 \
        -artifact_prefix="$work/" "$work/corpus" "Corpus/$target" >"$work/log" 2>&1; then
        outcome=ok
    else
        outcome=FAILED
        failed+=("$target")
        tail -n 40 "$work/log" >&2
    fi
    execs=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$work/log")
    coverage=$(grep -E '^#[0-9]+' "$work/log" | tail -n 1 | grep -oE 'cov: [0-9]+ ft: [0-9]+' || true)
    printf '%-18s %-6s %s execs/s, %s\n' "$target" "$outcome" "${execs:-?}" "${coverage:-no coverage line}"
done
if [ "${#failed[@]}" -gt 0 ]; then
    echo "fuzzing found failures in: ${failed[*]} (inputs and logs under Fuzz/Artifacts/)" >&2
    exit 1
fi

#!/usr/bin/env bash
# OpenAI-client compatibility check: starts `neosantara serve` on a free port and runs the official `openai`
# Python package (installed from PyPI into .venv-ci/) and `curl -N` against it; then stops the server with
# SIGINT and checks that it exits cleanly. Fails on any error. The Python checks include files and batches.
set -euo pipefail
cd "$(dirname "$0")/.."

venv=.venv-ci
if [ ! -x "$venv/bin/python" ]; then
    python3 -m venv "$venv"
fi
"$venv/bin/python" -m pip install --quiet --disable-pip-version-check openai
"$venv/bin/python" -m pip install --quiet --disable-pip-version-check standardwebhooks

# The same build as `swift test`, so that after it nothing is rebuilt.
swift build --build-tests
binary="$(swift build --show-bin-path)/neosantara"

work_dir="$(mktemp -d)"
api_key="nsk_ci_$(date +%s)_$$"
: >"$work_dir/stdout"  # exists before the server starts, so the wait below never reads a missing file
"$binary" serve --port 0 --api-key "$api_key" >"$work_dir/stdout" 2>"$work_dir/stderr" &
server_pid=$!
cleanup() {
    if kill -0 "$server_pid" 2>/dev/null; then
        kill -TERM "$server_pid" 2>/dev/null || true
        wait "$server_pid" 2>/dev/null || true
    fi
    rm -rf "$work_dir"
}
trap cleanup EXIT
fail() {
    echo "openai-compat: FAILED: $*" >&2
    echo "--- server log:" >&2
    cat "$work_dir/stderr" >&2
    exit 1
}

base_url=""
for _ in $(seq 1 100); do
    base_url="$(head -n 1 "$work_dir/stdout")"
    [ -n "$base_url" ] && break
    kill -0 "$server_pid" 2>/dev/null || fail "neosantara serve exited before printing its base URL"
    sleep 0.1
done
[ -n "$base_url" ] || fail "neosantara serve printed no base URL within 10 seconds"
echo "openai-compat: neosantara serve at $base_url"

"$venv/bin/python" .ci/openai_compat.py "$base_url" "$api_key" || fail "the openai client check failed"
"$venv/bin/python" .ci/responses_compat.py "$base_url" "$api_key" || fail "the openai Responses check failed"
"$venv/bin/python" .ci/webhooks_compat.py "$binary" || fail "the webhook verification check failed"
"$venv/bin/python" .ci/media_compat.py "$base_url" "$api_key" || fail "the openai images and audio check failed"

# curl -N: the events arrive framed as the gateway frames them, ending with [DONE].
stream="$(curl --silent --show-error --fail --no-buffer --max-time 10 "$base_url/chat/completions" \
    -H "Authorization: Bearer $api_key" -H "Content-Type: application/json" \
    -d '{"model":"nusantara-base","stream":true,"messages":[{"role":"user","content":"Halo apa kabar?"}]}')" \
    || fail "curl -N could not stream"
events="$(printf '%s\n' "$stream" | grep -c '^data: ' || true)"
[ "$events" = 7 ] || fail "curl -N got $events events, expected 7: $stream"
[ "$(printf '%s\n' "$stream" | tail -n 1)" = "data: [DONE]" ] || fail "the stream does not end with data: [DONE]"
printf '%s\n' "$stream" | grep -q '"content":" kabar?"' || fail "the stream misses the last word"
echo "openai-compat: curl -N streamed $events events"

kill -INT "$server_pid"
status=0
wait "$server_pid" || status=$?
[ "$status" = 0 ] || fail "neosantara serve exited with status $status on SIGINT"
grep -q 'POST /v1/chat/completions 200' "$work_dir/stderr" || fail "no request log line on stderr"
grep -q 'POST /v1/batches 200' "$work_dir/stderr" || fail "no batch request in the server log"
if grep -q "$api_key" "$work_dir/stderr"; then fail "the server log contains the API key"; fi
echo "openai-compat: neosantara serve stopped cleanly on SIGINT"

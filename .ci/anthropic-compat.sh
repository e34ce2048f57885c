#!/usr/bin/env bash
# Anthropic-client compatibility check, the sibling of openai-compat.sh: starts `neosantara serve` on a free
# port and runs the official `anthropic` Python package (installed from PyPI into .venv-ci/) —
# messages.create, messages.stream, messages.count_tokens, models.list and an authentication error — and
# `curl -N` against its /anthropic/v1 routes; then stops the server with SIGINT. Fails on any error.
set -euo pipefail
cd "$(dirname "$0")/.."

venv=.venv-ci
if [ ! -x "$venv/bin/python" ]; then
    python3 -m venv "$venv"
fi
"$venv/bin/python" -m pip install --quiet --disable-pip-version-check anthropic

# The same build as `swift test`, so that after it nothing is rebuilt.
swift build --build-tests
binary="$(swift build --show-bin-path)/neosantara"

work_dir="$(mktemp -d)"
api_key="nsk_ci_$(date +%s)_$$"
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
    echo "anthropic-compat: FAILED: $*" >&2
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
anthropic_url="${base_url%/v1}/anthropic/v1"
echo "anthropic-compat: neosantara serve at $anthropic_url"

"$venv/bin/python" .ci/anthropic_compat.py "$base_url" "$api_key" || fail "the anthropic client check failed"

# curl -N with the headers Anthropic's clients send: named events, from message_start to message_stop.
stream="$(curl --silent --show-error --fail --no-buffer --max-time 10 "$anthropic_url/messages" \
    -H "x-api-key: $api_key" -H "anthropic-version: 2023-06-01" -H "Content-Type: application/json" \
    -d '{"model":"claude-sonnet-4-6","max_tokens":100,"stream":true,"messages":[{"role":"user","content":"Halo apa kabar?"}]}')" \
    || fail "curl -N could not stream"
names="$(printf '%s\n' "$stream" | grep '^event: ' | cut -d' ' -f2 | tr '\n' ' ')"
expected="message_start ping content_block_start content_block_delta content_block_delta content_block_delta "
expected+="content_block_delta content_block_stop ping message_delta message_stop "
[ "$names" = "$expected" ] || fail "curl -N got the events '$names', expected '$expected'"
echo "anthropic-compat: curl -N streamed $(printf '%s\n' "$stream" | grep -c '^event: ') events"

kill -INT "$server_pid"
status=0
wait "$server_pid" || status=$?
[ "$status" = 0 ] || fail "neosantara serve exited with status $status on SIGINT"
grep -q 'POST /anthropic/v1/messages 200' "$work_dir/stderr" || fail "no request log line on stderr"
if grep -q "$api_key" "$work_dir/stderr"; then fail "the server log contains the API key"; fi
echo "anthropic-compat: neosantara serve stopped cleanly on SIGINT"

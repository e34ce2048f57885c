#!/usr/bin/env bash
# OpenAI-client compatibility check: starts `neosantara serve` on a free port and runs the official `openai`
# Python package (installed from PyPI into .venv-ci/) and `curl -N` against it; then stops the server with
# SIGINT and checks that it exits cleanly. Fails on any error. The Python checks include files and batches.
set -euo pipefail
cd "$(dirname "$0")/.."

check=openai-compat
source .ci/serve-lib.sh
install_python_packages openai standardwebhooks
start_server
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

stop_server_cleanly 'POST /v1/chat/completions 200' 'POST /v1/batches 200'

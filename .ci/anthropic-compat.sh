#!/usr/bin/env bash
# Anthropic-client compatibility check, the sibling of openai-compat.sh: starts `neosantara serve` on a free
# port and runs the official `anthropic` Python package (installed from PyPI into .venv-ci/) —
# messages.create, messages.stream, messages.count_tokens, models.list and an authentication error — and
# `curl -N` against its /anthropic/v1 routes; then stops the server with SIGINT. Fails on any error.
set -euo pipefail
cd "$(dirname "$0")/.."

check=anthropic-compat
source .ci/serve-lib.sh
install_python_packages anthropic
start_server
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

stop_server_cleanly 'POST /anthropic/v1/messages 200'

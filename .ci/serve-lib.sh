# The parts openai-compat.sh and anthropic-compat.sh share, sourced by both after they set `check` (the name
# that prefixes their messages): the Python packages in .venv-ci/, `neosantara serve` on a free port with a
# fresh key, and its clean stop on SIGINT.

venv=.venv-ci

# Installs the named PyPI packages into .venv-ci/, creating it the first time.
install_python_packages() {
    if [ ! -x "$venv/bin/python" ]; then
        python3 -m venv "$venv"
    fi
    "$venv/bin/python" -m pip install --quiet --disable-pip-version-check "$@"
}

# Prints why the check failed and the server's log, then exits 1.
fail() {
    echo "$check: FAILED: $*" >&2
    echo "--- server log:" >&2
    cat "$work_dir/stderr" >&2
    exit 1
}

# Builds as `swift test` does (so that nothing is rebuilt), starts `neosantara serve --port 0` and waits for
# the base URL it prints. Sets binary, work_dir, api_key, server_pid and base_url; stops the server on exit.
start_server() {
    swift build --build-tests
    binary="$(swift build --show-bin-path)/neosantara"
    work_dir="$(mktemp -d)"
    api_key="nsk_ci_$(date +%s)_$$"
    : >"$work_dir/stdout"  # exists before the server starts, so the wait below never reads a missing file
    "$binary" serve --port 0 --api-key "$api_key" >"$work_dir/stdout" 2>"$work_dir/stderr" &
    server_pid=$!
    trap stop_server_on_exit EXIT

    base_url=""
    for _ in $(seq 1 100); do
        base_url="$(head -n 1 "$work_dir/stdout")"
        [ -n "$base_url" ] && break
        kill -0 "$server_pid" 2>/dev/null || fail "neosantara serve exited before printing its base URL"
        sleep 0.1
    done
    [ -n "$base_url" ] || fail "neosantara serve printed no base URL within 10 seconds"
}

stop_server_on_exit() {
    if kill -0 "$server_pid" 2>/dev/null; then
        kill -TERM "$server_pid" 2>/dev/null || true
        wait "$server_pid" 2>/dev/null || true
    fi
    rm -rf "$work_dir"
}

# Stops the server with SIGINT and checks that it exits 0, logged a line matching each argument, and never
# logged the key.
stop_server_cleanly() {
    kill -INT "$server_pid"
    local status=0
    wait "$server_pid" || status=$?
    [ "$status" = 0 ] || fail "neosantara serve exited with status $status on SIGINT"
    local line
    for line in "$@"; do
        grep -q "$line" "$work_dir/stderr" || fail "no '$line' line in the server log"
    done
    if grep -q "$api_key" "$work_dir/stderr"; then fail "the server log contains the API key"; fi
    echo "$check: neosantara serve stopped cleanly on SIGINT"
}

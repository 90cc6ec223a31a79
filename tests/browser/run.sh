#!/usr/bin/env bash
# Browser test of the web page: builds a temporary store from data/corpus/seeds, starts
# `jiandu serve` on a free local port, drives the page in headless Chromium
# (playwright-core, the system /usr/bin/chromium) and stops the server.
#
#   bash tests/browser/run.sh            # exit status 0 when every check passed
#
# Environment: CARGO_TARGET_DIR (where the release binary is built), JIANDU_BIN (use this
# binary instead of building), CHROMIUM (browser path), SCREENSHOT_DIR (save screenshots).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
export CHROMIUM="${CHROMIUM:-/usr/bin/chromium}"

if [ ! -x "$CHROMIUM" ]; then
  echo "run.sh: no Chromium at $CHROMIUM (apt-get install chromium, or set CHROMIUM)" >&2
  exit 1
fi

# npm dependencies (playwright-core only; it downloads no browser).
if [ ! -f "$here/node_modules/playwright-core/package.json" ] \
   || [ "$here/package-lock.json" -nt "$here/node_modules/.package-lock.json" ]; then
  (cd "$here" && npm ci --no-audit --no-fund --loglevel=error)
fi

# The binary.
if [ -z "${JIANDU_BIN:-}" ]; then
  (cd "$repo" && cargo build --release --quiet)
  JIANDU_BIN="${CARGO_TARGET_DIR:-$repo/target}/release/jiandu"
fi
[ -x "$JIANDU_BIN" ] || { echo "run.sh: no binary at $JIANDU_BIN" >&2; exit 1; }

work="$(mktemp -d)"
server_pid=""
cleanup() {
  if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
    kill -TERM "$server_pid" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 "$server_pid" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$server_pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

(cd "$repo" && "$JIANDU_BIN" --store "$work/store" build data/corpus/seeds) > "$work/build.log" 2>&1 || {
  cat "$work/build.log" >&2; echo "run.sh: building the store failed" >&2; exit 1; }

# Port 0: the kernel picks a free port; the server prints the one it got.
"$JIANDU_BIN" --store "$work/store" serve --bind 127.0.0.1:0 > "$work/serve.out" 2> "$work/serve.log" &
server_pid=$!
port=""
for _ in $(seq 1 300); do
  port="$(sed -n 's|.* on http://127\.0\.0\.1:\([0-9]*\)/.*|\1|p' "$work/serve.log" | head -n 1)"
  [ -n "$port" ] && break
  kill -0 "$server_pid" 2>/dev/null || { cat "$work/serve.log" >&2; echo "run.sh: the server exited" >&2; exit 1; }
  sleep 0.1
done
[ -n "$port" ] || { cat "$work/serve.log" >&2; echo "run.sh: the server did not start" >&2; exit 1; }
for _ in $(seq 1 100); do
  (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break
  sleep 0.1
done

status=0
JIANDU_URL="http://127.0.0.1:$port" node "$here/test.mjs" || status=$?
if [ "$status" -ne 0 ]; then
  echo "--- server log" >&2
  tail -n 50 "$work/serve.log" >&2
fi
exit "$status"

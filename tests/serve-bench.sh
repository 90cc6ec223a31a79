#!/usr/bin/env bash
# Load test of `jiandu serve` next to Oxigraph's own server, on loopback, same data, same
# queries: requests per second and p50/p99 latency with wrk, then jiandu's RSS before and
# after one more minute of load.
#
#   bash tests/serve-bench.sh                 # 30 s per run (about 4 minutes in all)
#   DURATION=10 SOAK=20 bash tests/serve-bench.sh
#   ROUNDS=3 bash tests/serve-bench.sh        # the comparison three times, servers alternating
#
# The machine may be shared: run several rounds and report them all. Next to req/s, each row
# gives the server's CPU time per request (user + system, from /proc), which other load on
# the machine disturbs much less than throughput.
#
# Needs: wrk (apt-get install -y wrk) and the `oxigraph` PyPI package, which ships the
# Oxigraph CLI/server binary (pip install oxigraph==0.5.13, the version jiandu links).
# Environment: JIANDU_BIN, OXIGRAPH_BIN, DURATION (s), SOAK (s), ROUNDS, THREADS, CONNECTIONS.
# Every request goes to 127.0.0.1 only; every run is bounded in time.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/.." && pwd)"
DURATION="${DURATION:-30}"
SOAK="${SOAK:-60}"
ROUNDS="${ROUNDS:-1}"
THREADS="${THREADS:-2}"
# jiandu answers 503 beyond --max-concurrent-queries (2 x cores by default): stay within.
CONNECTIONS="${CONNECTIONS:-4}"

command -v wrk >/dev/null || { echo "serve-bench: wrk is missing (apt-get install -y wrk)" >&2; exit 1; }
if [ -z "${OXIGRAPH_BIN:-}" ]; then
  OXIGRAPH_BIN="$(command -v oxigraph || true)"
fi
if [ -z "$OXIGRAPH_BIN" ]; then
  venv="${TMPDIR:-/tmp}/jiandu-bench-venv"
  [ -x "$venv/bin/oxigraph" ] || { python3 -m venv "$venv" && "$venv/bin/pip" install -q oxigraph==0.5.13; }
  OXIGRAPH_BIN="$venv/bin/oxigraph"
fi
if [ -z "${JIANDU_BIN:-}" ]; then
  (cd "$repo" && cargo build --release --quiet)
  JIANDU_BIN="${CARGO_TARGET_DIR:-$repo/target}/release/jiandu"
fi

work="$(mktemp -d)"
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill -TERM "$p" 2>/dev/null || true; done
  for p in "${pids[@]}"; do wait "$p" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'
}
wait_port() {
  for _ in $(seq 1 200); do
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null && return 0
    sleep 0.05
  done
  echo "serve-bench: nothing listens on port $1" >&2
  return 1
}

# Same data in both: the seeds (one named graph per article) plus the ontology graph.
(cd "$repo" && "$JIANDU_BIN" --store "$work/jiandu-store" build data/corpus/seeds) > /dev/null
(cd "$repo" && "$JIANDU_BIN" extract --format nquads data/corpus/seeds) > "$work/seeds.nq"
"$OXIGRAPH_BIN" load --location "$work/ox-store" --file "$work/seeds.nq" 2> /dev/null
"$OXIGRAPH_BIN" load --location "$work/ox-store" --file "$repo/ontology/jiandu.ttl" \
  --graph https://jiandu.dev/ontology 2> /dev/null

jport="$(free_port)"
"$JIANDU_BIN" --store "$work/jiandu-store" serve --bind "127.0.0.1:$jport" 2> "$work/jiandu-access.log" &
jpid=$!
pids+=("$jpid")
oport="$(free_port)"
"$OXIGRAPH_BIN" serve-read-only --location "$work/ox-store" --bind "127.0.0.1:$oport" \
  --union-default-graph > /dev/null 2>&1 &
opid=$!
pids+=("$opid")
wait_port "$jport"
wait_port "$oport"

urlencode() { python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.stdin.read(), safe=""))'; }
lookup='PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?label WHERE { <https://jiandu.dev/id/body/吉林省纪委监委驻省卫健委纪检监察组> rdfs:label ?label }'
# The body-totals named query with its default parameter, as the server binds it.
body_default="$(sed -n 's/^# param: body = \([^|]*\) |.*/\1/p' "$repo/queries/body-totals.rq" | sed 's/ *$//')"
totals="$(sed "s/{{body}}/$body_default/g" "$repo/queries/body-totals.rq")"
lookup_q="$(printf '%s' "$lookup" | urlencode)"
totals_q="$(printf '%s' "$totals" | urlencode)"

# Same answers from both servers?
for name in lookup totals; do
  q="${name}_q"
  a="$(curl -s -H 'Accept: text/csv' "http://127.0.0.1:$jport/sparql?query=${!q}" | tr -d '\r' | sort | md5sum)"
  b="$(curl -s -H 'Accept: text/csv' "http://127.0.0.1:$oport/query?query=${!q}" | tr -d '\r' | sort | md5sum)"
  rows="$(curl -s -H 'Accept: text/csv' "http://127.0.0.1:$jport/sparql?query=${!q}" | tail -n +2 | wc -l)"
  [ "$a" = "$b" ] && same=yes || same=NO
  echo "query $name: $rows rows, same CSV from both servers: $same"
  # An empty answer would time nothing but the parser.
  [ "$rows" -gt 0 ] || { echo "serve-bench: query $name answers no rows" >&2; exit 1; }
done

cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
run() { # server url label
  local out pid t0 t1
  [ "$1" = jiandu ] && pid="$jpid" || pid="$opid"
  t0="$(cpu_ticks "$pid")"
  out="$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --latency \
    -H 'Accept: application/sparql-results+json' "$2")"
  t1="$(cpu_ticks "$pid")"
  local rps p50 p99 errors n cpu
  rps="$(awk '/^Requests\/sec/ {print $2}' <<<"$out")"
  p50="$(awk '$1 == "50%" {print $2}' <<<"$out")"
  p99="$(awk '$1 == "99%" {print $2}' <<<"$out")"
  errors="$(awk '/Non-2xx/ {n += $NF} /Socket errors/ {n += 1} END {print n + 0}' <<<"$out")"
  n="$(awk '/requests in/ {print $1}' <<<"$out")"
  cpu="$(awk -v t="$((t1 - t0))" -v n="$n" -v hz="$(getconf CLK_TCK)" \
    'BEGIN {printf "%.1f", (n > 0) ? t * 1e6 / hz / n : 0}')"
  printf '| %5s | %-9s | %-24s | %10s | %8s | %8s | %6s | %8s |\n' \
    "$round" "$1" "$3" "$rps" "$p50" "$p99" "$errors" "$cpu"
}

echo
echo "wrk -t$THREADS -c$CONNECTIONS -d${DURATION}s --latency, loopback, $(nproc) cores"
echo
echo "| round | server    | query                    |      req/s |      p50 |      p99 | errors | CPU µs/req |"
echo "|------:|-----------|--------------------------|-----------:|---------:|---------:|-------:|-----------:|"
rss0="$(awk '/VmRSS/ {print $2}' "/proc/$jpid/status")"
for round in $(seq 1 "$ROUNDS"); do
  # Odd rounds start with jiandu, even ones with Oxigraph.
  order=(jiandu oxigraph)
  (( round % 2 )) || order=(oxigraph jiandu)
  for q in lookup totals; do
    label="lookup (1 row)"
    [ "$q" = totals ] && label="body-totals (aggregate)"
    qv="${q}_q"
    for server in "${order[@]}"; do
      if [ "$server" = jiandu ]; then
        run jiandu "http://127.0.0.1:$jport/sparql?query=${!qv}" "$label"
      else
        run oxigraph "http://127.0.0.1:$oport/query?query=${!qv}" "$label"
      fi
    done
  done
  run jiandu "http://127.0.0.1:$jport/queries/body-totals" "/queries/body-totals"
done

rss() { awk '/VmRSS/ {print $2}' "/proc/$1/status"; }
echo
before="$(rss "$jpid")"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"${SOAK}s" -H 'Accept: application/sparql-results+json' \
  "http://127.0.0.1:$jport/sparql?query=$totals_q" > /dev/null
after="$(rss "$jpid")"
echo "jiandu RSS at start: ${rss0} KiB; before a ${SOAK} s body-totals run: ${before} KiB, after: ${after} KiB"
echo "access log lines written: $(wc -l < "$work/jiandu-access.log")"

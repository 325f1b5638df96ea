#!/usr/bin/env bash
# Issue 14's load bench on one node (see bench/README.md "Load on one node", ADR 0037, figures in docs/performance.md).
# Builds the reactor to process-classes with the app on the class path (the Maven profile case-page-heap), starts the
# app on 127.0.0.1 against the national data (LoadBenchServer: embedded PostgreSQL on the data folder, the bench-only
# sign-in, the probe), runs the protocol-level load generator (LoadBench) for a bounded time, and stops the app and
# PostgreSQL cleanly. Every step is bounded: the server must be up within 15 minutes, the generator is killed after
# ramp + warm-up + measured time + 10 minutes, and the server gets 3 minutes to stop.
#   bench/run-load.sh [--data /work/bench-data] [--port 18095] [--caseworkers 250] [--provider-staff 50]
#                     [--ramp-seconds 60] [--warm-up-seconds 120] [--measure-seconds 600]
#                     [--think-min 5] [--think-max 15] [--no-build]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/java-env.sh

data=/work/bench-data; port=18095; caseworkers=250; providers=50; ramp=60; warm=120; measure=600
thinkMin=5; thinkMax=15; build=1
while [ $# -gt 0 ]; do
  case "$1" in
    --data) data=$2; shift 2 ;;
    --port) port=$2; shift 2 ;;
    --caseworkers) caseworkers=$2; shift 2 ;;
    --provider-staff) providers=$2; shift 2 ;;
    --ramp-seconds) ramp=$2; shift 2 ;;
    --warm-up-seconds) warm=$2; shift 2 ;;
    --measure-seconds) measure=$2; shift 2 ;;
    --think-min) thinkMin=$2; shift 2 ;;
    --think-max) thinkMax=$2; shift 2 ;;
    --no-build) build=0; shift ;;
    *) echo "Unknown option $1" >&2; exit 2 ;;
  esac
done

if [ "$build" = 1 ]; then
  ./mvnw -q -o -pl bench -am -Pcase-page-heap process-classes
fi
classpath="bench/target/classes:$(cat bench/target/case-page-heap.classpath)"
results="$PWD/bench/results"
mkdir -p "$results"
stamp=$(date -u +%Y%m%d-%H%M)
ready="$results/load-$stamp.ready"
users="$results/load-$stamp-users.txt"
log="$results/load-$stamp.server.log"
rm -f "$ready"

# The server: -Xmx fixed so that the heap's figures compare between runs.
# LOAD_SERVER_GC: the collector (default G1, the JVM's own default; e.g. -XX:+UseZGC).
# LOAD_SERVER_JAVA_OPTS: more options for the server's JVM (e.g. a flight recording).
# shellcheck disable=SC2086
"$JAVA_HOME/bin/java" -Xmx2g ${LOAD_SERVER_GC:--XX:+UseG1GC} ${LOAD_SERVER_JAVA_OPTS:-} -cp "$classpath" se.vardkedjan.bench.LoadBenchServer \
  --data "$data" --port "$port" --caseworkers "$caseworkers" --provider-staff "$providers" \
  --users-file "$users" --ready-file "$ready" ${LOAD_SERVER_ARGS:-} > "$log" 2>&1 &
server=$!
stop() {
  if kill -0 "$server" 2>/dev/null; then
    kill -TERM "$server" 2>/dev/null || true
    for _ in $(seq 1 180); do kill -0 "$server" 2>/dev/null || break; sleep 1; done
    if kill -0 "$server" 2>/dev/null; then
      echo "The server did not stop in 3 minutes; killing it (PostgreSQL then recovers at its next start)" >&2
      kill -KILL "$server" 2>/dev/null || true
    fi
  fi
  wait "$server" 2>/dev/null || true
}
trap stop EXIT INT TERM

for _ in $(seq 1 900); do
  [ -s "$ready" ] && break
  kill -0 "$server" 2>/dev/null || { echo "The server stopped; see $log" >&2; exit 1; }
  sleep 1
done
[ -s "$ready" ] || { echo "The server did not come up in 15 minutes; see $log" >&2; exit 1; }
cat "$ready"
base=$(sed -n 's/^base=//p' "$ready")
pid=$(sed -n 's/^pid=//p' "$ready")
postmaster=$(head -1 "$data/postmaster.pid")   # PostgreSQL's own process, for the report's CPU figures

timeout $((ramp + warm + measure + 600)) "$JAVA_HOME/bin/java" -Xmx1g -cp "$classpath" se.vardkedjan.bench.LoadBench \
  --base "$base" --server-pid "$pid" --postgres-pid "$postmaster" --users-file "$users" --caseworkers "$caseworkers" --provider-staff "$providers" \
  --ramp-seconds "$ramp" --warm-up-seconds "$warm" --measure-seconds "$measure" \
  --think-min "$thinkMin" --think-max "$thinkMax" --results "$results"

#!/usr/bin/env bash
# Retained heap per open case page session (see bench/README.md, results in docs/performance-heap.md).
# Builds the reactor to process-classes, starts the app with the bench-only sign-in (CasePageHeapSignIn) on 127.0.0.1,
# measures N browser sessions on the case page and on the case list with the session-heap tool, and stops the app.
#   bench/run-case-page-heap.sh [--n 50] [--data DIR] [--port 18085] [--pages LIST] [--serve] [-- session-heap options]
# --pages: a comma-separated choice of case-page (a decided case), case-page-history (one with 50 signed journal
# entries on its timeline), case-list, portal-start and portal-plan (the citizen portal as the demo client Erik
# Johansson); all five by default. Also portal-decisions, portal-journal, portal-sip, portal-log, portal-messages.
# --serve only starts the app (Ctrl-C stops it). SESSION_HEAP points at session-heap.mjs (its folder needs `npm ci`).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/java-env.sh

n=50; data="$PWD/.data/case-page-heap"; port=18085; serve=0; extra=(); pages=case-page,case-page-history,case-list,portal-start,portal-plan
while [ $# -gt 0 ]; do
  case "$1" in
    --n) n=$2; shift 2 ;;
    --data) data=$2; shift 2 ;;
    --port) port=$2; shift 2 ;;
    --pages) pages=$2; shift 2 ;;
    --serve) serve=1; shift ;;
    --) shift; extra=("$@"); break ;;
    *) echo "Unknown option $1" >&2; exit 2 ;;
  esac
done
tool=${SESSION_HEAP:-/work/shared/tools/session-heap/session-heap.mjs}

# process-classes, not install: Maven resolves the app and the modules to their target/classes in this worktree.
./mvnw -q -o -pl bench -am -Pcase-page-heap process-classes
results="$PWD/bench/results"
mkdir -p "$results" "$data"
stamp=$(date +%Y%m%d-%H%M)
ready="$results/case-page-heap-$stamp.ready"
rm -f "$ready"

# -Xmx fixed so that GC behaviour is comparable between runs (the tool's README).
"$JAVA_HOME/bin/java" -Xmx1g -cp "bench/target/classes:$(cat bench/target/case-page-heap.classpath)" \
  se.vardkedjan.bench.CasePageHeapBench --data "$data" --port "$port" --ready-file "$ready" \
  > "$results/case-page-heap-$stamp.app.log" 2>&1 &
app=$!
stop() { kill -TERM "$app" 2>/dev/null || true; wait "$app" 2>/dev/null || true; }
trap stop EXIT INT TERM

for _ in $(seq 1 600); do
  [ -s "$ready" ] && break
  kill -0 "$app" 2>/dev/null || { echo "The app stopped; see $results/case-page-heap-$stamp.app.log" >&2; exit 1; }
  sleep 1
done
[ -s "$ready" ] || { echo "The app did not come up in 10 minutes" >&2; exit 1; }
cat "$ready"
caseUrl=$(sed -n 's/^caseUrl=//p' "$ready")
historyCaseUrl=$(sed -n 's/^historyCaseUrl=//p' "$ready")
listUrl=$(sed -n 's/^listUrl=//p' "$ready")

if [ "$serve" = 1 ]; then
  echo "Serving (pid $app); Ctrl-C stops it."
  wait "$app"
  exit 0
fi

measure() { # label url selector
  node "$tool" --url "$2" --pid "$app" --n "$n" --selector "$3" --top 15 \
    --count-class 'se\.vardkedjan\..*View$' --label "$1" --json "$results/case-page-heap-$stamp-$1.json" \
    "${extra[@]}" | tee "$results/case-page-heap-$stamp-$1.txt"
}
for page in ${pages//,/ }; do
  case "$page" in
    case-page) measure case-page "$caseUrl" '#case-timeline' ;;
    case-page-history) measure case-page-history "$historyCaseUrl" '#case-timeline' ;;
    case-list) measure case-list "$listUrl" '#case-list' ;;
    portal-start) measure portal-start "${listUrl%arenden}portal" '#portal-next-step' ;;
    portal-plan) measure portal-plan "${listUrl%arenden}portal/min-plan" '#portal-plan-status' ;;
    portal-decisions) measure portal-decisions "${listUrl%arenden}portal/beslut" '#portal-decisions-heading' ;;
    portal-journal) measure portal-journal "${listUrl%arenden}portal/journal" '#portal-journal-heading' ;;
    portal-sip) measure portal-sip "${listUrl%arenden}portal/sip" '#portal-sip-heading' ;;
    portal-log) measure portal-log "${listUrl%arenden}portal/logg" '#portal-log-heading' ;;
    portal-messages) measure portal-messages "${listUrl%arenden}portal/meddelanden" '#portal-messages-heading' ;;
    *) echo "Unknown page $page" >&2; exit 2 ;;
  esac
done
echo "Results in $results/case-page-heap-$stamp-*"

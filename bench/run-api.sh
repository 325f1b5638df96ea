#!/usr/bin/env bash
# The REST API's throughput and latency against a bare Spring Boot endpoint, in the same run (see bench/README.md).
# Usage: bench/run-api.sh [--clients 8] [--requests 20000] [--seconds 60] [--warm-up 3000] [--data DIR]
# Builds the reactor to process-classes with the app on the class path (the Maven profile case-page-heap: the app and
# the modules from this worktree's target/classes, never a jar in the shared ~/.m2), then runs ApiThroughputBench.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/java-env.sh
./mvnw -q -o -pl bench -am -Pcase-page-heap process-classes
mkdir -p bench/results
exec "$JAVA_HOME/bin/java" -Xmx1g -cp "bench/target/classes:$(cat bench/target/case-page-heap.classpath)" \
  se.vardkedjan.bench.ApiThroughputBench "$@"

#!/usr/bin/env bash
# Case handling at national scale (see bench/README.md). Usage: bench/run-case-handling.sh [--persons N] [--samples N]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/java-env.sh
./mvnw -q -o install -DskipTests -pl bench -am 2>/dev/null || ./mvnw -q install -DskipTests -pl bench -am
classpath=$(./mvnw -q -o -pl bench dependency:build-classpath -Dmdep.outputFile=/dev/stdout)
exec "$JAVA_HOME/bin/java" -Xmx4g -cp "bench/target/classes:${classpath}" se.vardkedjan.bench.CaseHandlingBenchmark "$@"

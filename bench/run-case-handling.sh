#!/usr/bin/env bash
# Case handling at national scale (see bench/README.md).
# Usage: bench/run-case-handling.sh [--persons N] [--samples N] [--data DIR]
# Builds through the reactor of this worktree (package, never install: ~/.m2 may be shared with other checkouts) and
# runs the benchmark with the modules' freshly built jars on the class path.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/java-env.sh
./mvnw -q -o package dependency:build-classpath -DskipTests -pl bench -am \
  -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=runtime
classpath=$(cat bench/target/classpath.txt)
exec "$JAVA_HOME/bin/java" -Xmx4g -cp "bench/target/classes:${classpath}" se.vardkedjan.bench.CaseHandlingBenchmark "$@"

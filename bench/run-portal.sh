#!/usr/bin/env bash
# The citizen portal under load at national scale (see bench/README.md, results in docs/performance.md): 500 clients
# signed in at once, each opening portal pages with a think time, timed in-process through the facades.
# Usage: bench/run-portal.sh [--persons N] [--samples N] [--data DIR]
# Builds through the reactor of this worktree (package, never install: ~/.m2 may be shared with other checkouts) and
# runs the benchmark with the modules' freshly built jars on the class path. The data folder is the case-handling
# benchmark's (generated on its first run).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/java-env.sh
./mvnw -q package dependency:build-classpath -DskipTests -pl bench -am \
  -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=runtime
classpath=$(cat bench/target/classpath.txt)
exec "$JAVA_HOME/bin/java" -Xmx4g -cp "bench/target/classes:${classpath}" \
  se.vardkedjan.bench.PortalBenchmark "$@"

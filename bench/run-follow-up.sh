#!/usr/bin/env bash
# Group follow-up at national scale (see bench/README.md): the summaries' rebuild and each group view through the
# facade, side by side with hand-written SQL for the same figures.
# Usage: bench/run-follow-up.sh [--persons N] [--samples N] [--data DIR]   (samples default 10: the hand-written SQL
# reads the base tables and takes seconds a sample; one warm-up round)
# Builds through the reactor of this worktree (package, never install: ~/.m2 may be shared with other checkouts) and
# runs the benchmark with the modules' freshly built jars on the class path. The data folder is the case-handling
# benchmark's; provider contracts' data and follow-up's history are added to it when they are missing.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/java-env.sh
./mvnw -q package dependency:build-classpath -DskipTests -pl bench -am \
  -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=runtime
classpath=$(cat bench/target/classpath.txt)
exec "$JAVA_HOME/bin/java" -Xmx4g -cp "bench/target/classes:${classpath}" \
  se.vardkedjan.bench.FollowUpBenchmark --samples 10 "$@"

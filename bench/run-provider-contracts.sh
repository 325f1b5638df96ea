#!/usr/bin/env bash
# Provider contracts at national scale (see bench/README.md): the case page with the Uppdrag tab and a provider's reads.
# Usage: bench/run-provider-contracts.sh [--persons N] [--samples N] [--data DIR]
# Builds through the reactor of this worktree (package, never install: ~/.m2 may be shared with other checkouts) and
# runs the benchmark with the modules' freshly built jars on the class path. The data folder is the case-handling
# benchmark's; provider contracts' data is added to it when it has no assignment yet.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/java-env.sh
./mvnw -q -o package dependency:build-classpath -DskipTests -pl bench -am \
  -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=runtime
classpath=$(cat bench/target/classpath.txt)
exec "$JAVA_HOME/bin/java" -Xmx4g -cp "bench/target/classes:${classpath}" \
  se.vardkedjan.bench.ProviderContractsBenchmark "$@"

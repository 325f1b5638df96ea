#!/usr/bin/env bash
# Runs all of Vårdkedjan's tests: the fast ones (unit, module, modularity, architecture, Liquibase, browserless UI) with
# Surefire, then the slow ones against a real Keycloak and a real Chromium with Failsafe. Installs Debian's Chromium
# first when it is missing.
set -euo pipefail
cd "$(dirname "$0")"
source scripts/java-env.sh
scripts/ensure-chromium
./mvnw -B verify "$@"

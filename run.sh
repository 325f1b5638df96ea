#!/usr/bin/env bash
# Runs Vårdkedjan with demo data: builds it, starts an embedded PostgreSQL, Keycloak (with the demo realm) and the app,
# prints the URLs and demo logins, and stops everything on Ctrl-C. A second start reuses the data in .data/
# (delete that folder to start from scratch). Options: --no-build (use what was built last time).
set -euo pipefail
cd "$(dirname "$0")"
source scripts/java-env.sh

if [ "${1:-}" = "--no-build" ]; then
  shift
else
  echo "Building Vårdkedjan (Java: $JAVA_HOME) ..."
  ./mvnw -q -B package -DskipTests
fi

app_jar=$(ls app/target/vardkedjan-app-*.jar | grep -v -- '-plain' | head -n 1)
# The development tooling is not in the app's jar (ADR 0018): the launcher, the dev stack, the BankID simulator and the
# demo data come from dev/launcher, on Spring Boot's loader path.
launcher_jar=$(ls dev/launcher/target/vardkedjan-dev-launcher-*.jar 2>/dev/null | head -n 1 || true)
if [ -z "$launcher_jar" ] || [ ! -d dev/launcher/target/dev-stack ]; then
  echo "The run command's launcher is not built (dev/launcher/target); start ./run.sh without --no-build." >&2
  exit 1
fi
export VARDKEDJAN_KEYCLOAK_DIST="${VARDKEDJAN_KEYCLOAK_DIST:-$PWD/keycloak-realm/realm/target/keycloak-dist/keycloak-quarkus-dist.zip}"
export VARDKEDJAN_REALM_FILE="${VARDKEDJAN_REALM_FILE:-$PWD/keycloak-realm/realm/vardkedjan-realm.json}"
export VARDKEDJAN_BANKID_AUTHENTICATOR="${VARDKEDJAN_BANKID_AUTHENTICATOR:-$PWD/keycloak-realm/bankid-authenticator/target/vardkedjan-bankid-authenticator-0.1.0-SNAPSHOT.jar}"
export VARDKEDJAN_DATA_DIR="${VARDKEDJAN_DATA_DIR:-$PWD/.data}"

# The JVM runs in a session of its own, so that Ctrl-C in this terminal does not reach PostgreSQL and Keycloak directly
# (they would stop before the app); instead this script asks the launcher to stop, and it stops the app, then
# Keycloak, then PostgreSQL.
setsid "$JAVA_HOME/bin/java" \
  -Dloader.path="$launcher_jar,dev/launcher/target/dev-stack/" \
  -Dloader.main=se.vardkedjan.dev.launcher.DevStackLauncher \
  -cp "$app_jar" org.springframework.boot.loader.launch.PropertiesLauncher "$@" &
launcher=$!
stopping=0
trap 'stopping=1; kill -TERM "$launcher" 2>/dev/null' INT TERM HUP
status=0
wait "$launcher" || status=$?
# A trapped signal interrupts the first wait; wait again until the launcher has stopped everything.
while kill -0 "$launcher" 2>/dev/null; do wait "$launcher" || status=$?; done
# Stopped on request (the JVM reports SIGTERM as 143): that is a normal end.
if [ "$stopping" = 1 ] && [ "$status" = 143 ]; then status=0; fi
exit "$status"

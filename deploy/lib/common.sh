# shellcheck shell=bash disable=SC2034
# Shared by the deploy/ scripts (sourced, never run): where things are, which ports, and bounded helpers.
# Everything runs on loopback (127.0.0.1) on this one machine; the ports start at VK_PORT_BASE (default 24000) so that
# the topology does not clash with the run command (8080, 8180, 8190) or the tests (free ports).
set -euo pipefail

DEPLOY_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
REPO_DIR=$(cd "$DEPLOY_DIR/.." && pwd)
RUN_DIR=${VK_RUN_DIR:-$DEPLOY_DIR/.run}
SECRETS_DIR=$RUN_DIR/secrets
TLS_DIR=$RUN_DIR/tls
PID_DIR=$RUN_DIR/pids
LOG_DIR=$RUN_DIR/logs

PORT_BASE=${VK_PORT_BASE:-24000}
# etcd (one member: one machine; see docs/operations.md "Several servers")
ETCD_CLIENT_PORT=$((PORT_BASE + 379))
ETCD_PEER_PORT=$((PORT_BASE + 380))
# PostgreSQL under Patroni: pg1, pg2 (database port, Patroni REST port)
PG1_PORT=$((PORT_BASE + 432)); PG1_REST_PORT=$((PORT_BASE + 8))
PG2_PORT=$((PORT_BASE + 433)); PG2_REST_PORT=$((PORT_BASE + 9))
# Keycloak: kc1, kc2 (HTTP to HAProxy, management with /health, JGroups for Infinispan)
KC1_PORT=$((PORT_BASE + 180)); KC1_MANAGEMENT_PORT=$((PORT_BASE + 190))
KC2_PORT=$((PORT_BASE + 181)); KC2_MANAGEMENT_PORT=$((PORT_BASE + 191))
# JGroups' FD_SOCK2 listens on the bind port + 50000, so these stay below 15535.
KC1_JGROUPS_PORT=${VK_JGROUPS_PORT:-7810}
KC2_JGROUPS_PORT=$((KC1_JGROUPS_PORT + 1))
# The app: app1, app2 (HTTP to HAProxy, management with health and metrics)
APP1_PORT=$((PORT_BASE + 80)); APP1_MANAGEMENT_PORT=$((PORT_BASE + 90))
APP2_PORT=$((PORT_BASE + 81)); APP2_MANAGEMENT_PORT=$((PORT_BASE + 91))
# HAProxy: the public https frontends, the PostgreSQL primary endpoint, the stats page
APP_HTTPS_PORT=$((PORT_BASE + 443))
KC_HTTPS_PORT=$((PORT_BASE + 543))
PG_PRIMARY_PORT=$((PORT_BASE + 500))
HAPROXY_STATS_PORT=$((PORT_BASE + 404))
HAPROXY_SOCKET=$RUN_DIR/haproxy/admin.sock
# pgBackRest's configuration of the topology (the repository is under the working folder; ADR 0035's amendment)
PGBACKREST_CONF=$RUN_DIR/pgbackrest/pgbackrest.conf
# HAProxy and etcd run as these unprivileged OS users (Debian's packages create them), PostgreSQL as postgres.
HAPROXY_USER=${VK_HAPROXY_USER:-haproxy}
ETCD_USER=${VK_ETCD_USER:-etcd}
# The app nodes and the Keycloak nodes run as these unprivileged OS users, which deploy/up creates (system users with
# no shell and no home): a hole in either reaches neither the database's files, nor the secrets, nor the other.
APP_USER=${VK_APP_USER:-vardkedjan}
KEYCLOAK_USER=${VK_KEYCLOAK_USER:-keycloak}
# "$AS_USER" USER COMMAND...: COMMAND as that user (setpriv), also as start_process's command.
AS_USER=$DEPLOY_DIR/lib/as-user

APP_URL="https://127.0.0.1:$APP_HTTPS_PORT"
KEYCLOAK_URL="https://127.0.0.1:$KC_HTTPS_PORT"
REALM=vardkedjan
ISSUER_URI="$KEYCLOAK_URL/realms/$REALM"

PG_BIN=${VK_PG_BIN:-/usr/lib/postgresql/15/bin}
MEMBERS=(etcd pg1 pg2 haproxy kc1 kc2 app1 app2)

# The scripts install packages, run PostgreSQL as the postgres OS user and read its files: they run as root.
require_root() { [ "$(id -u)" = 0 ] || { echo "deploy/: run as root (apt-get, and PostgreSQL runs as the postgres user)" >&2; exit 1; }; }

log() { printf '%s [deploy] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

# The value of KEY in a KEY=VALUE file.
setting() { sed -n "s/^$2=//p" "$1" | head -n 1; }
secret() { setting "$SECRETS_DIR/secrets.env" "$1"; }

is_member() {
  local m
  for m in "${MEMBERS[@]}"; do [ "$m" = "$1" ] && return 0; done
  return 1
}

# wait_until SECONDS DESCRIPTION COMMAND...: runs COMMAND every second until it succeeds; fails after SECONDS.
wait_until() {
  local timeout=$1 what=$2; shift 2
  local deadline=$((SECONDS + timeout))
  until "$@" >/dev/null 2>&1; do
    # WAIT_FOR_MEMBER: give up at once when that member's process has ended.
    if [ -n "${WAIT_FOR_MEMBER:-}" ] && ! member_pid "$WAIT_FOR_MEMBER" >/dev/null; then
      log "gave up waiting for $what: $WAIT_FOR_MEMBER is not running"
      return 1
    fi
    if [ "$SECONDS" -ge "$deadline" ]; then
      log "gave up waiting for $what after ${timeout}s"
      return 1
    fi
    sleep 1
  done
}

# ensure_system_user NAME: a system user and group NAME (no shell, no home) unless there is one.
ensure_system_user() {
  getent passwd "$1" >/dev/null && return 0
  log "creating the system user $1"
  useradd --system --user-group --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin "$1"
}

http_ok() { curl -fsS -o /dev/null --max-time 3 "$@"; }

pid_file() { echo "$PID_DIR/$1.pid"; }

# The member's process id (its process group leader, see start_process) if it runs.
member_pid() {
  local file pid
  file=$(pid_file "$1")
  [ -f "$file" ] || return 1
  pid=$(cat "$file")
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null && echo "$pid"
}

# start_process MEMBER LOGFILE COMMAND...: starts COMMAND in a session (and process group) of its own, in the
# background, and records its pid. The command replaces the shell (exec), so the pid is the command's.
start_process() {
  local member=$1 logfile=$2; shift 2
  mkdir -p "$PID_DIR" "$(dirname "$logfile")"
  setsid "$@" >>"$logfile" 2>&1 </dev/null &
  echo $! >"$(pid_file "$member")"
}

# stop_process MEMBER [SECONDS]: SIGTERM to the member's process group, SIGKILL when it has not ended in SECONDS.
stop_process() {
  local member=$1 timeout=${2:-30} pid
  pid=$(member_pid "$member") || { rm -f "$(pid_file "$member")"; return 0; }
  kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
  if ! wait_until "$timeout" "$member to stop" bash -c "! kill -0 $pid 2>/dev/null"; then
    log "$member did not stop within ${timeout}s: killing it"
    kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true
  fi
  rm -f "$(pid_file "$member")"
}

# kill_process MEMBER: SIGKILL to the member's process group at once (a crash).
kill_process() {
  local member=$1 pid
  pid=$(member_pid "$member") || return 0
  kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true
  wait_until 10 "$member to die" bash -c "! kill -0 $pid 2>/dev/null" || true
}

haproxy_cmd() {
  [ -S "$HAPROXY_SOCKET" ] || return 1
  printf '%s\n' "$1" | socat -t 5 stdio "unix-connect:$HAPROXY_SOCKET"
}

java_home() {
  # shellcheck source=/dev/null
  (source "$REPO_DIR/scripts/java-env.sh" >/dev/null && echo "$JAVA_HOME")
}

# shellcheck shell=bash
# Start, stop, kill and check single members of the topology. Sourced after common.sh.

pg_rest_port() { if [ "$1" = pg1 ]; then echo "$PG1_REST_PORT"; else echo "$PG2_REST_PORT"; fi; }
pg_port() { if [ "$1" = pg1 ]; then echo "$PG1_PORT"; else echo "$PG2_PORT"; fi; }
kc_port() { if [ "$1" = kc1 ]; then echo "$KC1_PORT"; else echo "$KC2_PORT"; fi; }
kc_management_port() { if [ "$1" = kc1 ]; then echo "$KC1_MANAGEMENT_PORT"; else echo "$KC2_MANAGEMENT_PORT"; fi; }
kc_jgroups_port() { if [ "$1" = kc1 ]; then echo "$KC1_JGROUPS_PORT"; else echo "$KC2_JGROUPS_PORT"; fi; }
app_port() { if [ "$1" = app1 ]; then echo "$APP1_PORT"; else echo "$APP2_PORT"; fi; }
app_management_port() { if [ "$1" = app1 ]; then echo "$APP1_MANAGEMENT_PORT"; else echo "$APP2_MANAGEMENT_PORT"; fi; }

# Is the member healthy: up and ready for its clients?
member_healthy() {
  case "$1" in
    etcd) curl -fsS --max-time 3 "http://127.0.0.1:$ETCD_CLIENT_PORT/health" | grep -q '"health":"true"' ;;
    pg1|pg2) http_ok "http://127.0.0.1:$(pg_rest_port "$1")/health" ;;
    haproxy) haproxy_cmd "show info" | grep -q '^Pid:' ;;
    # Alive and serving the realm (what HAProxy checks); Keycloak's own readiness is in deploy/status (ADR 0034).
    kc1|kc2) http_ok "http://127.0.0.1:$(kc_management_port "$1")/health/live" \
      && http_ok -H "Host: 127.0.0.1:$KC_HTTPS_PORT" "http://127.0.0.1:$(kc_port "$1")/realms/$REALM/.well-known/openid-configuration" ;;
    app1|app2) http_ok "http://127.0.0.1:$(app_management_port "$1")/actuator/health/readiness" ;;
    *) return 1 ;;
  esac
}

# How long a member may take to become healthy after its start (seconds); the machine has 2 shared cores.
member_start_timeout() {
  case "$1" in
    etcd|haproxy) echo 30 ;;
    pg1|pg2) echo 120 ;;
    kc1|kc2) echo "${VK_KEYCLOAK_START_TIMEOUT:-300}" ;;
    app1|app2) echo "${VK_APP_START_TIMEOUT:-300}" ;;
  esac
}

wait_member() {
  local member=$1 timeout=${2:-$(member_start_timeout "$1")}
  WAIT_FOR_MEMBER=$member wait_until "$timeout" "$member to be healthy" member_healthy "$member"
}

start_member() {
  local member=$1
  is_member "$member" || die "no member $member (members: ${MEMBERS[*]})"
  if member_pid "$member" >/dev/null; then
    log "$member already runs (pid $(member_pid "$member"))"
    return 0
  fi
  log "starting $member"
  case "$member" in
    etcd) start_etcd ;;
    pg1|pg2) start_pg "$member" ;;
    haproxy) start_haproxy ;;
    kc1|kc2) start_keycloak "$member" ;;
    app1|app2) start_app "$member" ;;
  esac
}

stop_member() {
  local member=$1
  is_member "$member" || die "no member $member (members: ${MEMBERS[*]})"
  log "stopping $member"
  case "$member" in
    pg1|pg2) stop_process "$member" 60; kill_postmaster "$member" ;;  # Patroni stops its PostgreSQL itself
    kc1|kc2|app1|app2) stop_process "$member" 40 ;;
    *) stop_process "$member" 20 ;;
  esac
}

# A crash: SIGKILL, no shutdown. For a PostgreSQL node both Patroni and its postmaster (which Patroni runs in a
# session of its own), as when the server dies.
kill_member() {
  local member=$1
  is_member "$member" || die "no member $member (members: ${MEMBERS[*]})"
  log "killing $member (SIGKILL)"
  kill_process "$member"
  case "$member" in pg1|pg2) kill_postmaster "$member" KILL ;; esac
  rm -f "$(pid_file "$member")"
}

kill_postmaster() {
  local member=$1 signal=${2:-KILL} pidfile pid
  pidfile=$RUN_DIR/pg/$member/data/postmaster.pid
  [ -f "$pidfile" ] || return 0
  pid=$(head -n 1 "$pidfile")
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null && [ "$(ps -o comm= -p "$pid")" = postgres ]; then
    kill "-$signal" "$pid" 2>/dev/null || true
    wait_until 20 "the postmaster of $member to end" bash -c "! kill -0 $pid 2>/dev/null" || true
  fi
}

start_etcd() {
  # As the unprivileged $ETCD_USER, which owns its data (also a folder an older version made as root).
  install -d -o "$ETCD_USER" -g "$ETCD_USER" -m 700 "$RUN_DIR/etcd"
  chown -R "$ETCD_USER:$ETCD_USER" "$RUN_DIR/etcd"
  start_process etcd "$LOG_DIR/etcd.log" \
    "$AS_USER" "$ETCD_USER" env -i PATH=/usr/bin:/bin LANG=C.UTF-8 \
    etcd --name etcd1 --data-dir "$RUN_DIR/etcd/data" \
    --listen-client-urls "http://127.0.0.1:$ETCD_CLIENT_PORT" \
    --advertise-client-urls "http://127.0.0.1:$ETCD_CLIENT_PORT" \
    --listen-peer-urls "http://127.0.0.1:$ETCD_PEER_PORT" \
    --initial-advertise-peer-urls "http://127.0.0.1:$ETCD_PEER_PORT" \
    --initial-cluster "etcd1=http://127.0.0.1:$ETCD_PEER_PORT" \
    --initial-cluster-token vardkedjan-topology --initial-cluster-state new
}

start_pg() {
  local member=$1
  # Debian's PostgreSQL refuses to run as root: Patroni (and so PostgreSQL) runs as the postgres OS user.
  touch "$LOG_DIR/$member.log"; chown postgres "$LOG_DIR/$member.log"
  start_process "$member" "$LOG_DIR/$member.log" \
    "$AS_USER" postgres \
    env -i PATH=/usr/bin:/bin HOME=/var/lib/postgresql LANG=C.UTF-8 \
    patroni "$RUN_DIR/pg/$member/patroni.yml"
}

start_haproxy() {
  # As the unprivileged $HAPROXY_USER (its ports are above 1024), master and worker alike; prepare_haproxy gave it its
  # folder and key.
  "$AS_USER" "$HAPROXY_USER" haproxy -c -q -f "$RUN_DIR/haproxy/haproxy.cfg" \
    || die "HAProxy's configuration does not check"
  start_process haproxy "$LOG_DIR/haproxy.log" "$AS_USER" "$HAPROXY_USER" haproxy -W -db -f "$RUN_DIR/haproxy/haproxy.cfg"
}

start_keycloak() {
  local member=$1 home import=()
  home=$RUN_DIR/keycloak/$member
  [ -x "$home/bin/kc.sh" ] || die "Keycloak is not installed in $home (run deploy/up)"
  # The first node imports the topology's realm when the database lacks it; the second finds it there. Failed logins
  # (LOGIN_ERROR events) are logged at DEBUG, not WARN: the event's line holds the username as typed, which may be a
  # personal identity number or a name (deploy/log-check); the realm's event store keeps them (eventsEnabled).
  [ "$member" = kc1 ] && import=(--import-realm)
  # As the unprivileged $KEYCLOAK_USER, which owns the node's folder (prepare_keycloak).
  start_process "$member" "$LOG_DIR/$member.log" \
    "$AS_USER" "$KEYCLOAK_USER" \
    env -i -C "$home" PATH=/usr/bin:/bin HOME="$home" LANG=C.UTF-8 JAVA_HOME="$(java_home)" \
    JAVA_OPTS_KC_HEAP="-Xms64m -Xmx${VK_KEYCLOAK_HEAP:-640m}" \
    KC_DB_PASSWORD="$(secret KC_DB_PASSWORD)" \
    KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD="$(secret KC_ADMIN_PASSWORD)" \
    VARDKEDJAN_APP_URL="$APP_URL" \
    "$home/bin/kc.sh" start --optimized \
    --db-url="jdbc:postgresql://127.0.0.1:$PG_PRIMARY_PORT/keycloak?connectTimeout=5" --db-username=keycloak \
    --hostname="$KEYCLOAK_URL" --proxy-headers=xforwarded --proxy-trusted-addresses=127.0.0.1 \
    --http-enabled=true --http-host=127.0.0.1 --http-port="$(kc_port "$member")" \
    --http-management-port="$(kc_management_port "$member")" \
    --cache=ispn --cache-stack=jdbc-ping \
    --cache-embedded-network-bind-address=127.0.0.1 \
    --cache-embedded-network-bind-port="$(kc_jgroups_port "$member")" \
    --truststore-paths="$TLS_DIR/ca.pem" \
    --spi-events-listener--jboss-logging--error-level=debug "${import[@]}"
}

start_app() {
  local member=$1 jar vars
  jar=$(app_jar)
  # As the unprivileged $APP_USER, in the node's own folder; root reads the settings (0600) and hands them over.
  "$AS_USER" "$APP_USER" test -r "$jar" \
    || die "$APP_USER cannot read the app's jar $jar (every folder above it must let others in)"
  mapfile -t vars < <(grep -Ev '^(#|$)' "$RUN_DIR/app/$member.env")
  start_process "$member" "$LOG_DIR/$member.log" \
    "$AS_USER" "$APP_USER" env -i -C "$RUN_DIR/app/$member" PATH=/usr/bin:/bin HOME="$RUN_DIR/app/$member" LANG=C.UTF-8 \
    "${vars[@]}" \
    "$(java_home)/bin/java" -Xms128m "-Xmx${VK_APP_HEAP:-640m}" -XX:+ExitOnOutOfMemoryError \
    -Djavax.net.ssl.trustStore="$TLS_DIR/truststore.p12" -Djavax.net.ssl.trustStoreType=PKCS12 \
    -jar "$jar"
}

app_jar() {
  local jar
  if [ -n "${VK_APP_JAR:-}" ]; then
    [ -f "$VK_APP_JAR" ] || die "no jar at VK_APP_JAR=$VK_APP_JAR"
    echo "$VK_APP_JAR"
    return 0
  fi
  jar=$(find "$REPO_DIR/app/target" -maxdepth 1 -name 'vardkedjan-app-*.jar' ! -name '*-plain.jar' 2>/dev/null | head -n 1)
  [ -n "$jar" ] || die "the app's jar is not built (app/target/vardkedjan-app-*.jar): run deploy/install"
  echo "$jar"
}

# Patroni's view of the cluster: one line per member, "name role state lag".
pg_cluster() {
  local port
  for port in "$PG1_REST_PORT" "$PG2_REST_PORT"; do
    if curl -fsS --max-time 3 "http://127.0.0.1:$port/cluster" 2>/dev/null \
        | jq -r '.members[] | "\(.name) \(.role) \(.state) \(.lag // 0)"'; then
      return 0
    fi
  done
  return 1
}

pg_leader() { pg_cluster | awk '$2 == "leader" { print $1 }'; }

# One leader and one synchronous standby that streams from it.
pg_leader_and_sync_standby() {
  local cluster
  cluster=$(pg_cluster) || return 1
  # Patroni 3.0 says "running" of a standby, later versions "streaming".
  [ "$(grep -c ' leader running' <<<"$cluster")" = 1 ] && grep -Eq ' sync_standby (running|streaming)' <<<"$cluster"
}

pg_has_leader() { [ -n "$(pg_leader)" ]; }

# The primary answers through HAProxy's endpoint and is not in recovery.
pg_primary_answers() {
  [ "$(PGPASSWORD=$(secret PG_SUPERUSER_PASSWORD) psql -X -qAt -h 127.0.0.1 -p "$PG_PRIMARY_PORT" -U postgres \
    -d postgres -c 'select pg_is_in_recovery()' 2>/dev/null)" = f ]
}

# HAProxy's state of one of its servers (UP, DOWN, MAINT, DRAIN, "UP 1/2", ...).
haproxy_server_state() {
  haproxy_cmd "show stat" | awk -F, -v b="$1" -v s="$2" '$1 == b && $2 == s { print $18 }'
}

haproxy_server_up() { [ "$(haproxy_server_state "$1" "$2")" = UP ]; }

# HAProxy sends traffic to every app and Keycloak node and to one PostgreSQL node.
haproxy_all_up() {
  haproxy_server_up app app1 && haproxy_server_up app app2 \
    && haproxy_server_up keycloak kc1 && haproxy_server_up keycloak kc2 \
    && { haproxy_server_up postgres_primary pg1 || haproxy_server_up postgres_primary pg2; }
}

#!/usr/bin/env bash
# Brings the Promise stack up and down without Docker: PostgreSQL, Keycloak, the API and the web client.
#
#   scripts/stack.sh up   [run|test]   install what is missing, start what is not running, wait until ready
#   scripts/stack.sh down [run|test]   stop exactly the processes this script started (by their recorded pids)
#   scripts/stack.sh db   [run|test]   start PostgreSQL only (the backend's @QuarkusTest suites need nothing else)
#   scripts/stack.sh api  bench        PostgreSQL and the API only, for `make bench` (tokens are checked against
#                                      the key in QUARKUS_OIDC_PUBLIC_KEY instead of Keycloak's)
#   scripts/stack.sh api  replicas     the same for one of several instances of the API on one database (scripts/
#                                      replicas.sh): PROMISE_API_INSTANCE names it, PROMISE_REPLICAS_API_PORT places it
#   scripts/stack.sh backup  [run|test] [dir]   dump Promise's and Keycloak's databases and export the realm
#   scripts/stack.sh restore [run|test] dir     stop the API and Keycloak and put both databases back as dumped
#   scripts/stack.sh checksum [run|test]        each table's rows and a digest of them, to compare two copies
#   scripts/stack.sh stop-db|stop-keycloak [run|test]   stop that part only, the rest running (the fault suite)
#   scripts/stack.sh start-db [run|test]        start the PostgreSQL cluster that stop-db stopped, its data kept
#   scripts/stack.sh stop-api [profile]         stop the API only (`make bench` times its start to ready)
#   scripts/stack.sh aot-cache [profile]        make the API's AOT cache now if it is missing or stale (on JDK 25+),
#                                               so that a later start starts from it at once
#   scripts/stack.sh psql [profile] [args]      psql as the cluster's superuser on the profile's database (`make
#                                               bench` logs the API's statements to replay them with pgbench)
#
# The "run" profile keeps its data between runs; the "test" profile uses other ports and starts from an empty
# database cluster every time, so `make test` never touches the data of `make run`.
# Every setting can be overridden from the environment; PROMISE_DB_URL or PROMISE_KEYCLOAK_URL point the API at an
# external PostgreSQL or Keycloak, and then that server is not started here.
set -euo pipefail

ACTION=${1:-up}
PROFILE=${2:-run}
LOG_TAG="promise $PROFILE"
# shellcheck source=scripts/lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
ROOT=$PROMISE_ROOT
KEYCLOAK_VERSION=${KEYCLOAK_VERSION:-26.5.6}

case "$PROFILE" in
  run)
    PG_PORT=$PROMISE_PG_PORT; KC_PORT=$PROMISE_KEYCLOAK_PORT; KC_MGMT_PORT=$PROMISE_KEYCLOAK_MGMT_PORT
    API_PORT=$PROMISE_API_PORT; WEB_PORT=$PROMISE_WEB_PORT; APP_DB=promise ;;
  test)
    PG_PORT=$PROMISE_TEST_PG_PORT; KC_PORT=$PROMISE_TEST_KEYCLOAK_PORT; KC_MGMT_PORT=$PROMISE_TEST_KEYCLOAK_MGMT_PORT
    API_PORT=$PROMISE_TEST_API_PORT; WEB_PORT=$PROMISE_TEST_WEB_PORT; APP_DB=promise_e2e ;;
  bench)
    PG_PORT=$PROMISE_BENCH_PG_PORT; KC_PORT=0; KC_MGMT_PORT=0
    API_PORT=$PROMISE_BENCH_API_PORT; WEB_PORT=0; APP_DB=promise_bench ;;
  replicas)
    PG_PORT=$PROMISE_REPLICAS_PG_PORT; KC_PORT=0; KC_MGMT_PORT=0
    API_PORT=${PROMISE_REPLICAS_API_PORT:-$PROMISE_REPLICA_A_PORT}; WEB_PORT=0; APP_DB=promise_replicas ;;
  *) die "unknown profile '$PROFILE' (run, test, bench or replicas)" ;;
esac
API_MGMT_PORT=$(api_management_port "$API_PORT")
# Which instance of the API this is: its pid and log are named after it, so that several run side by side.
API_INSTANCE=${PROMISE_API_INSTANCE:-backend}
# The web client's proxy (vite preview) says in X-Forwarded-For who called it; the API believes that only from the
# proxy's own address. The proxy connects from a loopback address of its own (127.0.0.2), so a local program that
# calls the API directly (from 127.0.0.1) is limited by its own address, whatever X-Forwarded-For it sends.
PROXY_SOURCE_ADDRESS=${PROMISE_PROXY_SOURCE_ADDRESS:-127.0.0.2}
if [ "$PROFILE" = bench ] || [ "$PROFILE" = replicas ]; then TRUSTED_PROXIES=${PROMISE_TRUSTED_PROXIES:-}; else TRUSTED_PROXIES=${PROMISE_TRUSTED_PROXIES-$PROXY_SOURCE_ADDRESS}; fi

RUN_DIR="$ROOT/.run/$PROFILE"
PID_DIR="$RUN_DIR/pids"
LOG_DIR="$RUN_DIR/logs"
# PostgreSQL will not run as root; it runs as `postgres`, which cannot enter a clone in a home directory only its
# owner can open (mode 700). So as root the cluster lives under that user's own home, one folder per checkout and
# profile; otherwise beside the rest of the run's files.
if [ "$(id -u)" = 0 ]; then
  PG_HOME=${PROMISE_PG_HOME:-$(getent passwd postgres | cut -d: -f6 | grep . || echo /var/lib/postgresql)/promise/$(printf %s "$ROOT" | sha256sum | cut -c1-12)/$PROFILE}
else
  PG_HOME=${PROMISE_PG_HOME:-$RUN_DIR}
fi
PG_DATA="$PG_HOME/pgdata"
PG_SOCKET_DIR="$PG_HOME/pgsocket"
PG_LOG="$PG_HOME/postgres.log"
KC_HOME="$RUN_DIR/keycloak-$KEYCLOAK_VERSION"
DB_USER=${PROMISE_DB_USER:-promise}
DB_PASSWORD=${PROMISE_DB_PASSWORD:-promise}
KC_DB_USER=keycloak
KC_DB_PASSWORD=${PROMISE_KEYCLOAK_DB_PASSWORD:-keycloak}
EXTERNAL_DB=${PROMISE_DB_URL:-}
EXTERNAL_KEYCLOAK=${PROMISE_KEYCLOAK_URL:-}
KEYCLOAK_URL=${EXTERNAL_KEYCLOAK:-http://localhost:$KC_PORT}
DB_URL=${EXTERNAL_DB:-jdbc:postgresql://localhost:$PG_PORT/$APP_DB}

# --- process bookkeeping: we only ever stop what we started ---------------------------------------------

record_pid() { mkdir -p "$PID_DIR"; echo "$2" > "$PID_DIR/$1.pid"; }
recorded_pid() { if [ -f "$PID_DIR/$1.pid" ]; then cat "$PID_DIR/$1.pid"; fi; }

# What each recorded process must be running, so that a pid reused after a reboot is never mistaken for ours.
process_signature() {
  case "$1" in
    postgres) echo "$PG_DATA" ;;
    keycloak) echo "kc.sh start --optimized --http-enabled=true --http-host=127.0.0.1 --http-port=$KC_PORT" ;;
    backend*) echo "quarkus-run.jar" ;;
    frontend) echo "--port $WEB_PORT" ;;
  esac
}

is_running() {
  local pid
  pid=$(recorded_pid "$1")
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null \
    && tr '\0' ' ' < "/proc/$pid/cmdline" 2>/dev/null | grep -qF -- "$(process_signature "$1")"
}

stop_recorded() {
  local name=$1 pid
  pid=$(recorded_pid "$name")
  if is_running "$name"; then
    log "stopping $name (pid $pid)"
    # Each was started with setsid, so its process group holds it and its children (Keycloak's JVM) and no more.
    kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    if kill -0 "$pid" 2>/dev/null; then kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true; fi
  fi
  rm -f "$PID_DIR/$name.pid"
}

# Waits for a server this script started; it stops waiting as soon as that server has exited.
wait_for_started() {
  local name=$1 url=$2 seconds=$3 pidname=$4
  wait_for_http "$name" "$url" "$seconds" "$(recorded_pid "$pidname")" "$LOG_DIR/$pidname.log"
}

# --- installation of what is missing ---------------------------------------------------------------------

# The feature version (17, 25) of the JDK whose home is $1.
java_feature_version() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 | awk -F' = ' '/java.specification.version/ {sub(/\..*/, "", $2); print $2}'
}

# The home of the newest JDK under /usr/lib/jvm whose version is at least $1, or nothing if none is.
newest_java_home() {
  local minimum=$1 candidate
  for candidate in $(find /usr/lib/jvm -mindepth 1 -maxdepth 1 2>/dev/null | sort -rV); do
    [ -x "$candidate/bin/java" ] || continue
    if [ "$(java_feature_version "$candidate")" -ge "$minimum" ] 2>/dev/null; then echo "$candidate"; return; fi
  done
}

# Keycloak 26 needs Java 21 or newer.
keycloak_java_home() {
  if [ -n "${KEYCLOAK_JAVA_HOME:-}" ]; then echo "$KEYCLOAK_JAVA_HOME"; return; fi
  newest_java_home 21 | grep . || die "Keycloak needs a JDK 21 or newer; set KEYCLOAK_JAVA_HOME"
}

keycloak_zip() {
  local zip="$CACHE_DIR/keycloak-quarkus-dist-$KEYCLOAK_VERSION.zip"
  if [ ! -s "$zip" ]; then
    log "downloading Keycloak $KEYCLOAK_VERSION from Maven Central (about 165 MB, once)"
    mkdir -p "$CACHE_DIR"
    "$ROOT/mvnw" -q -B -ntp dependency:copy -Dartifact="org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION:zip" \
      -DoutputDirectory="$CACHE_DIR" >&2
  fi
  echo "$zip"
}

# --- PostgreSQL --------------------------------------------------------------------------------------------

as_cluster_owner() {
  if is_root; then su postgres -s /bin/bash -c "$*"; else bash -c "$*"; fi
}

psql_admin() {
  "$PG_BIN/psql" -h "$PG_SOCKET_DIR" -p "$PG_PORT" -U postgres -v ON_ERROR_STOP=1 -qAt "$@"
}

ensure_role_and_db() {
  local role=$1 password=$2 db=$3
  if [ "$(psql_admin -d postgres -c "select 1 from pg_roles where rolname = '$role'")" != 1 ]; then
    psql_admin -d postgres -c "create role \"$role\" login password '$password'"
  fi
  if [ "$(psql_admin -d postgres -c "select 1 from pg_database where datname = '$db'")" != 1 ]; then
    psql_admin -d postgres -c "create database \"$db\" owner \"$role\""
  fi
}

# A test or benchmark run starts from a fresh cluster, unless it restarts the one it stopped (the fault suite).
start_postgres() {
  local keep_data=${1:-}
  PG_BIN=$(pg_bin_dir)
  if [ "$PROFILE" != run ] && [ -z "$keep_data" ] && ! is_running postgres; then
    rm -rf "$PG_DATA"
  fi
  mkdir -p "$RUN_DIR" "$LOG_DIR" "$PG_HOME" "$PG_SOCKET_DIR"
  if is_root; then chown postgres "$PG_HOME" "$PG_SOCKET_DIR"; fi
  chmod 700 "$PG_SOCKET_DIR"
  ln -sfn "$PG_LOG" "$LOG_DIR/postgres.log"
  if [ ! -f "$PG_DATA/PG_VERSION" ]; then
    log "creating a PostgreSQL cluster in ${PG_DATA#"$ROOT"/}"
    mkdir -p "$PG_DATA"
    if is_root; then chown postgres "$PG_DATA"; fi
    # Local socket connections are trusted, but the socket lives in a folder only the cluster's owner can open.
    as_cluster_owner "'$PG_BIN/initdb' -D '$PG_DATA' -U postgres -E UTF8 --no-locale --auth-local=trust --auth-host=scram-sha-256" >/dev/null
  fi
  if is_running postgres; then
    log "PostgreSQL already running on port $PG_PORT"
  else
    port_in_use "$PG_PORT" && die "port $PG_PORT is taken by another program; set PROMISE_PG_PORT"
    log "starting PostgreSQL on port $PG_PORT"
    as_cluster_owner "'$PG_BIN/pg_ctl' -D '$PG_DATA' -l '$PG_LOG' -w -t 60 \
      -o \"-p $PG_PORT -k '$PG_SOCKET_DIR' -c listen_addresses=127.0.0.1 -c max_connections=60\" start" >/dev/null
    record_pid postgres "$(head -n 1 "$PG_DATA/postmaster.pid")"
  fi
  ensure_role_and_db "$DB_USER" "$DB_PASSWORD" "$APP_DB"
  [ "$PROFILE" = test ] && ensure_role_and_db "$DB_USER" "$DB_PASSWORD" promise_test
  ensure_role_and_db "$KC_DB_USER" "$KC_DB_PASSWORD" keycloak
}

# --- Keycloak ------------------------------------------------------------------------------------------------

KEYCLOAK_BUILD_OPTIONS=(--db=postgres --health-enabled=true)
# Where Keycloak keeps its realm: the server and the realm export read it alike.
KC_DB_ENV=("KC_DB_URL=jdbc:postgresql://127.0.0.1:$PG_PORT/keycloak" "KC_DB_USERNAME=$KC_DB_USER" "KC_DB_PASSWORD=$KC_DB_PASSWORD")

start_keycloak() {
  if is_running keycloak; then log "Keycloak already running on port $KC_PORT"; return; fi
  port_in_use "$KC_PORT" && die "port $KC_PORT is taken by another program; set PROMISE_KEYCLOAK_PORT"
  local java_home zip
  java_home=$(keycloak_java_home)
  if [ ! -x "$KC_HOME/bin/kc.sh" ]; then
    ensure_commands unzip
    zip=$(keycloak_zip)
    log "unpacking Keycloak into ${KC_HOME#"$ROOT"/}"
    mkdir -p "$RUN_DIR"
    (cd "$RUN_DIR" && unzip -q -o "$zip")
  fi
  if [ "$(cat "$KC_HOME/.promise-build" 2>/dev/null)" != "${KEYCLOAK_BUILD_OPTIONS[*]}" ]; then
    log "building Keycloak once for PostgreSQL (about a minute)"
    JAVA_HOME="$java_home" "$KC_HOME/bin/kc.sh" build "${KEYCLOAK_BUILD_OPTIONS[@]}" > "$LOG_DIR/keycloak-build.log" 2>&1 \
      || { tail -n 30 "$LOG_DIR/keycloak-build.log" >&2; die "Keycloak build failed"; }
    echo "${KEYCLOAK_BUILD_OPTIONS[*]}" > "$KC_HOME/.promise-build"
  fi
  mkdir -p "$KC_HOME/data/import"
  cp "$ROOT/infra/keycloak/promise-realm.json" "$KC_HOME/data/import/"
  log "starting Keycloak on port $KC_PORT (the realm 'promise' is imported on first start)"
  (
    export JAVA_HOME="$java_home"
    export "${KC_DB_ENV[@]}"
    export KC_BOOTSTRAP_ADMIN_USERNAME=${KEYCLOAK_ADMIN_USER:-kcadmin} KC_BOOTSTRAP_ADMIN_PASSWORD=${KEYCLOAK_ADMIN_PASSWORD:-kcadmin}
    export JAVA_OPTS_KC_HEAP=${KEYCLOAK_HEAP:-"-Xms128m -Xmx768m"}
    cd "$KC_HOME"
    exec setsid bin/kc.sh start --optimized --http-enabled=true --http-host=127.0.0.1 --http-port="$KC_PORT" \
      --http-management-port="$KC_MGMT_PORT" --hostname-strict=false --cache=local --import-realm \
      > "$LOG_DIR/keycloak.log" 2>&1
  ) &
  record_pid keycloak $!
}

wait_for_keycloak() {
  wait_for_started Keycloak "http://127.0.0.1:$KC_MGMT_PORT/health/ready" 300 keycloak
  wait_for_started "the promise realm" "$KEYCLOAK_URL/realms/promise/.well-known/openid-configuration" 60 keycloak
  if [ "$PROFILE" = run ]; then import_realm_additions; fi
}

# make run keeps its realm, imported when the stack first started; the clients, users and roles the realm file has
# gained since (an update's new client, say) are imported into it now. What the realm already has stays as it is
# (ifResourceExists SKIP), people's changes included: a change to an existing client needs the realm imported afresh.
import_realm_additions() {
  ensure_commands jq python3
  local token
  token=$(curl -fsS -d client_id=admin-cli -d grant_type=password \
    --data-urlencode "username=${KEYCLOAK_ADMIN_USER:-kcadmin}" --data-urlencode "password=${KEYCLOAK_ADMIN_PASSWORD:-kcadmin}" \
    "$KEYCLOAK_URL/realms/master/protocol/openid-connect/token" | jq -r .access_token) \
    || { log "could not sign in to Keycloak's master realm: the realm file's additions were not imported"; return 0; }
  # Keycloak's start-up import replaces ${NAME} and ${NAME:default} from the environment; its Admin API does not.
  python3 -c '
import json, os, re, sys
text = re.sub(r"\$\{([A-Z][A-Z0-9_]*)(?::([^}]*))?\}",
              lambda m: json.dumps(os.environ.get(m[1], m[2] or ""))[1:-1], open(sys.argv[1]).read())
realm = json.loads(text)
print(json.dumps({"ifResourceExists": "SKIP", "roles": realm.get("roles", {}), "clients": realm.get("clients", []),
                  "users": realm.get("users", [])}))' "$ROOT/infra/keycloak/promise-realm.json" |
    curl -fsS -X POST -H "Authorization: Bearer $token" -H 'Content-Type: application/json' --data-binary @- \
      "$KEYCLOAK_URL/admin/realms/promise/partialImport" |
    jq -r '"the realm file: \(.added) additions imported, \(.skipped) already there"' | while read -r line; do log "$line"; done \
    || log "Keycloak refused the realm file's additions; the realm is as it was"
}

# --- the API and the web client ------------------------------------------------------------------------------

API_JAR=backend/target/quarkus-app/quarkus-run.jar
API_AOT_CACHE=backend/target/quarkus-app/app.aot
AOT_TRAINING_DB=promise_aot_training
# The Makefile builds the jar again only when a source of it changed.
build_backend() { make_up_to_date "$API_JAR"; }

# The JDK the API runs on (decision 50): the newest JDK 25 or later, which starts it from an AOT cache; without one,
# the `java` on the PATH (17 or later), without a cache.
api_java_home() {
  if [ -n "${PROMISE_API_JAVA_HOME:-}" ]; then echo "$PROMISE_API_JAVA_HOME"; return; fi
  newest_java_home 25
}

# Starts the API's JVM in the background with these JVM options (besides PROMISE_API_JAVA_OPTS) and records its pid.
launch_backend() {
  (
    export PROMISE_DB_URL="$DB_URL" PROMISE_DB_USER="$DB_USER" PROMISE_DB_PASSWORD="$DB_PASSWORD"
    export PROMISE_OIDC_URL="$KEYCLOAK_URL/realms/promise" QUARKUS_HTTP_PORT="$API_PORT"
    # Partner clients and accounts are made through Keycloak's Admin API as the realm's client promise-admin-api;
    # the benchmark's and the replicas' stacks have no Keycloak, and answer those operations 503.
    if [ "$KC_PORT" != 0 ] || [ -n "$EXTERNAL_KEYCLOAK" ]; then
      export PROMISE_KEYCLOAK_ADMIN_URL="$KEYCLOAK_URL" PROMISE_ADMIN_API_SECRET=${PROMISE_ADMIN_API_SECRET:-promise-admin-api-demo-secret}
    fi
    export PROMISE_MANAGEMENT_PORT="$API_MGMT_PORT" PROMISE_TRUSTED_PROXIES="$TRUSTED_PROXIES"
    # The stack shows the seed packs' figures unless told not to (`make bench` is).
    export PROMISE_DEMO_DATA=${PROMISE_DEMO_DATA:-true}
    # The parallel collector (decisions 51 and 55): on two processors and a heap of 512 MB, G1's concurrent threads
    # and write barriers cost the API a quarter of its throughput on a cached scorecard and doubled its p99; the
    # parallel collector runs no thread between its pauses, as the serial one, and copies with both processors during
    # them, which shortened the young pauses of new cards kept in the cache (docs/performance.md). Its full
    # collections still stop everything, so none is asked for by the JIT's code or the class metadata growing as the
    # API warms up (decision 52): the metadata's first threshold is above what the API loads, and code is unloaded at
    # a full collection the heap needs, or when the code cache runs low, not after every 36 MB compiled.
    # The young generation is fixed at 192 MB (decision 57): left to itself, the collector shrank it to about 36 MB
    # under light load, and collected every 85 ms; at one client, half the requests slower than 1 ms had a pause in
    # them. The initial heap holds it on a machine of any memory.
    # Word splitting is wanted: the variable holds several JVM options.
    # shellcheck disable=SC2086
    exec setsid "$API_JAVA" ${PROMISE_API_JAVA_OPTS:--Xms256m -Xmx512m -Xmn192m -XX:+UseParallelGC -XX:MetaspaceSize=64m -XX:SweeperThreshold=50} "$@" -jar "$ROOT/$API_JAR" > "$LOG_DIR/$API_INSTANCE.log" 2>&1
  ) &
  record_pid "$API_INSTANCE" $!
  lower_optimising_compiler_priority $! "$API_MGMT_PORT"
}

# The JIT's optimising compiler (C2) waits while the API starts (decisions 61, 63). On two processors it kept one of
# them busy for the whole start, compiling ahead from the AOT cache's profiles, while the main thread, whose work is
# the start, shared the other with C1. Where a thread can be taken back from SCHED_IDLE (the helper tries it on
# itself first), C2 runs only on a processor nothing else wants until the API is ready, and as any thread after:
# 1.77 to 2.44 s to ready (median 1.965) against 1.93 to 2.35 s (median 2.025) at nice 10, ten starts each
# (docs/performance.md). Left at SCHED_IDLE it would starve under load, so elsewhere it runs at nice 10 for the life
# of the process, which cannot be undone without that privilege. Only C2: C1 at a lower priority left the main
# thread longer in the interpreter (decision 57). In the background, so that a JVM without C2 (or not yet started)
# holds nothing up.
lower_optimising_compiler_priority() {
  local pid=$1 ready_port=$2
  (
    local c2='' task thread_name deadline stat
    local -a fields
    # The JVM makes its compiler threads before it runs any Java; two seconds is ample, and a JVM without C2 (or
    # with another compiler) is left after that.
    for ((tries = 0; tries < 200; tries++)); do
      kill -0 "$pid" 2>/dev/null || exit 0
      for task in /proc/"$pid"/task/*; do
        if { read -r thread_name < "$task/comm"; } 2>/dev/null && [[ $thread_name == "C2 Compiler"* ]]; then
          c2=${task##*/}
          break
        fi
      done
      [ -z "$c2" ] || break
      pause 0.01
    done
    [ -n "$c2" ] || exit 0
    # Whether a thread can be taken back from SCHED_IDLE here (CAP_SYS_NICE, or RLIMIT_NICE of 20), asked of the
    # kernel on this helper itself: a capability shown in a user namespace may not be one the kernel honours.
    if ! { chrt --idle -p 0 "$BASHPID" && chrt --other -p 0 "$BASHPID"; }; then
      renice -n 10 -p "$c2"
      exit 0
    fi
    chrt --idle -p 0 "$c2"
    # Until ready, or for at most five minutes (a first start migrates and loads the demo data), or until it exits.
    deadline=$((SECONDS + 300))
    while ((SECONDS < deadline)); do
      kill -0 "$pid" 2>/dev/null || exit 0
      http_ok "$ready_port" /q/health/ready && break
      pause 0.05
    done
    # Every thread of the JVM still at SCHED_IDLE goes back to SCHED_OTHER, at the nice 0 it kept: C2, and any
    # compiler thread C2 started meanwhile, which took its policy from it. The policy is field 41 of the thread's
    # stat, counted after its name's closing parenthesis (the name may hold spaces): SCHED_IDLE is 5. A JVM that has
    # exited has no task left to read.
    for task in /proc/"$pid"/task/*; do
      { read -r stat < "$task/stat"; } 2>/dev/null || continue
      read -r -a fields <<< "${stat##*) }"
      if [ "${fields[38]:-}" = 5 ]; then chrt --other -p 0 "${task##*/}" || true; fi
    done
  ) > /dev/null 2>&1 &
}

# The API's AOT cache (JEP 483, 514) for this jar and this JDK: the classes its start loads and links, already
# parsed, and its methods' profiles. A training start records them: the API started once with -XX:AOTCacheOutput,
# asked a few requests, and stopped; the JVM writes the cache as it exits. It trains on a scratch database of the
# profile's cluster, so that the profile's own database is first migrated by the real start (the replicas stage
# starts two instances at once on an empty one), or on the external database (PROMISE_DB_URL), which any start
# migrates. Made again when the jar or the JDK is newer than it; one instance trains at a time, and another then
# finds it made. A training that writes no cache leaves an empty file, so that the API starts without one rather
# than training at every start. $2...: the JVM options of the starts that will read it (a JVM whose options differ
# from its training's refuses it).
ensure_aot_cache() {
  local java_home=$1 cache="$ROOT/$API_AOT_CACHE" lock pid path training_db_url=$DB_URL
  aot_cache_current() { [ "$cache" -nt "$ROOT/$API_JAR" ] && [ "$cache" -nt "$java_home/lib/modules" ]; }
  drop_training_db() { [ -n "$EXTERNAL_DB" ] || psql_admin -d postgres -c "set client_min_messages = warning" -c "drop database if exists $AOT_TRAINING_DB with (force)"; }
  if aot_cache_current; then return; fi
  exec {lock}>"$cache.lock"
  flock "$lock"
  if ! aot_cache_current; then
    log "training the API's AOT cache for $(basename "$java_home"): one start and stop, once per build of the jar"
    if [ -z "$EXTERNAL_DB" ]; then
      PG_BIN=$(pg_bin_dir)
      drop_training_db
      ensure_role_and_db "$DB_USER" "$DB_PASSWORD" "$AOT_TRAINING_DB"
      training_db_url="jdbc:postgresql://localhost:$PG_PORT/$AOT_TRAINING_DB"
    fi
    rm -f "$cache" "$cache.new"
    DB_URL=$training_db_url launch_backend "${@:2}" -XX:AOTCacheOutput="$cache.new"
    wait_for_started "the API's training start" "http://127.0.0.1:$API_MGMT_PORT/q/health/ready" 180 "$API_INSTANCE"
    for path in /q/health/ready /q/metrics; do curl -s -o /dev/null "http://127.0.0.1:$API_MGMT_PORT$path" || true; done
    for path in /q/openapi /api/v1/me /api/v1/docs; do curl -s -o /dev/null "http://127.0.0.1:$API_PORT$path" || true; done
    pid=$(recorded_pid "$API_INSTANCE")
    kill -TERM "$pid"
    for _ in $(seq 1 600); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    rm -f "$PID_DIR/$API_INSTANCE.pid"
    mv "$LOG_DIR/$API_INSTANCE.log" "$LOG_DIR/$API_INSTANCE-aot-training.log"
    drop_training_db
    if [ -s "$cache.new" ]; then
      mv "$cache.new" "$cache"
    else
      log "the training start wrote no AOT cache (see $LOG_DIR/$API_INSTANCE-aot-training.log): the API starts without one"
      : > "$cache"
    fi
  fi
  flock -u "$lock"
  exec {lock}>&-
}

# The java that runs the API (API_JAVA) and its JVM options (API_JAVA_OPTIONS); on JDK 25 or later, with the AOT
# cache, made first if it is missing or stale.
prepare_backend() {
  local java_home
  build_backend
  java_home=$(api_java_home)
  API_JAVA=${java_home:+$java_home/bin/}java
  API_JAVA_OPTIONS=()
  if [ -n "$java_home" ] && [ "$(java_feature_version "$java_home")" -ge 25 ] 2>/dev/null; then
    # Netty's Brotli encoder loads its native library; JDK 25 warns of that unless native access is granted.
    API_JAVA_OPTIONS=(--enable-native-access=ALL-UNNAMED)
    ensure_aot_cache "$java_home" "${API_JAVA_OPTIONS[@]}"
    if [ -s "$ROOT/$API_AOT_CACHE" ]; then API_JAVA_OPTIONS+=(-XX:AOTCache="$ROOT/$API_AOT_CACHE"); fi
  fi
}

start_backend() {
  if is_running "$API_INSTANCE"; then log "API already running on port $API_PORT"; return; fi
  port_in_use "$API_PORT" && die "port $API_PORT is taken by another program; set PROMISE_API_PORT"
  port_in_use "$API_MGMT_PORT" && die "port $API_MGMT_PORT is taken by another program; set PROMISE_API_MANAGEMENT_PORT"
  prepare_backend
  log "starting the API on port $API_PORT (health and metrics on $API_MGMT_PORT)"
  # PROMISE_API_JAVA_AGENT: an agent for this start only, not the AOT cache's training (scripts/profile-start.sh).
  launch_backend "${API_JAVA_OPTIONS[@]}" ${PROMISE_API_JAVA_AGENT:+"$PROMISE_API_JAVA_AGENT"}
}

start_frontend() {
  if is_running frontend; then log "web client already running on port $WEB_PORT"; return; fi
  port_in_use "$WEB_PORT" && die "port $WEB_PORT is taken by another program; set PROMISE_WEB_PORT"
  log "serving the web client on port $WEB_PORT"
  (
    cd "$ROOT/frontend"
    # 127.0.0.1 rather than localhost: the API listens there only; it trusts the proxy by its source address.
    export PROMISE_API_URL="http://127.0.0.1:$API_PORT" PROMISE_KEYCLOAK_URL="$KEYCLOAK_URL"
    export PROMISE_PROXY_SOURCE_ADDRESS="$PROXY_SOURCE_ADDRESS"
    exec setsid node_modules/.bin/vite preview --host 127.0.0.1 --port "$WEB_PORT" --strictPort > "$LOG_DIR/frontend.log" 2>&1
  ) &
  record_pid frontend $!
}

# --- backups ------------------------------------------------------------------------------------------------

BACKED_UP_DATABASES=("$APP_DB" keycloak)

# A consistent copy of each database while everything runs (pg_dump reads one snapshot), and the realm as Keycloak
# exports it: the dumps are what `restore` puts back; the export is the realm in Keycloak's own portable form (users
# and their credentials included), for a Keycloak elsewhere or of another version.
backup() {
  local dir=${1:-$ROOT/.run/backups/$PROFILE-$(date -u +%Y%m%dT%H%M%SZ)} db java_home sums
  [ -n "$EXTERNAL_DB" ] && die "PROMISE_DB_URL points at another PostgreSQL: back it up with its own tools"
  is_running postgres || die "PostgreSQL is not running: start it with 'scripts/stack.sh db $PROFILE'"
  PG_BIN=$(pg_bin_dir)
  mkdir -p "$dir"
  for db in "${BACKED_UP_DATABASES[@]}"; do
    log "dumping the database $db"
    "$PG_BIN/pg_dump" -h "$PG_SOCKET_DIR" -p "$PG_PORT" -U postgres -Fc -d "$db" -f "$dir/$db.dump"
  done
  if [ -x "$KC_HOME/bin/kc.sh" ]; then
    log "exporting the realm 'promise' with its users"
    java_home=$(keycloak_java_home)
    # The export starts no HTTP listener and, with a local cache, joins no cluster, so it runs beside the server.
    (cd "$KC_HOME" && env JAVA_HOME="$java_home" "${KC_DB_ENV[@]}" bin/kc.sh export --optimized --cache=local --http-management-port=0 --realm promise --users same_file --file "$dir/promise-realm.json" \
      > "$LOG_DIR/keycloak-export.log" 2>&1) || { tail -n 20 "$LOG_DIR/keycloak-export.log" >&2; die "the realm export failed"; }
  fi
  sums=$(cd "$dir" && find . -maxdepth 1 -type f ! -name SHA256SUMS -printf '%f\n' | sort | xargs sha256sum)
  printf '%s\n' "$sums" > "$dir/SHA256SUMS"
  log "backup written to $dir"
}

restore() {
  local dir=${1:-} db owner
  if [ -z "$dir" ] || [ ! -f "$dir/SHA256SUMS" ]; then die "usage: scripts/stack.sh restore $PROFILE <backup folder> (one 'backup' wrote)"; fi
  (cd "$dir" && sha256sum --quiet -c SHA256SUMS) || die "the backup in $dir does not match its checksums"
  [ -n "$EXTERNAL_DB" ] && die "PROMISE_DB_URL points at another PostgreSQL: restore it with its own tools"
  # Nothing may write while the databases are replaced; both come back with the next 'up'.
  stop_recorded frontend
  stop_backends
  stop_recorded keycloak
  start_postgres
  for db in "${BACKED_UP_DATABASES[@]}"; do
    owner=$([ "$db" = keycloak ] && echo "$KC_DB_USER" || echo "$DB_USER")
    log "restoring the database $db"
    psql_admin -d postgres -c "drop database if exists \"$db\" with (force)"
    psql_admin -d postgres -c "create database \"$db\" owner \"$owner\""
    "$PG_BIN/pg_restore" -h "$PG_SOCKET_DIR" -p "$PG_PORT" -U postgres -d "$db" --no-owner --role="$owner" \
      --exit-on-error "$dir/$db.dump"
  done
  log "restored from $dir; start the rest with 'scripts/stack.sh up $PROFILE'"
}

# Each table of both databases: its name, its rows, and a digest of its rows in a fixed order.
checksum() {
  local db table
  PG_BIN=$(pg_bin_dir)
  for db in "${BACKED_UP_DATABASES[@]}"; do
    for table in $(psql_admin -d "$db" -c "select format('%I.%I', schemaname, tablename) from pg_tables
        where schemaname not in ('pg_catalog', 'information_schema') order by 1"); do
      printf '%s %s %s\n' "$db" "$table" "$(psql_admin -d "$db" -c "select count(*) || ' ' ||
          coalesce(md5(string_agg(row_digest, '' order by row_digest)), '-')
          from (select md5(t::text) as row_digest from $table t) rows")"
    done
  done
}

# --- commands ----------------------------------------------------------------------------------------------

up() {
  mkdir -p "$LOG_DIR"
  ensure_commands curl make
  [ -z "$EXTERNAL_DB" ] && start_postgres
  [ -z "$EXTERNAL_KEYCLOAK" ] && start_keycloak
  # Built while Keycloak starts; `make build` does nothing when no source changed.
  make_up_to_date build
  [ -z "$EXTERNAL_KEYCLOAK" ] && wait_for_keycloak
  start_backend
  start_frontend
  wait_for_started "the API" "http://127.0.0.1:$API_MGMT_PORT/q/health/ready" 120 "$API_INSTANCE"
  wait_for_started "the web client" "http://127.0.0.1:$WEB_PORT/" 60 frontend
}

# Every instance of the API this profile started.
stop_backends() {
  local pid_file
  for pid_file in "$PID_DIR"/backend*.pid; do
    if [ -f "$pid_file" ]; then stop_recorded "$(basename "$pid_file" .pid)"; fi
  done
}

stop_postgres() {
  if is_running postgres; then
    log "stopping PostgreSQL"
    as_cluster_owner "'$(pg_bin_dir)/pg_ctl' -D '$PG_DATA' -m fast -w stop" >/dev/null || stop_recorded postgres
  fi
  rm -f "$PID_DIR/postgres.pid"
}

down() {
  stop_recorded frontend
  stop_backends
  stop_recorded keycloak
  stop_postgres
}

case "$ACTION" in
  up) up ;;
  down) down ;;
  db) mkdir -p "$LOG_DIR"; start_postgres ;;
  # For the fault suite: one part stopped while the rest runs.
  stop-db) stop_postgres ;;
  start-db) mkdir -p "$LOG_DIR"; start_postgres keep-data ;;
  stop-keycloak) stop_recorded keycloak ;;
  stop-api) stop_recorded "$API_INSTANCE" ;;
  aot-cache) mkdir -p "$LOG_DIR"; if [ -z "$EXTERNAL_DB" ]; then start_postgres; fi; prepare_backend ;;
  psql) is_running postgres || die "PostgreSQL is not running"; PG_BIN=$(pg_bin_dir); psql_admin -d "$APP_DB" "${@:3}" ;;
  api)
    mkdir -p "$LOG_DIR"
    start_postgres
    start_backend
    wait_for_started "the API" "http://127.0.0.1:$API_MGMT_PORT/q/health/ready" 120 "$API_INSTANCE" ;;
  backup) mkdir -p "$LOG_DIR"; backup "${3:-}" ;;
  restore) mkdir -p "$LOG_DIR"; restore "${3:-}" ;;
  checksum) is_running postgres || die "PostgreSQL is not running"; checksum ;;
  *) echo "usage: $0 up|down|db|stop-db|start-db|stop-keycloak|stop-api|aot-cache|psql|api|backup|restore|checksum [run|test|bench|replicas]" >&2; exit 2 ;;
esac

#!/usr/bin/env bash
# Production-like local stack for the e-CMR Access Point:
#   PostgreSQL (the machine's cluster)  ->  Keycloak (realm "ecmr")  ->  Access Point (packaged fast-jar)
#
# Usage: scripts/stack.sh up|down|status      (runnable from any directory)
#        scripts/stack.sh up|down COMPONENT...  only postgres, keycloak and/or access-point (the
#                                               end-to-end suite stops Keycloak to see the Access Point cope)
#
#   up      starts what is not running yet and returns 0 once all components answer:
#             PostgreSQL  pg_isready on PG_HOST:PG_PORT, database PG_DB exists
#             Keycloak    http://localhost:KEYCLOAK_PORT/realms/ecmr/.well-known/openid-configuration -> 200
#             Access Pt.  http://localhost:AP_PORT/q/health/ready -> 200
#           On a timeout it prints the last 40 lines of the failing component's log and exits 1,
#           leaving what it started running (use "down" to clean up).
#   down    stops what "up" started (by PID: TERM, up to 20 s, then KILL); safe to call twice.
#   status  prints each component's state; exits 0 if everything expected is up, 3 otherwise.
#
# State, logs and the unpacked Keycloak live in target/stack/ (note: "mvn clean" deletes it; run
# "down" first). Keycloak is the "start-dev" server with its file-based H2 database in
# target/stack/keycloak-<version>/data/h2; src/main/keycloak/ecmr-realm.json is imported on first
# start. When that file changes, the next "up" resets Keycloak's dev database so the new realm is
# imported (start-dev --import-realm skips realms that already exist).
#
# Environment (all optional):
#   KEYCLOAK_VERSION   26.5.6      org.keycloak:keycloak-quarkus-dist:<version>:zip from Maven Central
#   KEYCLOAK_PORT      8180
#   KEYCLOAK_HOSTNAME  http://localhost:$KEYCLOAK_PORT   fixes the token issuer ("iss") whatever host
#                                  name a client uses to reach Keycloak
#   AP_PORT            8080        (default: $QUARKUS_HTTP_PORT if set)
#   PG_HOST 127.0.0.1  PG_PORT 5432  PG_USER postgres  PG_DB ecmr
#   MAVEN_REPO         $HOME/.m2/repository   cache for the Keycloak zip (downloaded once)
#   STACK_SKIP_APP=1   "up"/"status" leave the Access Point out (e.g. before it can be built);
#                      "down" still stops an Access Point that "up" started earlier.
#   KC_READY_TIMEOUT 180, AP_READY_TIMEOUT 60, PG_READY_TIMEOUT 30   (seconds)
#   KC_BOOTSTRAP_ADMIN_USERNAME / KC_BOOTSTRAP_ADMIN_PASSWORD   admin / admin (master realm admin)
#   Passed to the Access Point (defaults shown):
#     QUARKUS_DATASOURCE_JDBC_URL  jdbc:postgresql://localhost:$PG_PORT/$PG_DB
#     QUARKUS_DATASOURCE_USERNAME  postgres
#     QUARKUS_DATASOURCE_PASSWORD  postgres
#     QUARKUS_OIDC_AUTH_SERVER_URL http://localhost:$KEYCLOAK_PORT/realms/ecmr
#     QUARKUS_HTTP_PORT            $AP_PORT
#     ECMR_PLATFORM_PUBLIC_BASE_URL http://localhost:$AP_PORT   (the address in receipts' links)
#     AP_JAVA_OPTS                 extra JVM options for the Access Point (empty)
#     ECMR_TRUST_SIGNER_ANCHORS, ECMR_TRUST_CRL_FILES, ECMR_TIMESTAMP_TRUST_ANCHORS,
#     ECMR_TIMESTAMP_BUILT_IN_KEYSTORE, ECMR_SEAL_KEYSTORE   the demo files in certs-sample/; relative
#                                  paths are relative to the repository, passed on as absolute ones
#   The Access Point runs in target/quarkus-app with the AppCDS archive the build made there
#   (scripts/access-point-launch.sh says why); without it, it starts as before, only slower.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
source "$ROOT/scripts/access-point-launch.sh"

KEYCLOAK_VERSION="${KEYCLOAK_VERSION:-26.5.6}"
KEYCLOAK_PORT="${KEYCLOAK_PORT:-8180}"
KEYCLOAK_HOSTNAME="${KEYCLOAK_HOSTNAME:-http://localhost:${KEYCLOAK_PORT}}"
AP_PORT="${AP_PORT:-${QUARKUS_HTTP_PORT:-8080}}"
PG_HOST="${PG_HOST:-127.0.0.1}"
PG_PORT="${PG_PORT:-5432}"
PG_USER="${PG_USER:-postgres}"
PG_DB="${PG_DB:-ecmr}"
MAVEN_REPO="${MAVEN_REPO:-$HOME/.m2/repository}"
STACK_SKIP_APP="${STACK_SKIP_APP:-0}"
KC_READY_TIMEOUT="${KC_READY_TIMEOUT:-180}"
AP_READY_TIMEOUT="${AP_READY_TIMEOUT:-60}"
PG_READY_TIMEOUT="${PG_READY_TIMEOUT:-30}"
STOP_TIMEOUT=20

REALM="ecmr"
REALM_FILE="$ROOT/src/main/keycloak/ecmr-realm.json"
STACK_DIR="$ROOT/target/stack"
KC_HOME="$STACK_DIR/keycloak-$KEYCLOAK_VERSION"
KC_LOG="$STACK_DIR/keycloak.log"
KC_PID="$STACK_DIR/keycloak.pid"        # the Keycloak java process
KC_PGID="$STACK_DIR/keycloak.pgid"      # its process group (kc.sh runs java as a child, setsid leader)
KC_REALM_SUM="$STACK_DIR/keycloak-realm.sha256"
KC_URL="http://localhost:${KEYCLOAK_PORT}/realms/${REALM}/.well-known/openid-configuration"
AP_JAR="$ROOT/target/quarkus-app/quarkus-run.jar"
AP_LOG="$STACK_DIR/access-point.log"
AP_PID="$STACK_DIR/access-point.pid"
AP_URL="http://localhost:${AP_PORT}/q/health/ready"
PG_MARK="$STACK_DIR/postgres.started"   # exists only if "up" started the cluster (holds its version)

log() { printf '[stack] %s\n' "$*"; }
die() { printf '[stack] ERROR: %s\n' "$*" >&2; exit 1; }

http_code() { # prints the HTTP status of a GET, 000 if nothing answers
  local code
  code="$(curl -s -o /dev/null -m 5 -w '%{http_code}' "$1" 2>/dev/null)" || true
  printf '%s' "${code:-000}"
}

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

cmdline_has() { # cmdline_has PID PATTERN: is PID alive and its command line contains PATTERN?
  [[ -r "/proc/$1/cmdline" ]] && tr '\0' ' ' <"/proc/$1/cmdline" 2>/dev/null | grep -qF -- "$2"
}

group_pids() { # PIDs in process group $1 (none if the file is empty/missing)
  [[ -n "${1:-}" ]] || return 0
  pgrep -g "$1" 2>/dev/null || true
}

owned_group() { # owned_group PGID PATTERN: does the group still contain a process of ours?
  local p
  for p in $(group_pids "${1:-}"); do
    cmdline_has "$p" "$2" && return 0
  done
  return 1
}

read_file() { if [[ -f "$1" ]]; then tr -d '[:space:]' <"$1"; fi; }

tail_log() {
  printf '[stack] ---- last 40 lines of %s ----\n' "$1" >&2
  tail -n 40 "$1" >&2 2>/dev/null || true
  printf '[stack] ----\n' >&2
}

# ---------------------------------------------------------------- stopping

# stop_group NAME PGID_FILE PID_FILE PATTERN
stop_group() {
  local name="$1" pgid pid i
  pgid="$(read_file "$2")"
  pid="$(read_file "$3")"
  if [[ -z "$pgid" && -z "$pid" ]]; then
    log "$name: not running (no PID file)"
    rm -f "$2" "$3"
    return 0
  fi
  [[ -n "$pgid" ]] || pgid="$pid"
  if ! owned_group "$pgid" "$4" && ! { [[ -n "$pid" ]] && cmdline_has "$pid" "$4"; }; then
    log "$name: not running (stale PID file removed)"
    rm -f "$2" "$3"
    return 0
  fi
  log "$name: stopping (process group $pgid)"
  kill -TERM -- "-$pgid" 2>/dev/null || true
  if [[ -n "$pid" ]]; then kill -TERM "$pid" 2>/dev/null || true; fi
  for ((i = 0; i < STOP_TIMEOUT * 2; i++)); do
    if [[ -z "$(group_pids "$pgid")" ]] && ! { [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null; }; then
      break
    fi
    sleep 0.5
  done
  if [[ -n "$(group_pids "$pgid")" ]] || { [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null; }; then
    log "$name: still running after ${STOP_TIMEOUT}s, sending KILL"
    kill -KILL -- "-$pgid" 2>/dev/null || true
    if [[ -n "$pid" ]]; then kill -KILL "$pid" 2>/dev/null || true; fi
    sleep 1
  fi
  rm -f "$2" "$3"
  log "$name: stopped"
}

stop_postgres() {
  local ver
  if [[ ! -f "$PG_MARK" ]]; then
    log "postgres: left alone (not started by stack.sh)"
    return 0
  fi
  ver="$(read_file "$PG_MARK")"
  log "postgres: stopping cluster $ver/main (started by stack.sh)"
  pg_ctlcluster --skip-systemctl-redirect "$ver" main stop || log "postgres: stop failed (already stopped?)"
  rm -f "$PG_MARK"
}

# ---------------------------------------------------------------- PostgreSQL

start_postgres() {
  local ver deadline
  if pg_isready -q -h "$PG_HOST" -p "$PG_PORT"; then
    log "postgres: ready on $PG_HOST:$PG_PORT"
  else
    [[ -d /etc/postgresql ]] || die "postgres: nothing answers on $PG_HOST:$PG_PORT and no /etc/postgresql cluster to start"
    ver="$(find /etc/postgresql -mindepth 1 -maxdepth 1 -type d -printf '%f\n' | sort -V | tail -n 1)"
    [[ -n "$ver" ]] || die "postgres: no cluster found in /etc/postgresql"
    log "postgres: starting cluster $ver/main"
    pg_ctlcluster --skip-systemctl-redirect "$ver" main start
    printf '%s\n' "$ver" >"$PG_MARK"
    deadline=$((SECONDS + PG_READY_TIMEOUT))
    until pg_isready -q -h "$PG_HOST" -p "$PG_PORT"; do
      if ((SECONDS >= deadline)); then
        tail_log "/var/log/postgresql/postgresql-$ver-main.log"
        die "postgres: not ready after ${PG_READY_TIMEOUT}s"
      fi
      sleep 1
    done
    log "postgres: ready on $PG_HOST:$PG_PORT"
  fi
  if [[ "$(psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d postgres -tAc \
        "select 1 from pg_database where datname='$PG_DB'")" != "1" ]]; then
    log "postgres: creating database $PG_DB"
    createdb -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" "$PG_DB"
  fi
}

# ---------------------------------------------------------------- Keycloak

kc_running() { owned_group "$(read_file "$KC_PGID")" "$KC_HOME"; }

fetch_keycloak() {
  local gav="org.keycloak:keycloak-quarkus-dist:${KEYCLOAK_VERSION}:zip"
  local zip="$MAVEN_REPO/org/keycloak/keycloak-quarkus-dist/$KEYCLOAK_VERSION/keycloak-quarkus-dist-$KEYCLOAK_VERSION.zip"
  local mvn tmp
  if [[ ! -f "$zip" ]]; then
    if command -v mvn >/dev/null 2>&1; then mvn="mvn"; else mvn="$ROOT/mvnw"; fi
    log "keycloak: downloading $gav into $MAVEN_REPO (once)"
    tmp="$(mktemp -d)"  # no pom.xml here: dependency:get must not load the project
    (cd "$tmp" && "$mvn" -B -q -Dmaven.repo.local="$MAVEN_REPO" \
      org.apache.maven.plugins:maven-dependency-plugin:3.8.1:get \
      -Dartifact="$gav" -Dtransitive=false) || { rm -rf "$tmp"; die "keycloak: download of $gav failed"; }
    rm -rf "$tmp"
    [[ -f "$zip" ]] || die "keycloak: $zip missing after download"
  fi
  if [[ ! -f "$KC_HOME/bin/kc.sh" ]]; then
    log "keycloak: unpacking into ${KC_HOME#"$ROOT"/}"
    rm -rf "$STACK_DIR/.unzip"
    mkdir -p "$STACK_DIR/.unzip"
    unzip -q "$zip" -d "$STACK_DIR/.unzip"
    rm -rf "$KC_HOME"
    mv "$STACK_DIR/.unzip/keycloak-$KEYCLOAK_VERSION" "$KC_HOME"
    rm -rf "$STACK_DIR/.unzip"
  fi
}

start_keycloak() {
  local pgid code sum t0 jpid v
  local -a unset_env=()
  if kc_running; then
    log "keycloak: already running (pid $(read_file "$KC_PID"))"
  else
    rm -f "$KC_PID" "$KC_PGID"
    if port_in_use "$KEYCLOAK_PORT"; then
      die "keycloak: port $KEYCLOAK_PORT is in use by a process this script did not start"
    fi
    [[ -f "$REALM_FILE" ]] || die "keycloak: realm file $REALM_FILE missing"
    fetch_keycloak
    mkdir -p "$KC_HOME/data/import"
    sum="$(sha256sum "$REALM_FILE" | cut -d' ' -f1)"
    if [[ -d "$KC_HOME/data/h2" && "$(read_file "$KC_REALM_SUM")" != "$sum" ]]; then
      log "keycloak: realm file changed since last import, resetting Keycloak's dev database"
      rm -rf "$KC_HOME/data/h2"
    fi
    cp "$REALM_FILE" "$KC_HOME/data/import/ecmr-realm.json"
    printf '%s\n' "$sum" >"$KC_REALM_SUM"
    # Keycloak is a Quarkus application too: keep the caller's QUARKUS_* (meant for the Access Point) away from it.
    for v in $(compgen -e); do
      [[ "$v" == QUARKUS_* ]] && unset_env+=(-u "$v")
    done
    [[ -f "$KC_LOG" ]] && mv -f "$KC_LOG" "$KC_LOG.1"
    log "keycloak: starting $KEYCLOAK_VERSION on port $KEYCLOAK_PORT (log: ${KC_LOG#"$ROOT"/})"
    # setsid: kc.sh and its java child get their own process group, which "down" signals as a whole.
    (
      cd "$KC_HOME"
      exec setsid env "${unset_env[@]}" \
        KC_BOOTSTRAP_ADMIN_USERNAME="${KC_BOOTSTRAP_ADMIN_USERNAME:-admin}" \
        KC_BOOTSTRAP_ADMIN_PASSWORD="${KC_BOOTSTRAP_ADMIN_PASSWORD:-admin}" \
        bash "$KC_HOME/bin/kc.sh" start-dev --http-port="$KEYCLOAK_PORT" --hostname="$KEYCLOAK_HOSTNAME" --import-realm \
        </dev/null >"$KC_LOG" 2>&1
    ) &
    pgid=$!
    printf '%s\n' "$pgid" >"$KC_PGID"
    printf '%s\n' "$pgid" >"$KC_PID"   # replaced by the java PID below
  fi
  pgid="$(read_file "$KC_PGID")"
  t0=$SECONDS
  while :; do
    code="$(http_code "$KC_URL")"
    [[ "$code" == "200" ]] && break
    if ! kc_running; then
      tail_log "$KC_LOG"
      die "keycloak: exited before becoming ready"
    fi
    if ((SECONDS - t0 >= KC_READY_TIMEOUT)); then
      tail_log "$KC_LOG"
      die "keycloak: not ready after ${KC_READY_TIMEOUT}s ($KC_URL -> $code); 'scripts/stack.sh down' cleans up"
    fi
    sleep 1
  done
  # kc.sh runs java as a child (and may re-exec it after a re-augmentation): record the real java PID.
  jpid="$(pgrep -g "$pgid" -x java 2>/dev/null | head -n 1 || true)"
  [[ -n "$jpid" ]] && printf '%s\n' "$jpid" >"$KC_PID"
  log "keycloak: ready after $((SECONDS - t0))s (java pid $(read_file "$KC_PID")), issuer http://localhost:$KEYCLOAK_PORT/realms/$REALM"
}

# ---------------------------------------------------------------- Access Point

ap_running() { owned_group "$(read_file "$AP_PID")" "$AP_JAR"; }

start_access_point() {
  local pid code t0
  local -a file_env cds
  if ap_running; then
    log "access-point: already running (pid $(read_file "$AP_PID"))"
  else
    rm -f "$AP_PID"
    if port_in_use "$AP_PORT"; then
      die "access-point: port $AP_PORT is in use by a process this script did not start"
    fi
    if [[ ! -f "$AP_JAR" ]]; then
      log "access-point: ${AP_JAR#"$ROOT"/} missing, building (./mvnw -B -q package -DskipTests)"
      ./mvnw -B -q package -DskipTests
      [[ -f "$AP_JAR" ]] || die "access-point: build did not produce $AP_JAR"
    fi
    [[ -f "$AP_LOG" ]] && mv -f "$AP_LOG" "$AP_LOG.1"
    log "access-point: starting on port $AP_PORT (log: ${AP_LOG#"$ROOT"/})"
    mapfile -t file_env < <(ap_file_env)
    mapfile -t cds < <(ap_cds_opts)
    # shellcheck disable=SC2086 # AP_JAVA_OPTS is a list of JVM options
    (
      cd "$AP_DIR"
      exec setsid env "${file_env[@]}" \
        QUARKUS_DATASOURCE_JDBC_URL="${QUARKUS_DATASOURCE_JDBC_URL:-jdbc:postgresql://localhost:${PG_PORT}/${PG_DB}}" \
        QUARKUS_DATASOURCE_USERNAME="${QUARKUS_DATASOURCE_USERNAME:-postgres}" \
        QUARKUS_DATASOURCE_PASSWORD="${QUARKUS_DATASOURCE_PASSWORD:-postgres}" \
        QUARKUS_OIDC_AUTH_SERVER_URL="${QUARKUS_OIDC_AUTH_SERVER_URL:-http://localhost:${KEYCLOAK_PORT}/realms/${REALM}}" \
        QUARKUS_HTTP_PORT="${QUARKUS_HTTP_PORT:-$AP_PORT}" \
        ECMR_PLATFORM_PUBLIC_BASE_URL="${ECMR_PLATFORM_PUBLIC_BASE_URL:-http://localhost:$AP_PORT}" \
        java "${cds[@]}" ${AP_JAVA_OPTS:-} -jar "$AP_JAR" \
        </dev/null >"$AP_LOG" 2>&1
    ) &
    pid=$!   # setsid and env exec in place: this is the java process (and its process group)
    printf '%s\n' "$pid" >"$AP_PID"
  fi
  t0=$SECONDS
  while :; do
    code="$(http_code "$AP_URL")"
    [[ "$code" == "200" ]] && break
    if ! ap_running; then
      tail_log "$AP_LOG"
      die "access-point: exited before becoming ready"
    fi
    if ((SECONDS - t0 >= AP_READY_TIMEOUT)); then
      tail_log "$AP_LOG"
      die "access-point: not ready after ${AP_READY_TIMEOUT}s ($AP_URL -> $code); 'scripts/stack.sh down' cleans up"
    fi
    sleep 1
  done
  log "access-point: ready after $((SECONDS - t0))s (pid $(read_file "$AP_PID")) on http://localhost:$AP_PORT"
}

# ---------------------------------------------------------------- commands

cmd_up() {
  mkdir -p "$STACK_DIR"
  if [[ $# -gt 0 ]]; then  # only the components named, e.g. "up keycloak" after "down keycloak"
    for c in "$@"; do
      case "$c" in
        postgres) start_postgres ;;
        keycloak) start_keycloak ;;
        access-point) start_access_point ;;
        *) die "unknown component '$c' (postgres, keycloak, access-point)" ;;
      esac
    done
    return 0
  fi
  start_postgres
  start_keycloak
  if [[ "$STACK_SKIP_APP" == "1" ]]; then
    log "access-point: skipped (STACK_SKIP_APP=1)"
  else
    start_access_point
  fi
  log "up"
}

cmd_down() {
  if [[ $# -gt 0 ]]; then  # only the components named, e.g. to see how the others cope without one
    for c in "$@"; do
      case "$c" in
        keycloak) stop_group keycloak "$KC_PGID" "$KC_PID" "$KC_HOME" ;;
        access-point) stop_group access-point "$AP_PID" "$AP_PID" "$AP_JAR" ;;
        postgres) stop_postgres ;;
        *) die "unknown component '$c' (postgres, keycloak, access-point)" ;;
      esac
    done
    return 0
  fi
  stop_group access-point "$AP_PID" "$AP_PID" "$AP_JAR"
  stop_group keycloak "$KC_PGID" "$KC_PID" "$KC_HOME"
  stop_postgres
  log "down"
}

cmd_status() {
  local ok=0 code
  if pg_isready -q -h "$PG_HOST" -p "$PG_PORT"; then
    if [[ -f "$PG_MARK" ]]; then
      log "postgres:     ready on $PG_HOST:$PG_PORT (started by stack.sh)"
    else
      log "postgres:     ready on $PG_HOST:$PG_PORT (not managed by stack.sh)"
    fi
  else
    log "postgres:     down"; ok=3
  fi

  code="$(http_code "$KC_URL")"
  if kc_running; then
    log "keycloak:     running (java pid $(read_file "$KC_PID")), realm $REALM -> HTTP $code"
    [[ "$code" == "200" ]] || ok=3
  else
    log "keycloak:     stopped$([[ "$code" != "000" ]] && printf ' (but something else answers on port %s: HTTP %s)' "$KEYCLOAK_PORT" "$code")"
    ok=3
  fi

  code="$(http_code "$AP_URL")"
  if ap_running; then
    log "access-point: running (pid $(read_file "$AP_PID")), /q/health/ready -> HTTP $code"
    [[ "$code" == "200" ]] || ok=3
  else
    log "access-point: stopped$([[ "$code" != "000" ]] && printf ' (but something else answers on port %s: HTTP %s)' "$AP_PORT" "$code")$([[ "$STACK_SKIP_APP" == "1" ]] && printf ' (skipped: STACK_SKIP_APP=1)')"
    [[ "$STACK_SKIP_APP" == "1" ]] || ok=3
  fi
  return "$ok"
}

case "${1:-}" in
  up) shift; cmd_up "$@" ;;
  down) shift; cmd_down "$@" ;;
  status) cmd_status ;;
  *)
    echo "usage: $0 up|down [postgres|keycloak|access-point ...] | status   (see the header of this script for environment variables)" >&2
    exit 2
    ;;
esac

# Shared by the benchmark scripts (sourced, not run): settings, the stack on the benchmark database,
# tokens, waiting for a quiet machine, and writing one section of docs/BENCHMARKS.md.
# Expects ROOT (the repository) to be set and the current directory to be ROOT.

export BENCH_DB="${BENCH_DB:-ecmr_bench}"
export AP_PORT="${AP_PORT:-8080}"
export KEYCLOAK_PORT="${KEYCLOAK_PORT:-8180}"
export PG_HOST="${PG_HOST:-127.0.0.1}" PG_PORT="${PG_PORT:-5432}" PG_USER="${PG_USER:-postgres}"
export PG_DB="$BENCH_DB"   # stack.sh creates it if missing
# Given to the stack only, never exported: a test run (./mvnw test) that inherited it would use the
# benchmark database instead of its own, and Flyway cleans the test database at start.
BENCH_JDBC_URL="jdbc:postgresql://localhost:${PG_PORT}/${BENCH_DB}"
unset QUARKUS_DATASOURCE_JDBC_URL
# The generator shares the 2 cores with what it measures: serial GC and C1 only took about a third
# less of its CPU in a 25 s run at 500/s.
export LOADGEN_JAVA_OPTS="${LOADGEN_JAVA_OPTS:--XX:+UseSerialGC -XX:TieredStopAtLevel=1}"
LOAD_MAX="${LOAD_MAX:-1.0}"
# The benchmarks drive hundreds of requests a second with one token, and measure queueing rather
# than shed it: the stack (scripts/stack.sh passes the environment on) gets no per-client rate
# limit and in-flight bounds above any scenario's. Set these to measure the defaults (docs/OVERLOAD.md).
export ECMR_OVERLOAD_RATE_LIMIT_ENABLED="${ECMR_OVERLOAD_RATE_LIMIT_ENABLED:-false}"
export ECMR_OVERLOAD_MAX_SUBMISSIONS_IN_FLIGHT="${ECMR_OVERLOAD_MAX_SUBMISSIONS_IN_FLIGHT:-1000}"
export ECMR_OVERLOAD_MAX_PDFS_IN_FLIGHT="${ECMR_OVERLOAD_MAX_PDFS_IN_FLIGHT:-1000}"

[[ "$BENCH_DB" != "ecmr_test" ]] || { echo "bench: never on the test database" >&2; exit 1; }

AP="http://127.0.0.1:${AP_PORT}"
TOKEN_URL="http://localhost:${KEYCLOAK_PORT}/realms/ecmr/protocol/openid-connect/token"
OUT="$ROOT/target/bench"
DOC="$ROOT/docs/BENCHMARKS.md"
mkdir -p "$OUT" "$ROOT/docs"

log() { printf '[bench] %s\n' "$*"; }
die() { printf '[bench] ERROR: %s\n' "$*" >&2; exit 1; }
psql_bench() { PGOPTIONS="-c client_min_messages=warning" psql -X -q -v ON_ERROR_STOP=1 -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d "$BENCH_DB" "$@"; }
load1() { cut -d' ' -f1 /proc/loadavg; }

token() { # token USER: a fresh access token (password grant on the realm's public CLI client)
  curl -sf -d grant_type=password -d client_id=ecmr-cli -d username="$1" -d password="$1" "$TOKEN_URL" |
    jq -er .access_token
}

stack_up() { # the stack on the benchmark database, stopped on exit unless KEEP_STACK=1
  local pid_file="$ROOT/target/stack/access-point.pid"
  if [[ -f "$pid_file" && -r "/proc/$(tr -d '[:space:]' <"$pid_file")/environ" ]] &&
     ! tr '\0' '\n' <"/proc/$(tr -d '[:space:]' <"$pid_file")/environ" | grep -qxF "QUARKUS_DATASOURCE_JDBC_URL=$BENCH_JDBC_URL"; then
    die "an Access Point started by stack.sh runs on another database: scripts/stack.sh down first"
  fi
  if [[ "${KEEP_STACK:-0}" != "1" ]]; then
    trap 'log "stopping the stack"; scripts/stack.sh down >/dev/null || true' EXIT
  fi
  QUARKUS_DATASOURCE_JDBC_URL="$BENCH_JDBC_URL" scripts/stack.sh up
}

wait_for_quiet() { # wait_for_quiet MAX_SECONDS: until the 1-minute load average is below LOAD_MAX
  local t0=$SECONDS
  while awk -v l="$(load1)" -v m="$LOAD_MAX" 'BEGIN { exit !(l >= m) }'; do
    if ((SECONDS - t0 >= $1)); then
      log "load average still $(load1) after ${1}s: measuring anyway (noted in the report)"
      return
    fi
    log "1-minute load average $(load1) >= $LOAD_MAX: waiting ($((SECONDS - t0))s of ${1}s)"
    sleep 15
  done
}

machine_rows() { # the machine table's rows shared by every section
  echo "| CPU | $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//'), \`nproc\` = $(nproc) |"
  echo "| memory | $(free -h | awk '/^Mem:/ { print $2 " total, " $7 " available" }') |"
  echo "| Java | $(java -version 2>&1 | head -n 1) |"
  echo "| PostgreSQL | $(psql_bench -tAc 'show server_version'), synchronous_commit $(psql_bench -tAc 'show synchronous_commit') |"
  echo "| commit | \`$(git rev-parse --short HEAD)\`$(git diff --quiet HEAD -- src pom.xml 2>/dev/null || printf ' (with uncommitted changes in src/)') |"
}

write_section() { # write_section FILE: replaces the section of DOC with FILE's first line as heading
  local section="$1" title
  title="$(head -n 1 "$section")"
  if [[ -f "$DOC" ]]; then
    awk -v title="$title" -v section="$section" '
      $0 == title { while ((getline line < section) > 0) print line; skip = 1; done = 1; next }
      skip && /^## / { skip = 0; print "" }
      !skip { print }
      END { if (!done) { print ""; while ((getline line < section) > 0) print line } }' "$DOC" >"$DOC.new"
    mv "$DOC.new" "$DOC"
  else
    { printf '# Benchmarks\n\nEach section is written by the script it names; do not edit those by hand.\n\n'
      cat "$section"; } >"$DOC"
  fi
  log "results written to ${DOC#"$ROOT"/} ($title)"
}

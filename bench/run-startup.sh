#!/usr/bin/env bash
# Start-up time and resident memory of the packaged Access Point: how long from `java -jar` until
# /q/health/ready answers 200 (and the time Quarkus itself logs), and its resident set size (VmRSS)
# when it becomes ready and after a while idle. Goals on this 2-core machine: start-up under 3 s,
# under 300 MB resident at idle.
#
# Usage: bench/run-startup.sh           (from any directory; ~3 minutes with Keycloak's start)
#   PostgreSQL and Keycloak come from scripts/stack.sh (STACK_SKIP_APP=1) on the benchmark database
#   (ecmr_bench, whatever it holds: Flyway only validates at start); the Access Point is started
#   STARTS times by this script, each time alone, and stopped again.
# Environment (defaults): STARTS 5, IDLE 30 (seconds idle before the second reading),
#   AP_JAVA_OPTS (empty: the JVM's defaults, as scripts/stack.sh starts it), LOAD_MAX 1.0, LOAD_WAIT 120,
#   APPCDS 1 (0: without the AppCDS archive the build makes, to compare).
# The Access Point starts as scripts/stack.sh starts it: in target/quarkus-app, with the archive
# (scripts/access-point-launch.sh).
set -euo pipefail

main() {

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
STARTS="${STARTS:-5}"
IDLE="${IDLE:-30}"
LOAD_WAIT="${LOAD_WAIT:-120}"
APPCDS="${APPCDS:-1}"
source bench/lib.sh
source scripts/access-point-launch.sh

[[ -f target/quarkus-app/quarkus-run.jar ]] || ./mvnw -B -q -ntp package -DskipTests
pid=""
STACK_SKIP_APP=1 stack_up
trap 'kill "$pid" 2>/dev/null || true; log "stopping the stack"; scripts/stack.sh down >/dev/null || true' EXIT
mapfile -t file_env < <(ap_file_env)
cds=()
if [[ "$APPCDS" == "1" ]]; then
  mapfile -t cds < <(ap_cds_opts)
  ((${#cds[@]})) || die "no AppCDS archive in ${AP_DIR#"$ROOT"/}: ./mvnw package makes it (APPCDS=0 measures without)"
fi
rows="$OUT/startup.tsv"
: >"$rows"
for run in $(seq 1 "$STARTS"); do
  wait_for_quiet "$LOAD_WAIT"
  t0="$(date +%s%N)"
  # shellcheck disable=SC2086 # AP_JAVA_OPTS is a list of JVM options
  (cd "$AP_DIR" && exec env "${file_env[@]}" \
    QUARKUS_DATASOURCE_JDBC_URL="$BENCH_JDBC_URL" QUARKUS_DATASOURCE_USERNAME=postgres QUARKUS_DATASOURCE_PASSWORD=postgres \
    QUARKUS_OIDC_AUTH_SERVER_URL="http://localhost:${KEYCLOAK_PORT}/realms/ecmr" QUARKUS_HTTP_PORT="$AP_PORT" \
    java "${cds[@]}" ${AP_JAVA_OPTS:-} -jar "$AP_DIR/quarkus-run.jar" </dev/null >"$OUT/startup-$run.log" 2>&1) &
  pid=$!   # exec in place: the subshell becomes env, then java
  until curl -sf -o /dev/null "$AP/q/health/ready"; do
    kill -0 "$pid" 2>/dev/null || die "the Access Point exited during start $run (see ${OUT#"$ROOT"/}/startup-$run.log)"
    sleep 0.02
  done
  ready_ms=$(( ($(date +%s%N) - t0) / 1000000 ))
  rss_ready="$(awk '/^VmRSS/ { print $2 }' "/proc/$pid/status")"
  sleep "$IDLE"
  rss_idle="$(awk '/^VmRSS/ { print $2 }' "/proc/$pid/status")"
  quarkus_s="$(grep -o 'started in [0-9.]*s' "$OUT/startup-$run.log" | grep -o '[0-9.]*' | head -n 1)"
  printf '%s\t%s\t%s\t%s\t%s\n' "$run" "$ready_ms" "$quarkus_s" "$rss_ready" "$rss_idle" | tee -a "$rows"
  kill "$pid"
  wait "$pid" 2>/dev/null || true
  pid=""
done
load="$(load1)"

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }
ready_ms="$(cut -f2 "$rows" | median)"
quarkus_s="$(cut -f3 "$rows" | median)"
rss_ready_mb="$(cut -f4 "$rows" | median | awk '{ printf "%.0f", $1 / 1024 }')"
rss_idle_mb="$(cut -f5 "$rows" | median | awk '{ printf "%.0f", $1 / 1024 }')"
verdict() { awk -v v="$1" -v goal="$2" 'BEGIN { print (v < goal ? "met" : "**missed**") }'; }

{
  echo "## Start-up and memory"
  echo
  echo "_Written by \`bench/run-startup.sh\` on $(date -u '+%Y-%m-%d %H:%M UTC'); run it again to refresh this section, do not edit it by hand._"
  echo
  echo "| | |"
  echo "| --- | --- |"
  machine_rows
  echo "| JVM options | \`${cds[*]:-(no AppCDS archive)}${AP_JAVA_OPTS:+ $AP_JAVA_OPTS}\` |"
  echo "| database | \`$BENCH_DB\`, $(psql_bench -tAc "select count(*) from consignment_note") notes (Flyway validates, migrates nothing) |"
  echo "| 1-minute load average at the end | $load |"
  echo
  echo "The packaged Access Point (fast-jar) started $STARTS times, alone, with PostgreSQL and Keycloak already running: *ready* is from \`java -jar\` until \`/q/health/ready\` answers 200 (polled every 20 ms), *Quarkus* the time it logs as \"started in\"; resident memory (VmRSS) when ready and after ${IDLE} s idle. Medians of the $STARTS starts; each start is in \`target/bench/startup.tsv\`."
  echo
  echo "| | median | goal |"
  echo "| --- | ---: | --- |"
  echo "| ready, ms | $ready_ms | under 3,000: $(verdict "$ready_ms" 3000) |"
  echo "| Quarkus \"started in\", s | $quarkus_s | |"
  echo "| resident when ready, MB | $rss_ready_mb | |"
  echo "| resident after ${IDLE} s idle, MB | $rss_idle_mb | under 300: $(verdict "$rss_idle_mb" 300) |"
} >"$OUT/startup-section.md"
write_section "$OUT/startup-section.md"
}

main "$@"
exit

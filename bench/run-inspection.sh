#!/usr/bin/env bash
# The inspection benchmark: search and read latency under an open-model load at 1,000,000 notes.
#
# Usage: bench/run-inspection.sh          (from any directory; takes ~15 minutes with the seeding)
#
#   1. scripts/stack.sh up on database ecmr_bench (PostgreSQL, Keycloak, the packaged Access Point,
#      built if missing);
#   2. submits the signed sample once (its stored bytes and timestamp reply are the seed's template),
#      then bench/seed-notes.sh fills the table up to BENCH_NOTES notes;
#   3. picks BENCH_KEYS random stored notes (id, e-CMR number, vehicle registration as stored);
#   4. warms the freshly started Access Point up for PREWARM s (a mix of the scenarios' requests at
#      RATE/2, not recorded); waits (up to LOAD_WAIT s) until the 1-minute load average is below LOAD_MAX, then runs with
#      bench/LoadGenerator.java, an inspector's token, one scenario after the other:
#        search by vehicle, search by e-CMR number, note read by id   at RATE/s, WARMUP + DURATION s
#        step test, search by vehicle at STEPS/s                      STEP_WARMUP + STEP_DURATION s each
#        PDF copies: cold (never rendered) at PDF_RATE/s, cached (the same notes again) at PDF_CACHED_RATE/s
#        diagnostic: a carrier's own search (not audited) at RATE/s  STEP_WARMUP + STEP_DURATION s
#   5. writes the section "Inspection at <N> notes" of docs/BENCHMARKS.md (other sections are kept),
#      with the machine, the method, the results, the audit log's lock cycle and the query plans;
#   6. scripts/stack.sh down.
#
# Environment (defaults): BENCH_NOTES 1000000, RATE 500, WARMUP 15, DURATION 60, STEPS "100 250 500 750",
#   STEP_WARMUP 5, STEP_DURATION 30, PDF_RATE 50, PDF_CACHED_RATE (= RATE), PREWARM 60, GOAL_P99_MS 20, BENCH_KEYS 5000, MAX_IN_FLIGHT 1000,
#   LOAD_MAX 1.0, LOAD_WAIT 600 (before the first scenario), LOAD_WAIT_NEXT 90 (before the others),
#   LOADGEN_JAVA_OPTS "-XX:+UseSerialGC -XX:TieredStopAtLevel=1", BENCH_DB ecmr_bench, AP_PORT 8080, KEYCLOAK_PORT 8180,
#   PG_HOST 127.0.0.1, PG_PORT 5432, PG_USER postgres, KEEP_STACK=1 leaves the stack running.
#   QUARKUS_* variables reach the Access Point (e.g. QUARKUS_DATASOURCE_JDBC_MAX_SIZE=40 to try a
#   larger pool); the report lists those in effect.
set -euo pipefail

# Everything runs inside main, so that bash has read the whole script before it starts: editing
# this file during a run cannot change the run.
main() {

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

BENCH_NOTES="${BENCH_NOTES:-1000000}"
RATE="${RATE:-500}"
WARMUP="${WARMUP:-15}"
DURATION="${DURATION:-60}"
STEPS="${STEPS:-100 250 500 750}"
STEP_WARMUP="${STEP_WARMUP:-5}"
STEP_DURATION="${STEP_DURATION:-30}"
PDF_RATE="${PDF_RATE:-50}"
export PREWARM="${PREWARM:-60}"
PDF_CACHED_RATE="${PDF_CACHED_RATE:-$RATE}"
GOAL_P99_MS="${GOAL_P99_MS:-20}"
BENCH_KEYS="${BENCH_KEYS:-5000}"
export MAX_IN_FLIGHT="${MAX_IN_FLIGHT:-1000}"
LOAD_MAX="${LOAD_MAX:-1.0}"
LOAD_WAIT="${LOAD_WAIT:-600}"
LOAD_WAIT_NEXT="${LOAD_WAIT_NEXT:-90}"
source bench/lib.sh
rm -f "$OUT"/*.json "$OUT"/*.log

# ---------------------------------------------------------------- 1. the stack, on ecmr_bench
stack_up

# ---------------------------------------------------------------- 2. a real note as template, then the seed
BENCH_NUMBER="'^[A-Z]{2}-20[0-9]{2}-[0-9]{10}\$'"
if [[ "$(psql_bench -tAc "select count(*) from consignment_note where ecmr_number !~ $BENCH_NUMBER")" == "0" ]]; then
  log "submitting the signed sample as carrier-a (the template for the seeded notes' bytes)"
  code="$(curl -s -o "$OUT/receipt.json" -w '%{http_code}' -H "Authorization: Bearer $(token carrier-a)" \
          -H 'Content-Type: application/jose' --data-binary @openapi/examples/consignment-note.jws \
          "$AP/api/v1/consignment-notes")"
  [[ "$code" == "201" || "$code" == "200" ]] || log "sample refused ($code): the seed falls back to fixed bytes"
fi
bench/seed-notes.sh "$BENCH_NOTES"
NOTES="$(psql_bench -tAc "select count(*) from consignment_note")"

# ---------------------------------------------------------------- 3. real keys
KEYS="$OUT/keys.tsv"
psql_bench -c "\\copy (select id, ecmr_number as \"ecmrNumber\", vehicle_registration as vehicle
  from consignment_note tablesample bernoulli (2) repeatable (42) order by random() limit $BENCH_KEYS)
  to '$KEYS' with (format csv, delimiter E'\\t', header)"
log "$(($(wc -l <"$KEYS") - 1)) keys in ${KEYS#"$ROOT"/}"

# ---------------------------------------------------------------- 4. the scenarios
# CPU accounting, so that the report can tell what else ran: ticks busy on the machine, and ticks
# used by the stack (the Access Point, Keycloak, every PostgreSQL process).
CLK_TCK="$(getconf CLK_TCK)"
busy_ticks() { awk '/^cpu / { print $2 + $3 + $4 + $7 + $8 }' /proc/stat; }
stack_ticks() {
  local p sum=0
  for p in $(cat "$ROOT/target/stack/access-point.pid" "$ROOT/target/stack/keycloak.pid" 2>/dev/null) $(pgrep -x postgres); do
    sum=$((sum + $(awk '{ print $14 + $15 }' "/proc/$p/stat" 2>/dev/null || echo 0)))
  done
  echo "$sum"
}

audit_seq() { psql_bench -tAc "select size from audit_head where id = 1"; }

# lock_sampler FILE: every 100 ms, how many sessions of the benchmark database wait for a lock,
# are active, are idle in a transaction, exist. Runs until killed; replaces the calling (sub)shell.
lock_sampler() {
  PGOPTIONS="-c client_min_messages=warning" exec psql -X -q -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d "$BENCH_DB" \
    -tA -F $'\t' >"$1" 2>/dev/null <<'SQL'
select count(*) filter (where wait_event_type = 'Lock'),
       count(*) filter (where state = 'active'),
       count(*) filter (where state like 'idle in transaction%'),
       count(*)
from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()
\watch 0.1
SQL
}

TOKEN_FILE="$OUT/token"
RESULTS=()   # name, json, load, audit seq before, after, lock samples, cores used by stack / generator / others
FIRST_WAIT="$LOAD_WAIT"
scenario() { # scenario NAME RATE WARMUP DURATION URL [USER] [KEYS_FILE] [KEY_ORDER]
  local name="$1" rate="$2" warmup="$3" duration="$4" url="$5" user="${6:-inspector}" keys="${7:-$KEYS}" \
        order="${8:-random}" before after load sampler t0 b0 s0 cpu
  # the first waits for other engineers' builds; later ones mostly for our own last scenario to decay
  wait_for_quiet "$FIRST_WAIT"
  FIRST_WAIT="$LOAD_WAIT_NEXT"
  load="$(load1)"
  (umask 077; token "$user" >"$TOKEN_FILE")
  before="$(audit_seq)"
  t0="$(date +%s%N)" b0="$(busy_ticks)" s0="$(stack_ticks)"
  (lock_sampler "$OUT/$name.locks") & sampler=$!   # exec: $! is psql itself
  # shellcheck disable=SC2086 # LOADGEN_JAVA_OPTS is a list of JVM options
  java $LOADGEN_JAVA_OPTS bench/LoadGenerator.java --name "$name" --rate "$rate" --warmup "$warmup" --duration "$duration" \
    --max-in-flight "$MAX_IN_FLIGHT" --keys "$keys" --key-order "$order" --token-file "$TOKEN_FILE" --url "$url" \
    --header "X-Control-Reference: bench $name" --json "$OUT/$name.json" | tee "$OUT/$name.log"
  kill "$sampler" 2>/dev/null || true
  wait "$sampler" 2>/dev/null || true
  cpu="$(awk -v t="$(( $(date +%s%N) - t0 ))" -v b="$(( $(busy_ticks) - b0 ))" -v s="$(( $(stack_ticks) - s0 ))" \
             -v hz="$CLK_TCK" -v g="$(jq .generatorCpuSeconds "$OUT/$name.json")" \
             'BEGIN { sec = t / 1e9; o = (b - s) / hz - g; if (o < 0) o = 0
                      printf "%.2f / %.2f / %.2f", s / hz / sec, g / sec, o / sec }')"
  after="$(audit_seq)"
  RESULTS+=("$name"$'\t'"$OUT/$name.json"$'\t'"$load"$'\t'"$before"$'\t'"$after"$'\t'"$OUT/$name.locks"$'\t'"$cpu")
  sleep 5
}

SEARCH="$AP/api/v1/consignment-notes"
# A database in service has its search indexes and its table's rows in memory; one just restored or
# restarted reads them from disk at first. The scenarios measure the former: the indexes and the
# table (without its TOASTed originals) are read into the OS cache before they start.
psql_bench -c "create extension if not exists pg_prewarm" \
  -c "select c.relname, pg_prewarm(c.oid, 'read') as blocks from pg_class c
      where c.relname in ('consignment_note', 'consignment_note_pkey', 'consignment_note_vehicle_page',
                          'consignment_note_number_page', 'consignment_note_carrier_page')" >"$OUT/pg-prewarm.log" 2>&1 ||
  log "pg_prewarm is not available: the first scenarios start on a colder cache"
# A freshly started Access Point compiles its hot paths and fills its pools during its first
# minute; that start-up is not what the scenarios measure, so a mix of their requests warms it
# first (not recorded). Its latency is kept in the log directory.
if ((PREWARM > 0)); then
  (umask 077; token inspector >"$TOKEN_FILE")
  log "warming the Access Point up: ${PREWARM}s of searches and reads at $((RATE / 2))/s, not recorded"
  # shellcheck disable=SC2086 # LOADGEN_JAVA_OPTS is a list of JVM options
  java $LOADGEN_JAVA_OPTS bench/LoadGenerator.java --name prewarm --rate "$((RATE / 2))" --warmup 0 \
    --duration "$PREWARM" --max-in-flight "$MAX_IN_FLIGHT" --keys "$KEYS" --token-file "$TOKEN_FILE" \
    --url "$SEARCH?vehicle={vehicle}" --url "$SEARCH?ecmrNumber={ecmrNumber}" --url "$SEARCH/{id}" \
    --header "X-Control-Reference: bench prewarm" --json "$OUT/prewarm.json" >"$OUT/prewarm.log" || true
fi
scenario search-by-vehicle "$RATE" "$WARMUP" "$DURATION" "$SEARCH?vehicle={vehicle}"
scenario search-by-ecmr-number "$RATE" "$WARMUP" "$DURATION" "$SEARCH?ecmrNumber={ecmrNumber}"
scenario read-by-id "$RATE" "$WARMUP" "$DURATION" "$SEARCH/{id}"
for step in $STEPS; do
  scenario "step-vehicle-$step" "$step" "$STEP_WARMUP" "$STEP_DURATION" "$SEARCH?vehicle={vehicle}"
done
# PDF copies as an inspector downloads them. Cold: each request asks for a note whose copy was never
# made (keys in order, none twice), so it is rendered, sealed, kept and recorded in the audit log.
# Cached: every note with a kept copy (those just made, and any from earlier runs), served as kept.
PDF_KEYS="$OUT/pdf-keys.tsv"
PDF_CACHED_KEYS="$OUT/pdf-cached-keys.tsv"
psql_bench -c "\\copy (select id from consignment_note n tablesample bernoulli (1) repeatable (7)
  where not exists (select 1 from consignment_note_pdf p where p.note_id = n.id)
  limit $((PDF_RATE * (STEP_WARMUP + STEP_DURATION) + 1000))) to '$PDF_KEYS' with (format csv, header)"
scenario pdf-cold "$PDF_RATE" "$STEP_WARMUP" "$STEP_DURATION" "$SEARCH/{id}/pdf" inspector "$PDF_KEYS" in-order
psql_bench -c "\\copy (select note_id as id from consignment_note_pdf) to '$PDF_CACHED_KEYS' with (format csv, header)"
scenario pdf-cached "$PDF_CACHED_RATE" "$STEP_WARMUP" "$STEP_DURATION" "$SEARCH/{id}/pdf" inspector \
  "$PDF_CACHED_KEYS"

# Diagnostic: the same request path without the audit append. A carrier's search is not logged;
# carrier-a searches its own notes by the plate of the sample it submitted (one result).
SAMPLE_PLATE="$(psql_bench -tAc "select vehicle_registration from consignment_note
  where carrier_id = 'VATNL-NL000000001B01' and ecmr_number !~ $BENCH_NUMBER limit 1")"
if [[ -n "$SAMPLE_PLATE" ]]; then
  scenario diag-carrier-search-no-audit "$RATE" "$STEP_WARMUP" "$STEP_DURATION" \
    "$SEARCH?vehicle=$(jq -rn --arg v "$SAMPLE_PLATE" '$v | @uri')" carrier-a
fi

# The audit append alone, without the Access Point, as it is and in two shorter forms: 1 and 8
# clients, 10 s each. It runs on copies of the audit tables in schema bench_audit (same columns and
# indexes, the last million rows), never on the application's own log, whose entries must stay consistent
# with what the application derives from them.
wait_for_quiet "$LOAD_WAIT_NEXT"
psql_bench <<'SQL'
drop schema if exists bench_audit cascade;
create schema bench_audit;
create table bench_audit.audit_head (like public.audit_head including all);
create table bench_audit.audit_entry (like public.audit_entry including all);
insert into bench_audit.audit_entry select * from public.audit_entry order by seq desc limit 1000000;
insert into bench_audit.audit_head select * from public.audit_head;
analyze bench_audit.audit_head, bench_audit.audit_entry;
SQL
for variant in "" -one-statement -group-of-10; do
  for clients in 1 8; do
    PGOPTIONS="-c search_path=bench_audit" pgbench -n -M prepared -c "$clients" -j 1 -T 10 \
      -f "bench/audit-append$variant.sql" -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" "$BENCH_DB" \
      >"$OUT/pgbench$variant-$clients.log" 2>&1 || log "pgbench$variant with $clients clients failed"
  done
done
psql_bench -c "drop schema bench_audit cascade"

# ---------------------------------------------------------------- 5. the report
# Kept so that the report can be made again by hand: bench/report-inspection.sh with these arguments.
printf '%s\n' "$NOTES" "$GOAL_P99_MS" "$KEYS" "$OUT" "${RESULTS[@]}" >"$OUT/report-arguments.txt"
bench/report-inspection.sh "$NOTES" "$GOAL_P99_MS" "$KEYS" "$OUT" "${RESULTS[@]}" >"$OUT/section.md"
write_section "$OUT/section.md"
}

main "$@"
exit

#!/usr/bin/env bash
# The submission benchmark: signed e-CMR notes submitted over HTTP to the packaged Access Point on
# PostgreSQL, under an open-model load (bench/LoadGenerator.java: latency from each request's due
# time, so queueing shows), and set against the in-process limit measured with JMH in the same run.
#
# Usage: bench/run-submission.sh        (from any directory; ~30 minutes, most of it seeding 10^6 notes)
#
#   1. bench/run-submission-jmh.sh: the in-process cost of one submission (skip with SKIP_JMH=1; the
#      ratio then uses target/bench/submission-jmh.json from an earlier run, if any);
#   2. a fresh benchmark database (BENCH_FRESH=0 keeps what it holds), scripts/stack.sh up on it;
#   3. before each scenario, bench/SignNotes.java signs as many distinct notes as it will send, as
#      carrier-a with the sample key, so that the generator spends no CPU on signing;
#   4. the scenarios, each after the machine is quiet, with carrier-a's token:
#        warm-up of the fresh JVM: submissions at PREWARM_RATE/s for PREWARM s, not recorded;
#        growth: for each size in GROWTH_SIZES, the table is seeded up to that many notes
#          (bench/seed-notes.sh), then submissions at GROWTH_RATE/s for WARMUP + DURATION s;
#        rates: after the growth step at RATES_AT notes, submissions at each of RATES /s;
#        mix: after PREWARM s of the inspector's requests at MIX_READ_RATE/2 (not recorded),
#          submissions at MIX_SUBMIT_RATE/s while an inspector searches by vehicle and by
#          e-CMR number, reads notes and downloads PDF copies (4:4:3:1) at MIX_READ_RATE/s;
#      during each, the Access Point's resident memory (VmRSS, every second) and the CPU used by the
#      Access Point and by PostgreSQL;
#   5. writes the section "Submission end to end" of docs/BENCHMARKS.md; stops the stack.
#
# Environment (defaults): GROWTH_SIZES "10000 100000 1000000", GROWTH_RATE 200, RATES_AT 100000,
#   RATES "100 200 300 400 500 600", MIX_SUBMIT_RATE 100, MIX_READ_RATE 200, WARMUP 10, DURATION 30,
#   PREWARM 60, GEN_NICE -10, PREWARM_RATE 100, GOAL_RATE 300, GOAL_P99_MS 100 (at GOAL_P99_RATE 200), MAX_IN_FLIGHT 1000,
#   SKIP_JMH 0, BENCH_FRESH 1, LOAD_MAX 1.0, LOAD_WAIT 600, LOAD_WAIT_NEXT 90, and bench/lib.sh's
#   (BENCH_DB ecmr_bench, ports, KEEP_STACK=1 leaves the stack running).
set -euo pipefail

# Everything runs inside main, so that bash has read the whole script before it starts.
main() {

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
GROWTH_SIZES="${GROWTH_SIZES:-10000 100000 1000000}"
GROWTH_RATE="${GROWTH_RATE:-200}"
RATES_AT="${RATES_AT:-100000}"
RATES="${RATES:-100 200 300 400 500 600}"
MIX_SUBMIT_RATE="${MIX_SUBMIT_RATE:-100}"
MIX_READ_RATE="${MIX_READ_RATE:-200}"
WARMUP="${WARMUP:-10}"
DURATION="${DURATION:-30}"
PREWARM="${PREWARM:-60}"
PREWARM_RATE="${PREWARM_RATE:-100}"
GOAL_RATE="${GOAL_RATE:-300}"
GOAL_P99_MS="${GOAL_P99_MS:-100}"
GOAL_P99_RATE="${GOAL_P99_RATE:-200}"
MAX_IN_FLIGHT="${MAX_IN_FLIGHT:-1000}"
LOAD_WAIT="${LOAD_WAIT:-600}"
LOAD_WAIT_NEXT="${LOAD_WAIT_NEXT:-90}"
source bench/lib.sh
# The clients of a real Access Point run on other machines; here the generator shares the 2 cores
# with hundreds of the Access Point's threads, and a generator that sends late adds its own delay to
# every latency it measures (from the due time). It runs at a higher priority, so that it sends on time.
GEN_NICE="${GEN_NICE:--10}"
loadgen() { # shellcheck disable=SC2086 # LOADGEN_JAVA_OPTS is a list of JVM options
  nice -n "$GEN_NICE" java $LOADGEN_JAVA_OPTS bench/LoadGenerator.java "$@"
}
thousands() { sed -e ':a' -e 's/\([0-9]\)\([0-9]\{3\}\)\($\|[^0-9]\)/\1,\2\3/' -e 'ta' <<<"$1"; }

# ---------------------------------------------------------------- 1. the in-process limit
if [[ "${SKIP_JMH:-0}" != "1" ]]; then
  bench/run-submission-jmh.sh
fi
rm -f "$OUT"/submit-*.json "$OUT"/submit-*.log "$OUT"/submit-*.rss "$OUT"/mix-*.json "$OUT"/mix-*.log

# ---------------------------------------------------------------- 2. the stack, on a fresh database
if [[ "${BENCH_FRESH:-1}" == "1" ]]; then
  log "a fresh database $BENCH_DB (BENCH_FRESH=0 keeps it)"
  dropdb --if-exists -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" "$BENCH_DB" ||
    die "cannot drop $BENCH_DB: is something connected to it (scripts/stack.sh down)?"
fi
./mvnw -B -q -ntp package -DskipTests
stack_up
AP_PID="$(tr -d '[:space:]' <"$ROOT/target/stack/access-point.pid")"
TOOLKIT="$ROOT/target/ecmr-carrier.jar"
[[ -f "$TOOLKIT" ]] || die "no $TOOLKIT: ./mvnw package builds it"

CLK_TCK="$(getconf CLK_TCK)"
ticks_of() { local p sum=0; for p in "$@"; do sum=$((sum + $(awk '{ print $14 + $15 }' "/proc/$p/stat" 2>/dev/null || echo 0))); done; echo "$sum"; }
notes_stored() { psql_bench -tAc "select count(*) from consignment_note"; }

# rss_sampler FILE: the Access Point's VmRSS in kB, every second, until killed.
rss_sampler() {
  while sleep 1; do awk '/^VmRSS:/ { print $2 }' "/proc/$AP_PID/status" 2>/dev/null || exit 0; done >"$1"
}

SEQ=0
sign_notes() { # sign_notes COUNT FILE: COUNT distinct notes of carrier-a, one compact JWS per line
  SEQ=$((SEQ + 1))
  java -cp "$TOOLKIT" bench/SignNotes.java "$1" "BENCH-$(date +%s)-$SEQ" openapi/examples/ecmr-document.json \
    certs-sample/carrier-a.p12 changeit "$2"
}

SUBMIT_URL="$AP/api/v1/consignment-notes"
ROWS="$OUT/submission-rows.tsv"   # kind, label, json, notes before, after, AP cpu ticks, PG cpu ticks, RSS max kB, load
: >"$ROWS"
# submit_scenario KIND LABEL RATE WARMUP DURATION [READ_RATE]: submissions at RATE/s (and, with
# READ_RATE, an inspector's reads at the same time), recorded as a row of ROWS.
submit_scenario() {
  local kind="$1" label="$2" rate="$3" warmup="$4" duration="$5" read_rate="${6:-}" name load before a0 p0 sampler reader=""
  name="submit-$kind-$label"
  sign_notes "$(( (rate * (warmup + duration) * 102) / 100 + 50 ))" "$OUT/$name.bodies"
  wait_for_quiet "$LOAD_WAIT_NEXT"
  load="$(load1)"
  before="$(notes_stored)"
  (umask 077; token carrier-a >"$OUT/token-carrier"; token inspector >"$OUT/token-inspector")
  a0="$(ticks_of "$AP_PID")" p0="$(ticks_of $(pgrep -x postgres))"
  rss_sampler "$OUT/$name.rss" & sampler=$!
  if [[ -n "$read_rate" ]]; then
    loadgen --name "mix-reads-$label" --rate "$read_rate" --warmup "$warmup" \
      --duration "$duration" --max-in-flight "$MAX_IN_FLIGHT" --keys "$OUT/mix-keys.tsv" --token-file "$OUT/token-inspector" \
      --url "4=$SUBMIT_URL?vehicle={vehicle}" --url "4=$SUBMIT_URL?ecmrNumber={ecmrNumber}" --url "3=$SUBMIT_URL/{id}" \
      --url "1=$SUBMIT_URL/{id}/pdf" --header "X-Control-Reference: bench mix" \
      --json "$OUT/mix-reads-$label.json" >"$OUT/mix-reads-$label.log" & reader=$!
  fi
  loadgen --name "$name" --rate "$rate" --warmup "$warmup" --duration "$duration" \
    --max-in-flight "$MAX_IN_FLIGHT" --token-file "$OUT/token-carrier" --url "$SUBMIT_URL" \
    --body-file "$OUT/$name.bodies" --content-type application/jose --json "$OUT/$name.json" | tee "$OUT/$name.log"
  [[ -z "$reader" ]] || wait "$reader" || log "the inspector's reads of $label ended with an error"
  kill "$sampler" 2>/dev/null || true
  wait "$sampler" 2>/dev/null || true
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$kind" "$label" "$OUT/$name.json" "$before" "$(notes_stored)" \
    "$(( $(ticks_of "$AP_PID") - a0 ))" "$(( $(ticks_of $(pgrep -x postgres)) - p0 ))" \
    "$(sort -n "$OUT/$name.rss" | tail -n 1)" "$load" >>"$ROWS"
  rm -f "$OUT/$name.bodies"
  sleep 5
}

# ---------------------------------------------------------------- 3-4. the scenarios
IDLE_RSS="$(awk '/^VmRSS:/ { print $2 }' "/proc/$AP_PID/status")"
if ((PREWARM > 0)); then
  log "warming the Access Point up: ${PREWARM}s of submissions at ${PREWARM_RATE}/s, not recorded"
  sign_notes "$((PREWARM * PREWARM_RATE + 50))" "$OUT/prewarm.bodies"
  (umask 077; token carrier-a >"$OUT/token-carrier")
  loadgen --name prewarm --rate "$PREWARM_RATE" --warmup 0 --duration "$PREWARM" \
    --max-in-flight "$MAX_IN_FLIGHT" --token-file "$OUT/token-carrier" --url "$SUBMIT_URL" \
    --body-file "$OUT/prewarm.bodies" --json "$OUT/prewarm.json" >"$OUT/prewarm.log" || true
  rm -f "$OUT/prewarm.bodies"
fi
for size in $GROWTH_SIZES; do
  bench/seed-notes.sh "$size" | tail -n 2
  psql_bench -c "vacuum analyze consignment_note" >/dev/null
  submit_scenario growth "$size" "$GROWTH_RATE" "$WARMUP" "$DURATION"
  if [[ "$size" == "$RATES_AT" ]]; then
    for rate in $RATES; do
      submit_scenario rate "$rate" "$rate" "$WARMUP" "$DURATION"
    done
    psql_bench -c "\\copy (select id, ecmr_number as \"ecmrNumber\", vehicle_registration as vehicle
      from consignment_note order by random() limit 5000) to '$OUT/mix-keys.tsv' with (format csv, delimiter E'\\t', header)"
    # The JVM has served submissions only: the inspector's requests (searches, reads, the PDF
    # renderer) are compiled first, as on an Access Point in service, for PREWARM s at half the rate.
    (umask 077; token inspector >"$OUT/token-inspector")
    loadgen --name prewarm-reads --rate "$((MIX_READ_RATE / 2))" --warmup 0 --duration "$PREWARM" \
      --max-in-flight "$MAX_IN_FLIGHT" --keys "$OUT/mix-keys.tsv" --key-order in-order --token-file "$OUT/token-inspector" \
      --url "4=$SUBMIT_URL?vehicle={vehicle}" --url "4=$SUBMIT_URL?ecmrNumber={ecmrNumber}" --url "3=$SUBMIT_URL/{id}" \
      --url "1=$SUBMIT_URL/{id}/pdf" --json "$OUT/prewarm-reads.json" >"$OUT/prewarm-reads.log" || true
    submit_scenario mix "$MIX_SUBMIT_RATE+$MIX_READ_RATE" "$MIX_SUBMIT_RATE" "$WARMUP" "$DURATION" "$MIX_READ_RATE"
  fi
done

# ---------------------------------------------------------------- 5. the report
JMH="$OUT/submission-jmh.json"
{
  echo "## Submission end to end"
  echo
  echo "_Written by \`bench/run-submission.sh\` on $(date -u '+%Y-%m-%d %H:%M UTC'); run it again to refresh this section, do not edit it by hand._"
  echo
  echo "| | |"
  echo "| --- | --- |"
  machine_rows
  echo "| Access Point | the packaged app (\`target/quarkus-app\`), started by \`scripts/stack.sh\` with the JVM's defaults; per-client rate limit off, in-flight bounds ${ECMR_OVERLOAD_MAX_SUBMISSIONS_IN_FLIGHT} (docs/OVERLOAD.md) |"
  echo "| load | \`bench/LoadGenerator.java\`, open model (latency from each request's due time), on the same 2 cores at nice ${GEN_NICE}; ${WARMUP} s warm-up + ${DURATION} s measured per scenario; ${PREWARM} s of submissions at ${PREWARM_RATE}/s first, not recorded |"
  echo
  echo "Each request is a new note: carrier-a's signed JWS (ES256, the sample document with its own e-CMR number and one of 5,000 vehicles), \`POST /api/v1/consignment-notes\` with a bearer token from Keycloak; the Access Point verifies the signature and the certificate path, reads and checks the document, timestamps it with its built-in RFC 3161 TSA and stores note, audit entry and gate registration in one transaction. The PDF copy is made on first request, not at submission (see *PDF rendering*); the mix below downloads some. CPU per note: the Access Point's and all PostgreSQL processes' CPU time during the scenario (warm-up included) over the notes stored in it."
  echo
  echo "### Offered load"
  echo
  echo "At $(thousands "$(awk -F'\t' '$1 == "rate" { print $4; exit }' "$ROWS")") notes stored, and growing by those submitted."
  echo
  echo "| offered /s | achieved /s | p50 ms | p99 ms | p99.9 ms | max ms | errors | Access Point CPU ms / note | PostgreSQL CPU ms / note | resident MB, max | load before |"
  echo "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
  while IFS=$'\t' read -r kind label json before after ap pg rss load; do
    [[ "$kind" == "rate" ]] || continue
    jq -r --arg ap "$ap" --arg pg "$pg" --arg hz "$CLK_TCK" --arg rss "${rss:-0}" --arg load "$load" \
      --argjson notes "$((after - before))" '
      "| \(.targetRate) | \(.achievedRate) | \(.p50Ms) | \(.p99Ms) | \(.p999Ms) | \(.maxMs) | \(.errors)\(if .errors > 0 then " " + (.errorsByKind | tostring) else "" end) | \(if $notes > 0 then ($ap | tonumber) / ($hz | tonumber) * 1000 / $notes * 100 | round / 100 else "-" end) | \(if $notes > 0 then ($pg | tonumber) / ($hz | tonumber) * 1000 / $notes * 100 | round / 100 else "-" end) | \(($rss | tonumber) / 1024 | round) | \($load) |"' "$json"
  done <"$ROWS"
  echo
  echo "Resident memory of the Access Point at idle after start-up: $((IDLE_RSS / 1024)) MB."
  echo
  echo "### Latency as the table grows"
  echo
  echo "Submissions at ${GROWTH_RATE}/s after the table was seeded (\`bench/seed-notes.sh\`) to each size."
  echo
  echo "| notes stored | achieved /s | p50 ms | p99 ms | p99.9 ms | max ms | errors |"
  echo "| ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
  while IFS=$'\t' read -r kind label json before after ap pg rss load; do
    [[ "$kind" == "growth" ]] || continue
    jq -r --arg n "$(thousands "$before")" '"| \($n) | \(.achievedRate) | \(.p50Ms) | \(.p99Ms) | \(.p999Ms) | \(.maxMs) | \(.errors) |"' "$json"
  done <"$ROWS"
  echo
  echo "### A mixed load"
  echo
  echo "| requests | offered /s | achieved /s | p50 ms | p99 ms | p99.9 ms | max ms | errors |"
  echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
  while IFS=$'\t' read -r kind label json before after ap pg rss load; do
    [[ "$kind" == "mix" ]] || continue
    jq -r '"| submissions | \(.targetRate) | \(.achievedRate) | \(.p50Ms) | \(.p99Ms) | \(.p999Ms) | \(.maxMs) | \(.errors) |"' "$json"
    jq -r '"| searches by vehicle and by e-CMR number, reads, PDF copies (4:4:3:1) | \(.targetRate) | \(.achievedRate) | \(.p50Ms) | \(.p99Ms) | \(.p999Ms) | \(.maxMs) | \(.errors) |"' "$OUT/mix-reads-$label.json"
  done <"$ROWS"
  echo
  echo "### Against the in-process limit and the goals"
  echo
  rate_results() { awk -F'\t' '$1 == "rate" { print $3 }' "$ROWS" | xargs -r cat; }
  sustained="$(rate_results | jq -r 'select(.errors == 0 and .achievedRate >= 0.99 * .targetRate and .p99Ms < 1000)
    | .targetRate' | sort -n | tail -n 1)"
  top="$(rate_results | jq -r '.achievedRate' | sort -n | tail -n 1)"
  p99_at_goal="$(rate_results | jq -r --argjson r "$GOAL_P99_RATE" 'select(.targetRate == $r) | .p99Ms')"
  echo "| | measured | goal |"
  echo "| --- | ---: | ---: |"
  echo "| highest offered rate served in full (no errors, ≥ 99 % achieved, p99 under 1 s) | ${sustained:-none}/s | ${GOAL_RATE}/s: $(awk -v s="${sustained:-0}" -v g="$GOAL_RATE" 'BEGIN { print (s >= g ? "met" : "**missed**") }') |"
  echo "| most notes accepted per second in any step | ${top:-?}/s | |"
  echo "| p99 at ${GOAL_P99_RATE}/s | ${p99_at_goal:-?} ms | under ${GOAL_P99_MS} ms: $(awk -v p="${p99_at_goal:-1e9}" -v g="$GOAL_P99_MS" 'BEGIN { print (p < g ? "met" : "**missed**") }') |"
  if [[ -f "$JMH" ]]; then
    jq -r --arg s "${sustained:-0}" --arg top "${top:-0}" '
      (.submitLimitOpsPerSecond // .submitOpsPerSecond2Threads) as $limit |
      "| in-process limit, the work of one submission (JMH, *Submission in process*, \(.submitLimitThreads // 2) callers) | \($limit | round)/s | |",
      "| the same with the PDF copy made for each note | \((.submitWithPdfLimitOpsPerSecond // .submitWithPdfOpsPerSecond2Threads) | round)/s | |",
      "| end to end over in process: served in full / the limit | \(($s | tonumber) / $limit * 100 | round) % | |",
      "| end to end over in process: most accepted / the limit | \(($top | tonumber) / $limit * 100 | round) % | |"' "$JMH"
  else
    echo "| in-process limit | not measured in this run (SKIP_JMH=1 and no earlier \`target/bench/submission-jmh.json\`) | |"
  fi
} >"$OUT/submission-section.md"
write_section "$OUT/submission-section.md"
}

main "$@"
exit

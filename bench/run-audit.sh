#!/usr/bin/env bash
# The audit log's benchmark: what it costs each submission, and how long proofs take at 10^7 entries.
#
# Usage: bench/run-audit.sh          (from any directory; ~25 minutes the first time, for the seeding)
#
#   1. in process, on the test database (./mvnw test -Dbench=submission): the submission use case
#      (verify, timestamp with the built-in TSA, store in PostgreSQL) with SUB_THREADS concurrent
#      callers, SUB_NOTES signed notes after SUB_WARMUP: once with the audit log as it is, once with
#      it replaced by a baseline that stores the note alone; the difference in throughput is the
#      audit log's cost per submission;
#   2. bench/SeedAuditLog.java grows the audit log of the benchmark database to AUDIT_ENTRIES with
#      the Access Point's own canonical form and Merkle hashing (the Access Point must not run on it);
#   3. scripts/stack.sh up on that database; an auditor asks, open model with bench/LoadGenerator.java,
#      for inclusion proofs of random entries, then consistency proofs from random sizes, each at the
#      current tree size, PROOF_RATE/s for PROOF_WARMUP + PROOF_DURATION s;
#   4. writes the section "Audit log" of docs/BENCHMARKS.md (other sections are kept); stops the stack.
#
# Environment (defaults): SUB_NOTES 4000, SUB_WARMUP 1000, SUB_THREADS 8, SUB_ROUNDS 3, AUDIT_ENTRIES 10000000,
#   PROOF_RATE 100, PROOF_WARMUP 10, PROOF_DURATION 30, LOAD_MAX 1.0, LOAD_WAIT 300, and those of
#   bench/lib.sh (BENCH_DB ecmr_bench, ports, KEEP_STACK=1 leaves the stack running).
set -euo pipefail

main() {

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
SUB_NOTES="${SUB_NOTES:-4000}"
SUB_WARMUP="${SUB_WARMUP:-1000}"
SUB_THREADS="${SUB_THREADS:-8}"
SUB_ROUNDS="${SUB_ROUNDS:-3}"
AUDIT_ENTRIES="${AUDIT_ENTRIES:-10000000}"
PROOF_RATE="${PROOF_RATE:-100}"
PROOF_WARMUP="${PROOF_WARMUP:-10}"
PROOF_DURATION="${PROOF_DURATION:-30}"
LOAD_WAIT="${LOAD_WAIT:-300}"
source bench/lib.sh
rm -f "$OUT"/submission-*.json "$OUT"/proof-*.json

# ---------------------------------------------------------------- 1. the cost per submission
# SUB_ROUNDS times each, alternating, so that a change in what else the machine does hits both
# alike; the report compares the medians.
wait_for_quiet "$LOAD_WAIT"
SUB_LOAD="$(load1)"
for round in $(seq 1 "$SUB_ROUNDS"); do
  for variant in WithAuditLogBenchmark WithoutAuditLogBenchmark; do
    ./mvnw -q -B -ntp test -Dbench=submission -Dbench.notes="$SUB_NOTES" -Dbench.warmup="$SUB_WARMUP" \
      -Dbench.threads="$SUB_THREADS" -Dtest="$variant" | grep '^\[bench\]' || true
  done
  for f in with-audit-log without-audit-log; do
    [[ -f "$OUT/submission-$f.json" ]] || die "the submission benchmark wrote no $OUT/submission-$f.json"
    mv "$OUT/submission-$f.json" "$OUT/submission-$f-$round.json"
  done
done

# ---------------------------------------------------------------- 2. the log at AUDIT_ENTRIES
[[ -f target/quarkus-app/quarkus-run.jar ]] || ./mvnw -B -q -ntp package -DskipTests
scripts/stack.sh status 2>/dev/null | grep -q 'access-point: running' &&
  die "the Access Point must not run while the audit log is seeded: scripts/stack.sh down first"
psql_bench -tAc "select 1 from audit_head" >/dev/null 2>&1 || {
  log "no schema yet: starting the stack once so that Flyway creates it"
  QUARKUS_DATASOURCE_JDBC_URL="$BENCH_JDBC_URL" scripts/stack.sh up; scripts/stack.sh down; }
java -cp 'target/quarkus-app/app/*:target/quarkus-app/lib/main/*' bench/SeedAuditLog.java \
  "jdbc:postgresql://${PG_HOST}:${PG_PORT}/${BENCH_DB}?user=${PG_USER}" "$AUDIT_ENTRIES" | tail -n 1
psql_bench -c "vacuum analyze audit_entry, audit_node"

# ---------------------------------------------------------------- 3. proofs through the API
stack_up
SIZE="$(psql_bench -tAc "select size from audit_head where id = 1")"
KEYS="$OUT/proof-keys.tsv"
psql_bench -c "\\copy (select (1 + floor(random() * $SIZE))::bigint as seq, (1 + floor(random() * ($SIZE - 1)))::bigint
  as first from generate_series(1, 10000)) to '$KEYS' with (format csv, delimiter E'\\t', header)"
TOKEN_FILE="$OUT/token"
PROOF_LOADS=()
for kind in inclusion consistency; do
  wait_for_quiet 90
  PROOF_LOADS+=("$(load1)")
  (umask 077; token auditor >"$TOKEN_FILE")
  [[ "$kind" == inclusion ]] && url="$AP/api/v1/audit/proofs/inclusion?seq={seq}" ||
    url="$AP/api/v1/audit/proofs/consistency?first={first}"
  # shellcheck disable=SC2086 # LOADGEN_JAVA_OPTS is a list of JVM options
  java $LOADGEN_JAVA_OPTS bench/LoadGenerator.java --name "proof-$kind" --rate "$PROOF_RATE" \
    --warmup "$PROOF_WARMUP" --duration "$PROOF_DURATION" --keys "$KEYS" --token-file "$TOKEN_FILE" \
    --url "$url" --json "$OUT/proof-$kind.json" | tail -n 1
done
SAMPLE="$(curl -sf -H "Authorization: Bearer $(cat "$TOKEN_FILE")" "$AP/api/v1/audit/proofs/inclusion?seq=$((SIZE / 3))" |
  jq '.path | length')" || SAMPLE="?"

# ---------------------------------------------------------------- 4. the report
runs=("$OUT"/submission-with-audit-log-[0-9]*.json "$OUT"/submission-without-audit-log-[0-9]*.json)
{
  echo "## Audit log"
  echo
  echo "_Written by \`bench/run-audit.sh\` on $(date -u '+%Y-%m-%d %H:%M UTC'); run it again to refresh this section, do not edit it by hand._"
  echo
  echo "### Machine"
  echo
  echo "| | |"
  echo "| --- | --- |"
  machine_rows
  echo
  echo "### What the audit log costs a submission"
  echo
  echo "In process, no HTTP: the submission use case (verify the JAdES signature, timestamp with the built-in TSA, store the note in PostgreSQL) called by $SUB_THREADS threads for $SUB_NOTES signed notes after $SUB_WARMUP unmeasured ones, in a fresh Access Point each time; as the Access Point runs (each note committed with its audit entry, grouped by the audit writer) and with the audit log replaced by a baseline that stores the note alone (\`UnrecordedAuditLog\`, test code); $SUB_ROUNDS times each, alternating. 1-minute load average at the start: $SUB_LOAD."
  echo
  echo "| run | notes /s | process CPU ms per note |"
  echo "| --- | ---: | ---: |"
  for f in "${runs[@]}"; do jq -r --arg f "$(basename "$f" .json)" '"| \($f | sub("submission-"; "")) | \(.perSecond) | \(.processCpuMsPerNote) |"' "$f"; done
  jq -rs '
    def median: sort | .[length / 2 | floor];
    (map(select(.label == "with-audit-log") | .perSecond) | median) as $with
    | (map(select(.label == "without-audit-log") | .perSecond) | median) as $without
    | ((1 - $with / $without) * 1000 | round / 10) as $cost
    | "\nMedians: \($with) notes/s with the audit log, \($without) without: the audit log takes **\($cost) %**"
      + " of the submission throughput (goal: under 10 %: " + (if $cost < 10 then "met" else "**missed**" end) + ")."' \
    "${runs[@]}"
  echo
  echo "### Proofs at $(printf '%d' "$SIZE" | sed ':a;s/\B[0-9]\{3\}\>/,&/;ta') entries"
  echo
  echo "The log grown by \`bench/SeedAuditLog.java\` (inspectors' reads and searches over two years, hashed exactly as the Access Point hashes them). An auditor's requests through the API, open model (\`bench/LoadGenerator.java\`: latency from each request's due time), each for a random entry or a random first size, at the current tree size: the server reads O(log n) stored subtree hashes (\`audit_node\`) per proof and root. An inclusion proof here has $SAMPLE hashes."
  echo
  echo "| proof | offered /s | achieved /s | ok | errors | p50 ms | p90 ms | p99 ms | max ms | load avg at start |"
  echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
  i=0
  for kind in inclusion consistency; do
    jq -r --arg load "${PROOF_LOADS[$i]}" '"| \(.name) | \(.targetRate) | \(.achievedRate) | \(.ok) | \(.errors) | \(.p50Ms) | \(.p90Ms) | \(.p99Ms) | \(.maxMs) | \($load) |"' "$OUT/proof-$kind.json"
    i=$((i + 1))
  done
} >"$OUT/audit-section.md"
write_section "$OUT/audit-section.md"
}

main "$@"
exit

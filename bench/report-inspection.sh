#!/usr/bin/env bash
# Prints the "Inspection at <N> notes" section of docs/BENCHMARKS.md (markdown) from the results
# of bench/run-inspection.sh, which calls it. Not meant to be run by hand.
#
# Usage: bench/report-inspection.sh NOTES GOAL_P99_MS KEYS_TSV OUT_DIR RESULT...
#   RESULT = name<TAB>result.json<TAB>load average at start<TAB>audit seq before<TAB>after<TAB>lock samples
#            <TAB>"cores used by the stack / the generator / everything else"
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
NOTES="$1" GOAL="$2" KEYS="$3" OUT="$4"
shift 4

psql_bench() { psql -X -q -v ON_ERROR_STOP=1 -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d "$BENCH_DB" "$@"; }
setting() { psql_bench -tAc "select setting || coalesce(unit, '') from pg_settings where name = '$1'"; }
key() { # key COLUMN: the value of a column in the first row of the keys file
  awk -F'\t' -v c="$1" 'NR == 1 { for (i = 1; i <= NF; i++) if ($i == c) k = i; next } NR == 2 { print $k; exit }' "$KEYS"
}
fmt_int() { printf '%d' "$1" | sed ':a;s/\B[0-9]\{3\}\>/,&/;ta'; }   # 1000000 -> 1,000,000

commit="$(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src pom.xml 2>/dev/null || printf ' (with uncommitted changes in src/)')"
quarkus="$(sed -n 's:.*<quarkus.version>\(.*\)</quarkus.version>.*:\1:p' pom.xml | head -n 1)"
overrides="$(env | grep -E '^QUARKUS_' | grep -vE '^QUARKUS_(DATASOURCE_JDBC_URL|DATASOURCE_USERNAME|DATASOURCE_PASSWORD|OIDC_AUTH_SERVER_URL|HTTP_PORT)=' | sort | paste -sd, - || true)"

echo "## Inspection at $(fmt_int "$NOTES") notes"
echo
echo "_Written by \`bench/run-inspection.sh\` on $(date -u '+%Y-%m-%d %H:%M UTC'); run it again to refresh this section, do not edit it by hand._"
echo
echo "### Machine"
echo
echo "| | |"
echo "| --- | --- |"
echo "| CPU | $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//'), \`nproc\` = $(nproc) |"
echo "| memory | $(free -h | awk '/^Mem:/ { print $2 " total, " $7 " available" }') |"
echo "| Java | $(java -version 2>&1 | head -n 1) |"
echo "| PostgreSQL | $(psql_bench -tAc 'show server_version'): shared_buffers $(setting shared_buffers | sed 's/8kB$/ x 8 kB/'), synchronous_commit $(setting synchronous_commit), max_connections $(setting max_connections) |"
echo "| Access Point | commit \`$commit\`, Quarkus ${quarkus:-?}, packaged fast-jar as started by \`scripts/stack.sh up\`; settings changed for the run: ${overrides:-none (so the defaults: 50 pooled connections, \`quarkus.datasource.jdbc.max-size\`; 200 worker threads, \`quarkus.thread-pool.max-threads\`)} |"
echo "| also on the machine | PostgreSQL, Keycloak (idle during the runs) and the load generator share the 2 cores with the Access Point; other engineers' builds may run too: the 1-minute load average when each scenario started is in the results |"
echo
echo "### Method"
echo
echo "- **Data**: $(fmt_int "$NOTES") notes in \`consignment_note\`, generated in SQL by \`bench/seed-notes.sh\`: ~2,000 carriers, ~50,000 vehicles (registrations in 8 national formats, spelled with dashes, spaces, without separators or in lower case), received over the last two years; each note carries the $(psql_bench -tAc "select octet_length(original) || ' bytes of a real signed note and the ' || octet_length(timestamp_reply) || '-byte RFC 3161 reply' from consignment_note order by received_at desc limit 1") stored at a real submission. Statistics are fresh (\`VACUUM ANALYZE\` after the load)."
echo "- **Keys**: $(($(wc -l <"$KEYS") - 1)) notes drawn at random from the table; each request takes one at random: its vehicle registration as stored (any spelling), its e-CMR number or its id."
echo "- **Load**: \`bench/LoadGenerator.java\`, open model: request *k* is due at start + *k*/rate whatever the earlier ones are doing, and its latency is measured from that due time, so queueing delays count in full (no coordinated omission). HTTP/1.1 keep-alive, at most ${MAX_IN_FLIGHT:-1000} requests in flight (more would count as errors), JVM options \`${LOADGEN_JAVA_OPTS:-}\`. One inspector's bearer token (Keycloak, password grant), header \`X-Control-Reference\`. Every request is an authority access, so each one also appends an \`audit_entry\` row before it is answered."
echo "- **Scenarios**: one after another on the same running Access Point, after ${PREWARM:-0} s of unrecorded searches and reads that warm the freshly started Access Point up; each scenario's warm-up requests are sent but not counted. Percentiles are exact (nearest rank over all 2xx answers of the measured period); *achieved* is 2xx answers per second until the last measured one arrived. The goal counts as met when p99 < $GOAL ms with no errors and at least 99 % of the offered rate achieved. \`pdf-cold\` asks for notes whose PDF copy was never made, each once (rendered, sealed with the Access Point's seal, kept, its rendering recorded in the audit log, then served); \`pdf-cached\` asks for notes whose copy is kept (served as stored); the PDF copy has no latency goal, these rows are its measurement. \`diag-carrier-search-no-audit\` is a diagnostic, not a goal: carrier-a searching its own notes by plate (one result), the same request path without the audit append, since carriers' searches are not logged."
echo
echo "### Results"
echo
echo "| scenario | offered /s | achieved /s | ok | errors | p50 ms | p90 ms | p99 ms | p99.9 ms | max ms | goal: p99 < $GOAL ms | load avg at start | cores busy: stack / generator / others |"
echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: | --- |"
for r in "$@"; do
  IFS=$'\t' read -r name json load _ _ _ cpu <<<"$r"
  jq -r --arg load "$load" --arg cpu "$cpu" --argjson goal "$GOAL" '
    "| \(.name) (\(.warmupSeconds) s + \(.durationSeconds) s) | \(.targetRate) | \(.achievedRate) | \(.ok) | \(.errors)"
    + (if .errors > 0 then " (" + ([.errorsByKind | to_entries[] | "\(.key): \(.value)"] | join(", ")) + ")" else "" end)
    + " | \(.p50Ms) | \(.p90Ms) | \(.p99Ms) | \(.p999Ms) | \(.maxMs) | "
    + (if (.name | startswith("diag-")) then "(diagnostic)"
       elif (.name | startswith("pdf-")) then "(no latency goal)"
       elif .p99Ms < $goal and .errors == 0 and .achievedRate >= 0.99 * .targetRate then "met" else "**missed**" end)
    + " | \($load) | \($cpu) |"' "$json"
done
echo
echo "*Cores busy* is CPU time over the scenario's wall time (2 cores = 2.00): the stack (Access Point, Keycloak, all PostgreSQL processes), the load generator, and everything else on the machine; a run with others well above 0 shared the machine with someone else's work. "
jsons=()
for r in "$@"; do jsons+=("$(cut -f2 <<<"$r")"); done
echo "The load generator's own send lag (how late it sent requests, already included above) stayed at p99 $(jq -s -r 'map(.sendLagP99Ms) | max' "${jsons[@]}") ms or less."
echo
echo "### The audit log under load"
echo
echo "Each authority request appends to \`audit_entry\` before it is answered. One writer per Access Point instance commits the entries of all requests waiting at that moment in one transaction, under the row lock of \`audit_head\` (gap-free sequence across instances); every entry of one commit carries the same \`recorded_at\`, so the distinct values count the commits. Lock waits are sampled from \`pg_stat_activity\` every 100 ms."
echo
echo "| scenario | entries appended | appends /s | commits | entries per commit, mean / max | time between commits p50 / p90 / p99 ms | sessions waiting for a lock, mean / max | idle in transaction, mean |"
echo "| --- | ---: | ---: | ---: | --- | --- | --- | ---: |"
for r in "$@"; do
  IFS=$'\t' read -r name _ _ before after locks _ <<<"$r"
  stats="$(psql_bench -tA -F ' | ' -c "
    with c as (select recorded_at, count(*) as entries from audit_entry where seq > $before and seq <= $after
               group by recorded_at),
         g as (select recorded_at, entries, recorded_at - lag(recorded_at) over (order by recorded_at) as gap from c)
    select coalesce(sum(entries), 0),
           round((coalesce(sum(entries), 0) / greatest(extract(epoch from max(recorded_at) - min(recorded_at)), 0.001))::numeric, 1),
           count(*),
           coalesce(round(avg(entries)::numeric, 1) || ' / ' || max(entries), '-'),
           coalesce(round((percentile_cont(0.5) within group (order by extract(epoch from gap) * 1000))::numeric, 2) || ' / '
             || round((percentile_cont(0.9) within group (order by extract(epoch from gap) * 1000))::numeric, 2) || ' / '
             || round((percentile_cont(0.99) within group (order by extract(epoch from gap) * 1000))::numeric, 2), '-')
    from g")"
  waits="$(awk -F'\t' 'NF == 4 { n++; w += $1; if ($1 > m) m = $1; i += $3 }
                       END { if (n) printf "%.1f / %d | %.1f", w / n, m, i / n; else printf "- | -" }' "$locks")"
  echo "| $name | $stats | $waits |"
done
echo
echo "Why the appends are grouped: the same append without the Access Point, run by \`pgbench\` for 10 s each on copies of the audit tables (same columns and indexes, the last million rows): one entry per transaction as the Access Point did it before the writer grouped them (\`bench/audit-append.sql\`, without the Merkle-tree rows), one statement in autocommit (\`bench/audit-append-one-statement.sql\`), and ten entries per commit (\`bench/audit-append-group-of-10.sql\`). Each commit waits for one disk flush; grouping shares it among the entries that wait together, which is what lets the log keep up with bursts on a disk slower than this one:"
echo
echo "| append | pgbench clients | transactions /s | appends /s | mean transaction latency ms |"
echo "| --- | ---: | ---: | ---: | ---: |"
for variant in "one entry per transaction:pgbench:1" "one statement, autocommit:pgbench-one-statement:1" "group of 10 per commit:pgbench-group-of-10:10"; do
  IFS=: read -r label file per <<<"$variant"
  for clients in 1 8; do
    f="$OUT/$file-$clients.log"
    [[ -f "$f" ]] || continue
    tps="$(sed -n 's/^tps = \([0-9]*\)\.[0-9]* .*/\1/p' "$f" | head -n 1)"
    echo "| $label | $clients | $tps | $((${tps:-0} * per)) | $(sed -n 's/^latency average = \([0-9.]*\) ms/\1/p' "$f") |"
  done
done
echo
vehicle="$(key vehicle)"
number="$(key ecmrNumber)"
id="$(key id)"
vehicle_key="$(printf '%s' "$vehicle" | tr -d ' -' | tr '[:lower:]' '[:upper:]')"
echo "### Query plans"
echo
echo "The statements exactly as Hibernate sends them (read from \`pg_stat_activity\`) with real keys, \`EXPLAIN (ANALYZE, BUFFERS)\` on the loaded database after the runs. A search asks for one row more than the page (20) to know whether a next page exists. The driver turns a statement run often into a server-side prepared one, which PostgreSQL may then run with a generic plan, so that plan is shown too."
echo
SEARCH_SQL="select ne1_0.id,ne1_0.ecmr_number,ne1_0.carrier_id,ne1_0.vehicle_registration,ne1_0.taking_over_date,ne1_0.received_at from consignment_note ne1_0 where 1=1 and ne1_0.%s=\$1 order by ne1_0.received_at desc,ne1_0.id desc offset \$2 rows fetch first \$3 rows only"
plans() { # plans COLUMN VALUE: the custom and the generic plan of the search by COLUMN
  local sql
  sql="${SEARCH_SQL//%s/$1}"
  echo '```'
  echo "$sql"
  echo
  echo "-- custom plan for (\$1, \$2, \$3) = ('$2', 0, 21)"
  psql_bench -tA -c "prepare q(varchar, int, int) as $sql" -c "explain (analyze, buffers) execute q('$2', 0, 21)"
  echo
  echo "-- generic plan (plan_cache_mode = force_generic_plan)"
  psql_bench -tA -c "set plan_cache_mode = force_generic_plan" -c "prepare q(varchar, int, int) as $sql" \
    -c "explain (analyze, buffers) execute q('$2', 0, 21)"
  echo '```'
}
echo "Search by vehicle (\`vehicle=$vehicle\`, key \`$vehicle_key\`):"
echo
plans vehicle_key "$vehicle_key"
echo
echo "Search by e-CMR number (\`$number\`):"
echo
plans ecmr_number "$number"
echo
echo "Read by id (\`$id\`; the row with its \`original\` and \`timestamp_reply\`):"
echo
echo '```'
psql_bench -tA -c "explain (analyze, buffers) select * from consignment_note where id = '$id'"
echo '```'
echo
echo "The append of one audit entry (statements as the Access Point runs them, rolled back):"
echo
echo '```'
psql_bench -tA <<SQL
begin;
explain (analyze, buffers) select size from audit_head where id = 1 for update;
explain (analyze, buffers) insert into audit_entry (seq, recorded_at, event_type, actor_subject, actor_role, details)
  select size + 1, now(), 'SEARCH', 'bench', 'inspector', '{}' from audit_head where id = 1;
explain (analyze, buffers) update audit_head set size = size + 1 where id = 1;
rollback;
SQL
echo '```'

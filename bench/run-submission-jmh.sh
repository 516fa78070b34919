#!/usr/bin/env bash
# The in-process cost of one submission, measured with JMH: the machine's limit for this work, which
# the HTTP benchmark divides its end-to-end throughput by. Inside a started Access Point (a
# @QuarkusTest on its own database, SubmissionJmhBenchmark), JMH calls the application's beans:
#   submit         verify + read + carrier match + duplicate lookup + timestamp (built-in TSA) +
#                  note, audit entry (group-commit writer) in one PostgreSQL transaction;
#   submitWithPdf  the same, then the note's PDF copy as its first request makes it (PdfCopies#of:
#                  render, PDF/A-3b, PAdES seal, kept with its audit entry);
#   stages         verify (SignatureVerifier), timestamp (TimestampAuthority), pdf (render + seal of a
#                  stored note, not kept), each alone;
# each at 1, 2 and 8 threads (a caller waits for its commit's disk flush, so the cores are only kept
# busy by more callers than cores); every submission is a note signed before its iteration, never used twice.
# Writes the section "Submission in process (JMH)" of docs/BENCHMARKS.md, JMH's results
# (target/bench/submission-jmh-results.json) and target/bench/submission-jmh.json, the summary the
# HTTP benchmark reads.
#
# Usage: bench/run-submission-jmh.sh     (from any directory; ~5 minutes)
# Environment (defaults): JMH_DB ecmr_jmh (created if missing; Flyway cleans it at start, so never a
#   database anything else uses), THREADS 1,2,8, WARMUP 3 x WARMUP_SECONDS 5 and ITERATIONS 5 x
#   ITERATION_SECONDS 5 for submit and submitWithPdf, STAGE_WARMUP 2 x STAGE_WARMUP_SECONDS 3 and
#   STAGE_ITERATIONS 3 x STAGE_ITERATION_SECONDS 3 for the stages, NOTES 1000 (signed for a first iteration;
#   later ones get 1.5 x the most an iteration took), LOAD_MAX 1.0, LOAD_WAIT 300.
set -euo pipefail

main() {

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
JMH_DB="${JMH_DB:-ecmr_jmh}"
THREADS="${THREADS:-1,2,8}"
WARMUP="${WARMUP:-3}" WARMUP_SECONDS="${WARMUP_SECONDS:-5}"
ITERATIONS="${ITERATIONS:-5}" ITERATION_SECONDS="${ITERATION_SECONDS:-5}"
STAGE_WARMUP="${STAGE_WARMUP:-2}" STAGE_WARMUP_SECONDS="${STAGE_WARMUP_SECONDS:-3}"
STAGE_ITERATIONS="${STAGE_ITERATIONS:-3}" STAGE_ITERATION_SECONDS="${STAGE_ITERATION_SECONDS:-3}"
LOAD_WAIT="${LOAD_WAIT:-300}"
case "$JMH_DB" in ecmr_test | ecmr_bench | ecmr) echo "bench: JMH_DB must be a database of its own, not $JMH_DB" >&2; exit 1 ;; esac
# lib.sh's psql_bench (the machine rows) then reads this database's settings.
BENCH_DB="$JMH_DB"
source bench/lib.sh
rm -f "$OUT"/submission-jmh*.json
psql_bench -tAc 'select 1' >/dev/null 2>&1 || createdb -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" "$JMH_DB"

./mvnw -q -B -ntp test-compile
wait_for_quiet "$LOAD_WAIT"
load="$(load1)"
ECMR_TEST_DB="$JMH_DB" ./mvnw -q -B -ntp test -Dbench=jmh -Dtest=SubmissionJmhBenchmark \
  -Dbench.jmh.threads="$THREADS" -Dbench.jmh.notes="${NOTES:-1000}" \
  -Dbench.jmh.whole.warmup="$WARMUP" -Dbench.jmh.whole.warmup-seconds="$WARMUP_SECONDS" \
  -Dbench.jmh.whole.iterations="$ITERATIONS" -Dbench.jmh.whole.seconds="$ITERATION_SECONDS" \
  -Dbench.jmh.stages.warmup="$STAGE_WARMUP" -Dbench.jmh.stages.warmup-seconds="$STAGE_WARMUP_SECONDS" \
  -Dbench.jmh.stages.iterations="$STAGE_ITERATIONS" -Dbench.jmh.stages.seconds="$STAGE_ITERATION_SECONDS" \
  | tee "$OUT/submission-jmh.log"
load_end="$(load1)"
results=("$OUT"/submission-jmh-whole-*t.json "$OUT"/submission-jmh-stages-*t.json)
for f in "${results[@]}"; do [[ -f "$f" ]] || die "JMH wrote no $f"; done
jq -s 'add' "${results[@]}" >"$OUT/submission-jmh-results.json"

# The summary for the HTTP benchmark; ms/op is one caller's time per submission (threads / throughput).
jq '
  def pick($name; $threads): first(.[] | select((.benchmark | split(".") | last) == $name and .threads == $threads)
    | .primaryMetric.score) // null;
  def round2: if . == null then null else . * 100 | round / 100 end;
  def best($name): [.[] | select((.benchmark | split(".") | last) == $name)] | max_by(.primaryMetric.score)
    | if . == null then null else {ops: (.primaryMetric.score | round2), threads} end;
  { submitLimitOpsPerSecond: (best("submit").ops), submitLimitThreads: (best("submit").threads),
    submitWithPdfLimitOpsPerSecond: (best("submitWithPdf").ops), submitWithPdfLimitThreads: (best("submitWithPdf").threads),
    submitOpsPerSecond2Threads: (pick("submit"; 2) | round2),
    submitWithPdfOpsPerSecond2Threads: (pick("submitWithPdf"; 2) | round2),
    submitMsPerOp1Thread: (pick("submit"; 1) | if . == null then null else 1000 / . end | round2),
    submitWithPdfMsPerOp1Thread: (pick("submitWithPdf"; 1) | if . == null then null else 1000 / . end | round2),
    submitOpsPerSecond1Thread: (pick("submit"; 1) | round2),
    submitWithPdfOpsPerSecond1Thread: (pick("submitWithPdf"; 1) | round2) }' \
  "$OUT/submission-jmh-results.json" >"$OUT/submission-jmh.json"

# Rows of a table from JMH's results: ops/s with JMH's 99.9 % error, ms/op derived from it.
rows='
  def name: .benchmark | split(".") | last;
  def err: .primaryMetric.scoreError | if type == "number" then . else null end;
  def r($d): . * $d | round / $d;
  def ms: 1000 * .threads / .primaryMetric.score;
  def mserr: if err == null then null else 1000 * .threads * err / (.primaryMetric.score | . * .) end;
  def pm($x; $d): if $x == null then "" else " ± \($x | r($d))" end;
  def line: "| \(name) | \(.threads) | \(.primaryMetric.score | r(10))\(pm(err; 10)) | \(ms | r(100))\(pm(mserr; 100)) |";'
ms1='def ms1($r; $name): first($r[] | select((.benchmark | split(".") | last) == $name and .threads == 1)
  | 1000 / .primaryMetric.score) // null;'

{
  echo "## Submission in process (JMH)"
  echo
  echo "_Written by \`bench/run-submission-jmh.sh\` on $(date -u '+%Y-%m-%d %H:%M UTC'); run it again to refresh this section, do not edit it by hand._"
  echo
  echo "| | |"
  echo "| --- | --- |"
  machine_rows
  echo "| JMH | $(jq -r '.[0].jmhVersion' "$OUT/submission-jmh-results.json"), forks 0 (inside the started Access Point), $(jq -r '.[0] | "\(.vmName) \(.vmVersion)"' "$OUT/submission-jmh-results.json") |"
  echo "| 1-minute load average | $load at the start, $load_end at the end |"
  echo
  echo "One submission's work without HTTP, on the Access Point's own beans in a started Access Point (\`SubmissionJmhBenchmark\`, test profile, database \`$JMH_DB\`, no e-FTI gate configured, as on the benchmark stack): **submit** is \`SubmitConsignmentNote#submit\` (verify the JAdES signature, its certificate path and CRL; read and validate the document; match the carrier; look for an earlier note; timestamp with the built-in RFC 3161 TSA; note and audit entry committed together through the group-commit writer), each time for a note of its own signed by carrier A before the iteration; **submitWithPdf** adds the note's PDF copy as its first request makes it (\`PdfCopies#of\`: render, PDF/A-3b, PAdES seal, kept with its audit entry). JMH throughput mode, ${THREADS//,/ and } caller threads; PostgreSQL runs on the same $(nproc) cores, as in production. Submit and submitWithPdf: $WARMUP warm-up iterations of $WARMUP_SECONDS s, $ITERATIONS measured of $ITERATION_SECONDS s; stages: $STAGE_WARMUP x $STAGE_WARMUP_SECONDS s and $STAGE_ITERATIONS x $STAGE_ITERATION_SECONDS s. ± is JMH's 99.9 % confidence half-width; ms/op is one caller's time per operation, threads / throughput."
  echo
  echo "| benchmark | threads | ops/s | ms/op |"
  echo "| --- | ---: | ---: | ---: |"
  jq -r "$rows"' sort_by(.threads) | .[] | select(name == "submit" or name == "submitWithPdf") | line' "$OUT/submission-jmh-results.json"
  echo
  echo "Where the time goes: each stage alone (the verifier on a few signed notes in turn, the TSA on random digests, the renderer on one stored note, rendered and sealed but not kept), and its share of one submission at 1 thread."
  echo
  echo "| stage | threads | ops/s | ms/op | share at 1 thread |"
  echo "| --- | ---: | ---: | ---: | ---: |"
  jq -r "$rows $ms1"' . as $r | sort_by(.threads, ({verify: 0, timestamp: 1, pdf: 2}[name] // 3)) | .[]
    | select(name == "verify" or name == "timestamp" or name == "pdf")
    | (if .threads != 1 then "" elif name == "pdf" then ms1($r; "submitWithPdf") else ms1($r; "submit") end) as $of
    | line + " \(if $of == "" or $of == null then "" else "\(100 * ms / $of | round) % of \(if name == "pdf" then "submitWithPdf" else "submit" end)" end) |"' \
    "$OUT/submission-jmh-results.json"
  jq -r "$ms1"' . as $r | ms1($r; "submit") as $s | ms1($r; "verify") as $v | ms1($r; "timestamp") as $t
    | ms1($r; "submitWithPdf") as $p
    | if $s and $v and $t then "| the rest of submit: read, carrier match, duplicate lookup, persist + audit (the commit included), by difference | 1 | | \(($s - $v - $t) * 100 | round / 100) | \(100 * ($s - $v - $t) / $s | round) % of submit |" else empty end,
      if $s and $p then "| the PDF copy made and kept for a stored note, by difference (submitWithPdf - submit) | 1 | | \(($p - $s) * 100 | round / 100) | \(100 * ($p - $s) / $p | round) % of submitWithPdf |" else empty end' \
    "$OUT/submission-jmh-results.json"
  echo
  read -r with_pdf with_pdf_threads without_pdf without_pdf_threads < <(jq -r \
    '"\(.submitWithPdfLimitOpsPerSecond // "?") \(.submitWithPdfLimitThreads // "?") \(.submitLimitOpsPerSecond // "?") \(.submitLimitThreads // "?")"' \
    "$OUT/submission-jmh.json")
  # Only the load before the run tells of other work: at its end the benchmark's own callers are in it.
  if awk -v l="$load" -v m="$LOAD_MAX" 'BEGIN { exit !(l >= m) }'; then
    echo "**Measured on a busy machine (1-minute load average $load at the start, quiet below $LOAD_MAX): these numbers are not its limit; run the script again when it is quiet.**"
    echo
  fi
  echo "The machine's limit for this work, the most any number of callers got on its $(nproc) cores with PostgreSQL beside them: **$without_pdf submissions per second** without the PDF copy ($without_pdf_threads callers), **$with_pdf per second** with each note's copy made ($with_pdf_threads callers); no HTTP, no token check, no JSON receipt. One caller spends most of its time waiting for its commit's disk flush, so it takes more callers than cores to keep the cores busy. The HTTP benchmark reports its end-to-end throughput as a share of these (\`target/bench/submission-jmh.json\`)."
} >"$OUT/submission-jmh-section.md"
write_section "$OUT/submission-jmh-section.md"
}

main "$@"
exit

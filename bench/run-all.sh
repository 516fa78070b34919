#!/usr/bin/env bash
# The whole benchmark suite, one script after the other, each writing its own section of
# docs/BENCHMARKS.md (the hand-written analyses between them are kept):
#
#   bench/run-rendering.sh     the PDF copy in process                                  ~2 min
#   bench/run-submission.sh    JMH in process (bench/run-submission-jmh.sh), then signed submissions
#                              over HTTP at several rates, as the table grows to 10^6 notes, in a
#                              mix with reads; the ratio end to end / in process          ~35 min
#   bench/run-inspection.sh    searches, reads and PDF downloads at 10^6 notes            ~15 min
#   bench/run-audit.sh         what the audit log costs a submission; proofs at 10^7 entries  ~25 min
#   bench/run-startup.sh       start-up time and resident memory                          ~3 min
#
# Usage: bench/run-all.sh [SCRIPT...]   e.g. bench/run-all.sh submission startup (default: all, in that order)
# Run it on a machine doing nothing else: every script waits for a 1-minute load average below
# LOAD_MAX (1.0) before measuring, and says so in its section when it could not.
set -euo pipefail

main() {
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
local scripts=("$@") failed=()
((${#scripts[@]})) || scripts=(rendering submission inspection audit startup)
for name in "${scripts[@]}"; do
  [[ -x "bench/run-$name.sh" ]] || { echo "[bench] no bench/run-$name.sh" >&2; exit 2; }
done
for name in "${scripts[@]}"; do
  printf '[bench] ===== %s (%s UTC)\n' "$name" "$(date -u +%H:%M)"
  # inspection reuses the 10^6 notes run-submission.sh leaves in the benchmark database
  if ! "bench/run-$name.sh"; then
    failed+=("$name")
    printf '[bench] %s failed: its section of docs/BENCHMARKS.md is unchanged\n' "$name" >&2
  fi
done
printf '[bench] done (%s UTC)%s\n' "$(date -u +%H:%M)" "${failed[*]:+; failed: ${failed[*]}}"
((${#failed[@]} == 0))
}

main "$@"
exit

#!/usr/bin/env bash
# The PDF copy's rendering cost in process: pages per second per core, for a one-page note and a
# note of 200 goods lines, each rendered, made PDF/A-3b and sealed (RenderingBenchmark, one thread,
# CPU time of that thread), and the seal alone. The PDF endpoint under load (cold and cached) is
# measured by bench/run-inspection.sh.
#
# Usage: bench/run-rendering.sh       (from any directory; ~2 minutes)
# Environment (defaults): ROUNDS 6 (the first is warm-up; the report gives the median of the others),
#   LOAD_MAX 1.0, LOAD_WAIT 300.
set -euo pipefail

main() {

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
ROUNDS="${ROUNDS:-6}"
LOAD_WAIT="${LOAD_WAIT:-300}"
source bench/lib.sh

./mvnw -q -B -ntp test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$OUT/test-classpath.txt"
wait_for_quiet "$LOAD_WAIT"
load="$(load1)"
java -Drounds="$ROUNDS" -cp "target/classes:target/test-classes:$(cat "$OUT/test-classpath.txt")" \
  eu.ecmr.accesspoint.rendering.RenderingBenchmark | tee "$OUT/rendering.log"
result="$(tail -n 1 "$OUT/rendering.log")"

{
  echo "## PDF rendering"
  echo
  echo "_Written by \`bench/run-rendering.sh\` on $(date -u '+%Y-%m-%d %H:%M UTC'); run it again to refresh this section, do not edit it by hand._"
  echo
  echo "| | |"
  echo "| --- | --- |"
  machine_rows
  echo "| 1-minute load average at the start | $load |"
  echo
  echo "One thread renders the same note over and over (PDFBox 3.0.8: layout, PDF/A-3b with the font subset made at start-up, XMP, sRGB intent, the original and the timestamp reply as associated files, the QR code, then the PAdES seal written in the same save); CPU time of that thread, median of $(jq .rounds <<<"$result") warm rounds. The endpoint's latency, cold and cached, is in *Inspection* above."
  echo
  echo "| copy | pages | ms per copy | ms per page | pages per second per core | bytes |"
  echo "| --- | ---: | ---: | ---: | ---: | ---: |"
  jq -r '"| sample note | 1 | \(.onePageMsPerNote) | \(.onePageMsPerNote) | \(1000 / .onePageMsPerNote | floor) | \(.onePageBytes) |",
         "| 200 goods lines | \(.manyLinesPages) | \(.manyLinesMsPerNote) | \(.manyLinesMsPerNote / .manyLinesPages * 100 | round / 100) | \(1000 * .manyLinesPages / .manyLinesMsPerNote | floor) | \(.manyLinesBytes) |",
         "| the seal alone (signing a prepared copy of the same length) | | \(.sealMs) | | | |"' <<<"$result"
  echo
  jq -r '"Goal: 300 pages per second per core. Pages after the first: " + ((.manyLinesMsPerNote - .onePageMsPerNote) / (.manyLinesPages - 1) * 100 | round / 100 | tostring) + " ms each. A copy of one page: " + (if 1000 / .onePageMsPerNote >= 300 then "met" else "**missed**: every copy pays once for its QR code, its seal, its fonts and its associated files, whatever its length" end) + "; of 200 lines: " + (if 1000 * .manyLinesPages / .manyLinesMsPerNote >= 300 then "met" else "**missed**" end) + "."' <<<"$result"
} >"$OUT/rendering-section.md"
write_section "$OUT/rendering-section.md"
}

main "$@"
exit

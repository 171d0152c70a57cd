#!/usr/bin/env bash
# import facts against a bare COPY of the same rows, same JVM, same database, same run (ImportFactsBench.java).
# Prints figures; asserts nothing. The corpus: the bundled news alerts that hold facts, copied COPIES times
# (NewsCorpus.java), their facts written by ./palermo extract as a user would.
#   bench/facts/run.sh [COPIES] [RUNS]      (defaults 705 copies: about 1,000,000 facts; 2 runs)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
OUT="$ROOT/bench/out/facts"
COPIES="${1:-705}"
RUNS="${2:-2}"
mkdir -p "$OUT"
load() { cut -d' ' -f1-3 /proc/loadavg; }
echo "== $(date -u +%FT%TZ), $(nproc) cores, load average $(load)"
echo "== build (no tests)"
CP="$("$ROOT/bench/classpath.sh")"
javac -nowarn -cp "$CP" -d "$OUT/classes" "$ROOT/bench/facts/NewsCorpus.java" "$ROOT/bench/ProcessCpu.java" "$ROOT/bench/facts/ImportFactsBench.java"
if [[ ! -s "$OUT/docs-$COPIES.jsonl" || ! -s "$OUT/facts-$COPIES.jsonl" ]]; then
  echo "== corpus: $COPIES copies of the news alerts that hold facts"
  java -cp "$OUT/classes:$CP" NewsCorpus "$COPIES" "$OUT/docs-$COPIES.jsonl"
  echo "== ./palermo extract"
  "$ROOT/palermo" extract --out "$OUT/facts-$COPIES.jsonl" "$OUT/docs-$COPIES.jsonl"
fi
echo "== $(wc -l < "$OUT/facts-$COPIES.jsonl") facts of $(wc -l < "$OUT/docs-$COPIES.jsonl") documents; load average $(load)"
# the JVM flags ./palermo gives `import` (serial collector, smaller inlining budgets, a young generation of 1 GB and
# an initial heap of an eighth of the memory from 8 GB up, else 512 MB): what a user's import runs with
if (( $(awk '/^MemTotal:/ {print $2}' /proc/meminfo 2>/dev/null || echo 0) >= 8 * 1024 * 1024 )); then
  HEAP=(-Xmn1g -XX:InitialRAMPercentage=12.5)
else
  HEAP=(-Xmn512m)
fi
echo "== import JVM flags: -XX:+UseSerialGC -XX:InlineSmallCode=500 -XX:FreqInlineSize=50 ${HEAP[*]}"
java -XX:+UseSerialGC -XX:InlineSmallCode=500 -XX:FreqInlineSize=50 "${HEAP[@]}" -cp "$OUT/classes:$CP" ImportFactsBench "$OUT/facts-$COPIES.jsonl" "$OUT/docs-$COPIES.jsonl" "$RUNS"
echo "== done, load average $(load)"

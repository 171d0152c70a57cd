#!/usr/bin/env bash
# Extraction throughput of `./palermo extract` on plain text: the five seeds repeated to TEXT_MB,
# in MB/s of wall time and per core of CPU time (user + system), each minus a baseline measured in
# the same run (the same command on one tiny file: JVM start-up). Also the peak memory. With BASELINE_JAR (an
# earlier build's palermo.jar, e.g. main's), the same measure is taken with it first, in the same run, so that the
# two figures are comparable (same machine, same load); THIS_FIRST=1 measures this build first (alternate the order
# between runs: the second of two measures tends to find the machine's caches and frequency otherwise).
# PLAIN=1 runs this build as the baseline is run (java -jar on its palermo.jar, the launcher's flags, no class-data
# archive): the launcher's archive makes start-up cheaper, so less of it is subtracted than from the baseline.
#   [BASELINE_JAR=path/palermo.jar] [THIS_FIRST=1] [PLAIN=1] bench/extraction/run.sh [TEXT_MB]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
TEXT_MB="${1:-50}"
OUT="$ROOT/bench/out/extraction"
rm -rf "$OUT" && mkdir -p "$OUT/text"
./palermo help >/dev/null
cat palermo-core/src/main/resources/data/seeds/*.txt > "$OUT/seeds-all.txt"
size=$(stat -c %s "$OUT/seeds-all.txt")
copies=$(( (TEXT_MB * 1024 * 1024 + size - 1) / size ))
for i in $(seq 1 "$copies"); do cp "$OUT/seeds-all.txt" "$OUT/text/copy-$i.txt"; done
total=$(du -cb "$OUT"/text/*.txt | tail -1 | cut -f1)
echo "1. Lithuania reported 42 investigations." > "$OUT/tiny.txt"
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
measure() { # LABEL COMMAND...: start-up on the tiny file, then the whole text
  local label="$1"; shift
  /usr/bin/time -f "%e %U %S %M" -o "$OUT/base.time" "$@" extract --out "$OUT/base.jsonl" "$OUT/tiny.txt" >/dev/null 2>&1
  /usr/bin/time -f "%e %U %S %M" -o "$OUT/run.time" "$@" extract --out "$OUT/facts.jsonl" "$OUT"/text/*.txt >/dev/null 2>&1
  python3 - "$label" "$total" "$OUT/base.time" "$OUT/run.time" "$OUT/facts.jsonl" <<'PY'
import sys
label, total = sys.argv[1], int(sys.argv[2]) / 1048576
bw, bu, bs, _ = map(float, open(sys.argv[3]).read().split()[-4:])
rw, ru, rs, rm = map(float, open(sys.argv[4]).read().split()[-4:])
facts = sum(1 for _ in open(sys.argv[5], encoding="utf-8"))
wall, cpu = rw - bw, (ru + rs) - (bu + bs)
print(f"{label}: {total:.1f} MB, {facts} facts; wall {rw:.1f}s (start-up {bw:.1f}s) -> {total / wall:.2f} MB/s; "
      f"CPU {ru + rs:.1f}s (start-up {bu + bs:.1f}s) -> {total / cpu:.2f} MB/s per core; peak memory {rm / 1024:.0f} MB")
PY
}
baseline() {
  if [[ -n "${BASELINE_JAR:-}" ]]; then
    # the launcher's flags for extract, with the baseline's own jar
    measure "baseline ($BASELINE_JAR)" java -XX:+UseSerialGC -XX:InlineSmallCode=500 -XX:FreqInlineSize=50 -jar "$BASELINE_JAR"
    mv "$OUT/facts.jsonl" "$OUT/facts-baseline.jsonl"
  fi
}
[[ -n "${THIS_FIRST:-}" ]] || baseline
if [[ -n "${PLAIN:-}" ]]; then
  measure "extract (this build, java -jar)" java -XX:+UseSerialGC -XX:InlineSmallCode=500 -XX:FreqInlineSize=50 \
      -jar palermo-app/target/palermo.jar
else
  measure "extract (this build)" ./palermo
fi
cp "$OUT/facts.jsonl" "$OUT/facts-this.jsonl"
[[ -z "${THIS_FIRST:-}" ]] || baseline
if [[ -n "${BASELINE_JAR:-}" ]]; then
  if cmp -s "$OUT/facts-baseline.jsonl" "$OUT/facts-this.jsonl"; then
    echo "facts: byte-identical to the baseline's"
  else
    echo "facts: DIFFER from the baseline's (bench/out/extraction/facts-baseline.jsonl, facts-this.jsonl)"
  fi
fi

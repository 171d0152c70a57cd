#!/usr/bin/env bash
# Bulk extraction of DOCS news-sized documents (default 1,000,000, generated from the bundled news alerts by
# make_corpus.py): ./palermo bulk-extract on Spark local[2] against ./palermo extract with one thread and with
# every core, each as a user runs it through the launcher. Prints documents/s (wall), MB/s per core (CPU time:
# user + system, JIT compiler and garbage collector included) and CPU per document, each minus a baseline
# measured in the same run (the same command on a one-document input: JVM and Spark start-up), the ratio of
# Spark's CPU per document to the CLI's, and checks that the three outputs hold the same facts.
#   bench/bulk-extraction/run.sh [DOCS]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
DOCS="${1:-1000000}"
OUT="$ROOT/bench/out/bulk-extraction"
mkdir -p "$OUT"
rm -rf "$OUT"/run-*

./palermo help >/dev/null
./palermo bulk-extract --help >/dev/null
CORPUS="$OUT/corpus-$DOCS.jsonl"
if [[ ! -f "$CORPUS" ]]; then
  echo "generating $DOCS documents..."
  python3 bench/bulk-extraction/make_corpus.py palermo-spark/src/test/resources/news/alerts.jsonl "$DOCS" "$CORPUS.tmp"
  mv "$CORPUS.tmp" "$CORPUS"
fi
head -1 "$CORPUS" > "$OUT/one.jsonl"
TEXT_BYTES=$(python3 -c '
import json, sys
print(sum(len(json.loads(l)["text"].encode("utf-8")) for l in open(sys.argv[1], encoding="utf-8")))' "$CORPUS")

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GB; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
timed() {  # NAME COMMAND...: runs it, keeps wall, user, system seconds and peak memory in $OUT/NAME.time
  local name="$1"; shift
  local started=$(date +%s)
  /usr/bin/time -f "%e %U %S %M" -o "$OUT/$name.time" "$@" 2>"$OUT/$name.err" >/dev/null
  echo "  $name: $(( $(date +%s) - started )) s, load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
}
echo "runs:"
timed run-cli1-base ./palermo extract --threads 1 --out "$OUT/run-cli1-base.jsonl" "$OUT/one.jsonl"
timed run-cli1 ./palermo extract --threads 1 --out "$OUT/run-cli1.jsonl" "$CORPUS"
timed run-clin-base ./palermo extract --out "$OUT/run-clin-base.jsonl" "$OUT/one.jsonl"
timed run-clin ./palermo extract --out "$OUT/run-clin.jsonl" "$CORPUS"
timed run-spark-base ./palermo bulk-extract --master 'local[2]' --out "$OUT/run-spark-base" "$OUT/one.jsonl"
timed run-spark ./palermo bulk-extract --master 'local[2]' --out "$OUT/run-spark" "$CORPUS"

cmp -s "$OUT/run-cli1.jsonl" "$OUT/run-clin.jsonl" && same_cli=yes || same_cli=NO
LC_ALL=C sort -S 1G "$OUT/run-cli1.jsonl" > "$OUT/run-cli1.sorted"
cat "$OUT"/run-spark/part-*.jsonl | LC_ALL=C sort -S 1G > "$OUT/run-spark.sorted"
cmp -s "$OUT/run-cli1.sorted" "$OUT/run-spark.sorted" && same_spark=yes || same_spark=NO
rm -f "$OUT"/run-*.sorted
FACTS=$(wc -l < "$OUT/run-cli1.jsonl")
echo "outputs: extract with every core byte-identical to one thread: $same_cli; bulk-extract the same facts (sorted lines): $same_spark"

python3 - "$DOCS" "$TEXT_BYTES" "$FACTS" "$OUT" "$(nproc)" <<'PY'
import sys
docs, text_bytes, facts, out, cores = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), sys.argv[4], int(sys.argv[5])
mb = text_bytes / 1048576

def times(name):
    w, u, s, m = map(float, open(f"{out}/{name}.time").read().split()[-4:])
    return w, u + s, m / 1024

print(f"corpus: {docs:,} documents, {mb:.1f} MB of text ({text_bytes / docs:.0f} bytes per document), {facts:,} facts")
print(f"{'':34} {'wall s':>8} {'CPU s':>8} {'base wall/CPU':>14} {'docs/s':>8} {'MB/s/core':>10} {'CPU µs/doc':>11} {'peak MB':>8}")
per_doc = {}
for name, label in (("run-cli1", "extract, 1 thread"), ("run-clin", f"extract, {cores} threads (every core)"),
                    ("run-spark", "bulk-extract, Spark local[2]")):
    w, c, m = times(name)
    bw, bc, _ = times(name + "-base")
    wall, cpu = w - bw, c - bc
    per_doc[name] = cpu / docs
    print(f"{label:34} {w:8.1f} {c:8.1f} {bw:6.1f}/{bc:<7.1f} {docs / wall:8.0f} {mb / cpu:10.2f} {1e6 * cpu / docs:11.1f} {m:8.0f}")
print(f"CPU per document, Spark / extract 1 thread: {per_doc['run-spark'] / per_doc['run-cli1']:.2f} (target <= 1.3); "
      f"extract every core / 1 thread: {per_doc['run-clin'] / per_doc['run-cli1']:.2f}")
PY

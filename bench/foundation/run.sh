#!/usr/bin/env bash
# Foundation benchmarks: start-up of `./palermo serve` (cold and warm) and ingestion throughput
# (plain text in MB/s, PDF in pages/s). Each ingestion figure subtracts a baseline measured in the
# same run: the same command on one tiny file (JVM, Spring and database start-up).
#   bench/foundation/run.sh [TEXT_MB] [PDF_FILES]      (SERVE_ONLY=1: the start-up figures alone)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
TEXT_MB="${1:-50}"
PDF_FILES="${2:-20}"
OUT="$ROOT/bench/out/foundation"
rm -rf "$OUT" && mkdir -p "$OUT"
./palermo help >/dev/null  # builds and prepares the start-up archive if needed
PORT=18765

now() { date +%s.%N; }
elapsed() { python3 -c "print(f'{$2 - $1:.2f}')"; }

start_and_wait() { # data-dir log → seconds to first healthy answer (a server that dies is an error, not a wait)
  local dir="$1" log="$2" t0 t1 pid
  t0=$(now)
  ./palermo serve --port $PORT --data-dir "$dir" > "$log" 2>&1 &
  pid=$!
  echo $pid > "$OUT/serve.pid"
  until curl -sf "http://localhost:$PORT/api/v1/health" >/dev/null; do
    kill -0 $pid 2>/dev/null || { echo "the server stopped before it was healthy; see $log" >&2; return 1; }
    sleep 0.2
  done
  t1=$(now)
  elapsed "$t0" "$t1"
}
# The server was started in a subshell ($(…)): not this shell's child, so `wait` cannot wait for it. Wait until it is
# gone, or the next start finds its data directory still locked.
stop() {
  local pid; pid="$(cat "$OUT/serve.pid")"
  kill "$pid" 2>/dev/null || true
  while kill -0 "$pid" 2>/dev/null; do sleep 0.2; done
}

echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
cold=$(start_and_wait "$OUT/data-serve" "$OUT/serve-cold.log"); stop
echo "serve: cold start to healthy ${cold}s (target <= 40), load average $(cut -d' ' -f1-3 /proc/loadavg); bundled data sets:"
grep -h "DemoData - Loaded" "$OUT/serve-cold.log" | sed 's/.*Loaded /  /' || true
warm=$(start_and_wait "$OUT/data-serve" "$OUT/serve-warm.log"); stop
echo "serve: warm start to healthy ${warm}s (target <= 10), load average $(cut -d' ' -f1-3 /proc/loadavg)"
[[ -n "${SERVE_ONLY:-}" ]] && exit 0

# Plain text: the five seeds concatenated, repeated with a unique first line until TEXT_MB.
mkdir -p "$OUT/text"
cat palermo-core/src/main/resources/data/seeds/*.txt > "$OUT/seeds-all.txt"
size=$(stat -c %s "$OUT/seeds-all.txt")
copies=$(( (TEXT_MB * 1024 * 1024 + size - 1) / size ))
for i in $(seq 1 "$copies"); do { echo "Benchmark copy $i"; echo; cat "$OUT/seeds-all.txt"; } > "$OUT/text/copy-$i.txt"; done
total=$(du -cb "$OUT"/text/*.txt | tail -1 | cut -f1)
echo "1. tiny" > "$OUT/tiny.txt"

t0=$(now); ./palermo ingest --data-dir "$OUT/data-ingest" "$OUT/tiny.txt" >/dev/null 2>&1; t1=$(now)
base=$(elapsed "$t0" "$t1")
t0=$(now); /usr/bin/time -f "%M" -o "$OUT/text.mem" ./palermo ingest --data-dir "$OUT/data-ingest" "$OUT/text" >/dev/null 2>"$OUT/text.err"; t1=$(now)
run=$(elapsed "$t0" "$t1")
python3 - "$total" "$base" "$run" "$(tail -1 "$OUT/text.mem")" "$copies" <<'PY'
import sys
total, base, run, mem, n = int(sys.argv[1]), float(sys.argv[2]), float(sys.argv[3]), int(sys.argv[4]), sys.argv[5]
mb = total / 1048576
print(f"ingest text: {mb:.1f} MB in {n} files, {run:.1f}s (baseline one tiny file {base:.1f}s) -> {mb / max(run - base, 1e-3):.2f} MB/s "
      f"including extraction of facts; peak memory {mem / 1024:.0f} MB")
PY

# PDFs made from the seed text with PDFBox.
pages=$(java -cp "$(bench/classpath.sh)" bench/foundation/MakePdfs.java palermo-core/src/main/resources/data/seeds "$OUT/pdf" "$PDF_FILES")
t0=$(now); ./palermo ingest --data-dir "$OUT/data-pdf" "$OUT/tiny.txt" >/dev/null 2>&1; t1=$(now)
pbase=$(elapsed "$t0" "$t1")
t0=$(now); ./palermo ingest --data-dir "$OUT/data-pdf" "$OUT/pdf" >/dev/null 2>"$OUT/pdf.err"; t1=$(now)
prun=$(elapsed "$t0" "$t1")
python3 -c "print(f'ingest pdf: $pages pages in $PDF_FILES files, ${prun}s (baseline ${pbase}s) -> {$pages / max($prun - $pbase, 1e-3):.1f} pages/s')"

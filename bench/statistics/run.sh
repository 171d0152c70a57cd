#!/usr/bin/env bash
# Statistics benchmarks: GLOTIP import against a COPY floor (same JVM, same database, same run), then
# API and page latency under 32 concurrent clients on loopback with wrk. Prints figures; asserts nothing.
#   bench/statistics/run.sh [GLOTIP_CSV]     (default: the bundled export, uncompressed to a temp file)
#   HTTP_ONLY=1 skips the import, IMPORT_ONLY=1 the HTTP part; JAR=path serves that jar; DURATION, WARMUP in seconds (15, 5);
#   PALERMO_JAVA_OPTS are passed to the server JVM (GC, system properties), as ./palermo does
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
OUT="$ROOT/bench/out/statistics"
mkdir -p "$OUT"
CSV="${1:-}"
if [[ -z "$CSV" ]]; then
  CSV="$OUT/data_glotip.csv"
  gunzip -c "$ROOT/palermo-app/src/main/resources/data/statistics/data_glotip.csv.gz" > "$CSV"
fi
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install -y wrk" >&2; exit 2; }

load() { cut -d' ' -f1-3 /proc/loadavg; }
# Share of all cores busy over 3 s, sampled while the server under test is idle: the load of everything else.
busy() {
  local a b
  a=($(head -1 /proc/stat)); sleep 3; b=($(head -1 /proc/stat))
  local idle=$(( (b[4] + b[5]) - (a[4] + a[5]) )) total=0 i
  for i in 1 2 3 4 5 6 7 8; do total=$(( total + b[i] - a[i] )); done
  echo "$(( 100 * (total - idle) / total ))%"
}
echo "== $(date -u +%FT%TZ), $(nproc) cores, load average $(load)"
echo "== build (no tests)"
CP="$("$ROOT/bench/classpath.sh")"
javac -nowarn -cp "$CP" -d "$OUT/classes" "$ROOT/bench/ProcessCpu.java" "$ROOT/bench/statistics/ImportBench.java"

if [[ -z "${HTTP_ONLY:-}" ]]; then
  echo "== import ($(nproc) cores; $(wc -l < "$CSV") lines; load average $(load))"
  # the JVM flags ./palermo gives `import` (serial collector, smaller inlining budgets, a young generation of 1 GB and an
  # initial heap of an eighth of the memory from 8 GB up, else 512 MB), as `./palermo import glotip` runs
  if (( $(awk '/^MemTotal:/ {print $2}' /proc/meminfo 2>/dev/null || echo 0) >= 8 * 1024 * 1024 )); then
    HEAP=(-Xmn1g -XX:InitialRAMPercentage=12.5)
  else
    HEAP=(-Xmn512m)
  fi
  java -XX:+UseSerialGC -XX:InlineSmallCode=500 -XX:FreqInlineSize=50 "${HEAP[@]}" -cp "$OUT/classes:$CP" ImportBench "$CSV" "${RUNS:-5}"
fi
[[ -n "${IMPORT_ONLY:-}" ]] && exit 0

JAR="${JAR:-$ROOT/palermo-app/target/palermo.jar}"   # JAR=… serves another build (e.g. a baseline) against the same load
echo "== HTTP under 32 concurrent clients (wrk -t2 -c32 -d${DURATION:-15}s, loopback)"
PORT=${PORT:-18089}
HOME_DIR="$(mktemp -d)"
java ${PALERMO_JAVA_OPTS:-} -jar "$JAR" serve --port "$PORT" --data-dir "$HOME_DIR" > "$OUT/server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null; wait $SERVER 2>/dev/null; rm -rf "$HOME_DIR"' EXIT
for i in $(seq 1 180); do
  if curl -sf "http://127.0.0.1:$PORT/api/v1/health" >/dev/null && grep -q "statistics:glotip" "$OUT/server.log"; then break; fi
  sleep 1
done
grep -h "statistics:glotip" "$OUT/server.log" | sed 's/^/first start: /' || true
# Each URL: one request, a warm-up run of WARMUP seconds (JIT, caches), then the measured run. "load" is the load
# average after the run (it counts this benchmark's own threads: wrk and up to 32 busy server threads); "others busy"
# is the CPU share used by everything else just before the run, while the server under test was idle.
# "gzip:" sends Accept-Encoding: gzip as browsers do.
for spec in "/api/v1/statistics?country=NGA" "gzip:/api/v1/statistics?country=NGA" "/api/v1/statistics/countries/NGA" \
            "/statistics/countries/NGA" "/api/v1/statistics/map?indicator=Detected%20trafficking%20victims&year=2019"; do
  path="${spec#gzip:}"; headers=()
  [[ "$spec" == gzip:* ]] && headers=(-H "Accept-Encoding: gzip")
  url="http://127.0.0.1:$PORT$path"
  curl -sf "${headers[@]}" "$url" >/dev/null
  others=$(busy)
  wrk -t2 -c32 -d"${WARMUP:-5}s" "${headers[@]}" "$url" >/dev/null 2>&1
  wrk -t2 -c32 -d"${DURATION:-15}s" --latency "${headers[@]}" "$url" > "$OUT/wrk.txt" 2>&1
  p50=$(awk '/ 50%/{print $2}' "$OUT/wrk.txt"); p90=$(awk '/ 90%/{print $2}' "$OUT/wrk.txt"); p99=$(awk '/ 99%/{print $2}' "$OUT/wrk.txt")
  rps=$(awk '/Requests\/sec/{print $2}' "$OUT/wrk.txt")
  non2xx=$(awk '/Non-2xx/{print $NF}' "$OUT/wrk.txt")
  sockerr=$(awk '/Socket errors/{gsub(",", ""); print $4+$6+$8+$10; f=1} END{if (!f) print 0}' "$OUT/wrk.txt")
  bytes=$(curl -s "${headers[@]}" -o /dev/null -w '%{size_download}' "$url")
  printf "%-72s %7s B  p50 %8s  p90 %8s  p99 %8s  %9s req/s  non-2xx %s  socket errors %s  load %s  others busy %s\n" "$spec" "$bytes" \
    "$p50" "$p90" "$p99" "$rps" "${non2xx:-0}" "$sockerr" "$(load)" "$others"
done

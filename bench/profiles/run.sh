#!/usr/bin/env bash
# Country profile benchmark: GET /api/v1/countries/{iso3}/profile under 32 concurrent clients (wrk on loopback),
# printed beside the same measure of /api/v1/health in the same run (the cheapest answer the server gives:
# the floor of the HTTP stack, security filters and the machine). Prints figures; asserts nothing.
#   bench/profiles/run.sh
#   JAR=path serves another build; DURATION, WARMUP in seconds (15, 5); PALERMO_JAVA_OPTS go to the server JVM
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
OUT="$ROOT/bench/out/profiles"
mkdir -p "$OUT"
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
if [[ -z "${JAR:-}" ]]; then
  echo "== build (no tests)"
  mvn -q -B -f "$ROOT/pom.xml" -pl palermo-app -am -DskipTests package >&2
fi
JAR="${JAR:-$ROOT/palermo-app/target/palermo.jar}"
PORT=${PORT:-18090}
HOME_DIR="$(mktemp -d)"
java ${PALERMO_JAVA_OPTS:-} -jar "$JAR" serve --port "$PORT" --data-dir "$HOME_DIR" > "$OUT/server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null; wait $SERVER 2>/dev/null; rm -rf "$HOME_DIR"' EXIT
for i in $(seq 1 300); do
  if curl -sf "http://127.0.0.1:$PORT/api/v1/health" >/dev/null; then break; fi
  sleep 1
done
curl -sf "http://127.0.0.1:$PORT/api/v1/health" >/dev/null || { echo "the server did not start; see $OUT/server.log" >&2; exit 1; }
grep -h "registries:" "$OUT/server.log" | sed 's/^/first start: /' || true
echo "== HTTP under 32 concurrent clients (wrk -t2 -c32 -d${DURATION:-15}s, loopback)"
# Each URL: one request (the first answer computes the profile), a warm-up of WARMUP seconds, then the measured
# run. "gzip:" sends Accept-Encoding: gzip as browsers do. The profile is kept until any data change, so the
# measured runs serve kept answers; the first request's time is printed apart ("first").
for spec in "/api/v1/health" "/api/v1/countries/NGA/profile" "gzip:/api/v1/countries/NGA/profile" \
            "/api/v1/countries/GRC/profile" "/api/v1/countries/NGA/profile?facts=all" "/api/v1/health"; do
  path="${spec#gzip:}"; headers=()
  [[ "$spec" == gzip:* ]] && headers=(-H "Accept-Encoding: gzip")
  url="http://127.0.0.1:$PORT$path"
  first=$(curl -s "${headers[@]}" -o /dev/null -w '%{time_total}' "$url")
  others=$(busy)
  wrk -t2 -c32 -d"${WARMUP:-5}s" "${headers[@]}" "$url" >/dev/null 2>&1
  wrk -t2 -c32 -d"${DURATION:-15}s" --latency "${headers[@]}" "$url" > "$OUT/wrk.txt" 2>&1
  p50=$(awk '/ 50%/{print $2}' "$OUT/wrk.txt"); p90=$(awk '/ 90%/{print $2}' "$OUT/wrk.txt"); p99=$(awk '/ 99%/{print $2}' "$OUT/wrk.txt")
  rps=$(awk '/Requests\/sec/{print $2}' "$OUT/wrk.txt")
  non2xx=$(awk '/Non-2xx/{print $NF}' "$OUT/wrk.txt")
  sockerr=$(awk '/Socket errors/{gsub(",", ""); print $4+$6+$8+$10; f=1} END{if (!f) print 0}' "$OUT/wrk.txt")
  bytes=$(curl -s "${headers[@]}" -o /dev/null -w '%{size_download}' "$url")
  printf "%-46s %7s B  first %6ss  p50 %8s  p90 %8s  p99 %8s  %9s req/s  non-2xx %s  socket errors %s  load %s  others busy %s\n" \
    "$spec" "$bytes" "$first" "$p50" "$p90" "$p99" "$rps" "${non2xx:-0}" "$sockerr" "$(load)" "$others"
done

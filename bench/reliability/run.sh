#!/usr/bin/env bash
# Reliability campaigns (issue 18, parts 5 and 6). Prints what each tried, what failed and what was kept; asserts nothing.
#  1. fuzz: a generated corpus of hostile files (HostileFiles, COUNT files, default 1000) through the real commands
#     (ingest, import glotip|flows|cases over the whole corpus in one run each; import ctdc and code-cases one file per
#     run, every SAMPLE-th file) and through the four upload endpoints of a running server (UploadCampaign);
#  2. load: CLIENTS (200) concurrent clients for DURATION (60) s of public reads, searches, signed-in reviews and
#     uploads (wrk + mix.lua), the p99 stated; then past capacity: 10x the clients, and an upload flood.
# The server and the commands run with -Xmx${HEAP:-1g}: memory is bounded by the heap, or they fail (and say so).
#   bench/reliability/run.sh              FUZZ_ONLY=1 / LOAD_ONLY=1 run one half; COUNT, SAMPLE, CLIENTS, DURATION
set -uo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
HERE="$ROOT/bench/reliability"
OUT="$ROOT/bench/out/reliability"
COUNT=${COUNT:-1000}; SAMPLE=${SAMPLE:-10}; CLIENTS=${CLIENTS:-200}; DURATION=${DURATION:-60}; HEAP=${HEAP:-1g}
PORT=${PORT:-$(python3 -c "import socket; s=socket.socket(); s.bind(('127.0.0.1', 0)); print(s.getsockname()[1])")}
rm -rf "$OUT"; mkdir -p "$OUT"
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install -y wrk" >&2; exit 2; }
load() { cut -d' ' -f1-3 /proc/loadavg; }
echo "== $(date -u +%FT%TZ), $(nproc) cores, load average $(load); heap $HEAP"
echo "== build (no tests)"
CP="$("$ROOT/bench/classpath.sh")" || exit 2
JAR="$ROOT/palermo-app/target/palermo.jar"
javac -nowarn -d "$OUT/classes" "$HERE/UploadCampaign.java" || exit 2
DATA="$(mktemp -d)"
java -Xmx"$HEAP" -jar "$JAR" serve --port "$PORT" --data-dir "$DATA" > "$OUT/server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null; wait $SERVER 2>/dev/null; rm -rf "$DATA"' EXIT
for i in $(seq 1 240); do curl -sf "http://127.0.0.1:$PORT/api/v1/health" >/dev/null && break; sleep 1; done
curl -sf "http://127.0.0.1:$PORT/api/v1/health" >/dev/null || { echo "the server did not start; see $OUT/server.log"; exit 2; }
palermo() { java -Xmx"$HEAP" -jar "$JAR" "$@"; }
TOKEN=$(palermo user add "bench-analyst-$RANDOM" --role ANALYST --data-dir "$DATA" 2>/dev/null | tail -1)
BASE="http://127.0.0.1:$PORT"
health() { curl -s -o /dev/null -w "%{http_code}" "$BASE/api/v1/health"; }

if [[ -z "${LOAD_ONLY:-}" ]]; then
  CORPUS="$OUT/corpus"
  echo "== fuzz corpus"
  java -cp "$CP" org.palermo.security.HostileFiles "$CORPUS" "$COUNT" 18 2>/dev/null | tail -1
  mapfile -t FILES < <(ls -d "$CORPUS"/*)
  # One run of a command over files: wall time, peak memory, exit code, and who was named on stderr.
  run() {
    local name="$1"; shift; local n_files="$1"; shift
    local start=$(date +%s.%N)
    /usr/bin/time -f "%M" -o "$OUT/$name.rss" timeout 3600 "$@" > "$OUT/$name.out" 2> "$OUT/$name.err"
    local code=$?
    local wall=$(echo "$(date +%s.%N) - $start" | bc)
    python3 "$HERE/tally.py" "$name" "$code" "$wall" "$(tail -1 "$OUT/$name.rss")" "$OUT/$name.err" "${FILES[@]:0:$n_files}"
  }
  echo "== the commands over the corpus (limits: a document parse 60 s, 20M characters; archive entries 1:100 and 100 MB;"
  echo "   uploads 50 MB; CSV fields 100,000 (case data) / 1,000 characters (GLOTIP); JSON depth and number length: Jackson's)"
  run ingest "${#FILES[@]}" java -Xmx"$HEAP" -jar "$JAR" ingest --data-dir "$DATA" "${FILES[@]}"
  grep -h "ingested, " "$OUT/ingest.out" | sed 's/^/    /'
  run glotip "${#FILES[@]}" java -Xmx"$HEAP" -jar "$JAR" import glotip --data-dir "$DATA" "${FILES[@]}"
  mkdir -p "$OUT/flows"; for f in "${FILES[@]}"; do ln -s "$f" "$OUT/flows/$(basename "$f").2011"; done
  FLOWS=("$OUT"/flows/*)
  FILES_SAVED=("${FILES[@]}"); FILES=("${FLOWS[@]}")
  run flows "${#FILES[@]}" java -Xmx"$HEAP" -jar "$JAR" import flows --data-dir "$DATA" "${FLOWS[@]}"
  FILES=("${FILES_SAVED[@]}")
  run cases "${#FILES[@]}" java -Xmx"$HEAP" -jar "$JAR" import cases --data-dir "$DATA" "${FILES[@]}"
  run extract "${#FILES[@]}" java -Xmx"$HEAP" -jar "$JAR" extract --out "$OUT/facts.jsonl" "${FILES[@]}"
  # one file per run: every SAMPLE-th file
  SAMPLED=(); for ((i = 0; i < ${#FILES[@]}; i += SAMPLE)); do SAMPLED+=("${FILES[$i]}"); done
  : > "$OUT/ctdc.err"; : > "$OUT/code-cases.err"; worst_ctdc=0; worst_code=0; crash_ctdc=0; crash_code=0
  t0=$(date +%s)
  for f in "${SAMPLED[@]}"; do
    timeout 600 java -Xmx"$HEAP" -jar "$JAR" import ctdc --data-dir "$DATA" "$f" >> "$OUT/ctdc.out" 2>> "$OUT/ctdc.err"; c=$?
    (( c > 1 )) && { crash_ctdc=$((crash_ctdc + 1)); echo "    ctdc exit $c on $f"; }
  done
  t1=$(date +%s)
  for f in "${SAMPLED[@]}"; do
    timeout 600 java -Xmx"$HEAP" -jar "$JAR" code-cases --out "$OUT/coded.jsonl" "$f" >> "$OUT/code-cases.out" 2>> "$OUT/code-cases.err"; c=$?
    (( c > 1 )) && { crash_code=$((crash_code + 1)); echo "    code-cases exit $c on $f"; }
  done
  t2=$(date +%s)
  python3 "$HERE/tally.py" ctdc "$crash_ctdc" "$((t1 - t0))" 0 "$OUT/ctdc.err" "${SAMPLED[@]}"
  python3 "$HERE/tally.py" code-cases "$crash_code" "$((t2 - t1))" 0 "$OUT/code-cases.err" "${SAMPLED[@]}"
  echo "   (ctdc and code-cases: one JVM per file, ${#SAMPLED[@]} files; 'exit' counts runs that ended other than 0 or 1)"
  echo "== the upload endpoints (each file to each; a submission for TUV 2019)"
  SUB=$(curl -s -H "Authorization: Bearer $TOKEN" -H "Content-Type: application/json" -d '{"country":"TUV","year":2019}' \
      "$BASE/api/v1/statistics/submissions" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
  java -cp "$OUT/classes" UploadCampaign "$BASE" "$TOKEN" "$CORPUS" "$SUB"
  echo "   server after the fuzz: health $(health); heap limit $HEAP; errors in its log: $(grep -c ' ERROR ' "$OUT/server.log")"
  rm -rf "$CORPUS" "$OUT/flows"
fi

if [[ -z "${FUZZ_ONLY:-}" ]]; then
  echo "== load: $CLIENTS clients, ${DURATION} s (60 % public reads, 20 % searches, 15 % reviews, 5 % uploads)"
  REVIEWER=$(palermo user add "bench-reviewer-$RANDOM" --role REVIEWER --data-dir "$DATA" 2>/dev/null | tail -1)
  FACTS=$(curl -s -H "Authorization: Bearer $REVIEWER" "$BASE/api/v1/facts?status=SUGGESTED&limit=400" \
      | python3 -c 'import json,sys; print(",".join(str(f["id"]) for f in json.load(sys.stdin)))')
  # warm-up: the JIT and the kept answers, as a server that has run a while has them
  TOKEN="$REVIEWER" FACTS="$FACTS" UPLOADS=0 wrk -t2 -c32 -d10s -s "$HERE/mix.lua" "$BASE" > /dev/null 2>&1
  echo "   load average before: $(load)"
  # UPLOAD_TOKEN first: bash expands these assignments left to right, so after TOKEN= it would be the reviewer's
  UPLOAD_TOKEN="$TOKEN" TOKEN="$REVIEWER" FACTS="$FACTS" wrk -t2 -c"$CLIENTS" -d"${DURATION}s" --timeout 30s -s "$HERE/mix.lua" "$BASE" > "$OUT/load.txt" 2>&1
  grep -E "requests |latency ms|Requests/sec|Non-2xx|answered" "$OUT/load.txt" | sed 's/^/   /'
  echo "   load average after: $(load); health $(health)"
  echo "== past capacity: $((CLIENTS * 10)) clients, 20 s, same mix"
  ulimit -n 65536 2>/dev/null
  UPLOAD_TOKEN="$TOKEN" TOKEN="$REVIEWER" FACTS="$FACTS" wrk -t2 -c$((CLIENTS * 10)) -d20s --timeout 30s -s "$HERE/mix.lua" "$BASE" > "$OUT/over.txt" 2>&1
  grep -E "requests |latency ms|Requests/sec|Non-2xx" "$OUT/over.txt" | sed 's/^/   /'
  echo "   health right after: $(health)"
  echo "== past capacity for uploads: $CLIENTS clients uploading only, 20 s"
  TOKEN="$TOKEN" ONLY=upload wrk -t2 -c"$CLIENTS" -d20s --timeout 60s -s "$HERE/mix.lua" "$BASE" > "$OUT/flood.txt" 2>&1
  grep -E "requests |latency ms|Requests/sec|Non-2xx" "$OUT/flood.txt" | sed 's/^/   /'
  code=$(curl -s -o "$OUT/503.json" -D "$OUT/503.head" -w "%{http_code}" -H "Authorization: Bearer $TOKEN" -F "file=@$HERE/README.md;filename=x.txt" "$BASE/api/v1/documents")
  echo "   an upload right after: $code; health $(health); 503s carry: $(grep -i '^retry-after' "$OUT/503.head" | tr -d '\r' || echo 'no 503 now')"
  echo "   errors in the server log: $(grep -c ' ERROR ' "$OUT/server.log"); out of memory: $(grep -c OutOfMemoryError "$OUT/server.log")"
fi

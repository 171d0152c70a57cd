#!/usr/bin/env bash
# Benchmarks of the patterns module: citation index and flow matrix over 1 million generated facts
# (target ≤ 1 s each), and the p99 latency of GET /api/v1/flows under 32 concurrent clients (wrk).
# Prints figures; asserts nothing. Needs: JDK 17, Maven (offline cache), wrk (apt-get install wrk).
# Usage: bench/patterns/run.sh [FACTS]   (default 1000000; PALERMO_BENCH_HOME=DIR keeps the database for reruns)
#   CLASSES=DIR runs another build's palermo-app/target/classes (a baseline copied aside) against the same data;
#   PALERMO_BENCH_QUERIES=false skips the query timings and runs only the HTTP load.
set -euo pipefail
cd "$(dirname "$0")/../.."
FACTS="${1:-1000000}"
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
CP="$(bench/classpath.sh)"
[[ -n "${CLASSES:-}" ]] && CP="$CLASSES:$CP"
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GB RAM, $(java -version 2>&1 | head -1)"
exec java -Xmx2g -Dfacts="$FACTS" ${PALERMO_BENCH_WRK:+-Dwrk=$PALERMO_BENCH_WRK} ${PALERMO_BENCH_QUERIES:+-Dqueries=$PALERMO_BENCH_QUERIES} ${PALERMO_JAVA_OPTS:-} ${PALERMO_BENCH_HOME:+-Dhome=$PALERMO_BENCH_HOME} -cp "$CP" bench/patterns/PatternsBench.java

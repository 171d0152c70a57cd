#!/bin/sh
# Case-law benchmark: indexing rate, search p50/p99 and queries/s over the 60 bundled decisions
# scaled to N (default 100000) by replicating and perturbing them, and the coder's rate.
# Usage: bench/caselaw/run.sh [N]   (from the repository root; builds the classes if needed, offline)
#        bench/caselaw/run.sh coding  only the coder's rate, beside its baseline
set -e
cd "$(dirname "$0")/../.."
CP="$(bench/classpath.sh)"
OUT=bench/out/caselaw
rm -rf "$OUT" && mkdir -p "$OUT"
javac -d "$OUT" -cp "$CP" bench/caselaw/CaseBench.java
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1)"
exec java -Xmx2g -cp "$OUT:$CP" org.palermo.caselaw.CaseBench "${1:-100000}"

#!/bin/sh
# Aggregation with suppression over synthetic case records (default 1,000,000).
# Usage: bench/casedata/run.sh [RECORDS]   — builds the classes, then prints the figures.
set -e
cd "$(dirname "$0")/../.."
CP="$(bench/classpath.sh)"
exec java -Xmx2g -cp "$CP" \
  bench/casedata/AggregationBench.java "${1:-1000000}"

#!/bin/sh
# Aggregation with suppression over synthetic case records (default 1,000,000).
# Usage: bench/casedata/run.sh [RECORDS]   — builds the classes, then prints the figures.
set -e
cd "$(dirname "$0")/../.."
mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt
exec java -Xmx2g -cp "target/classes:target/test-classes:$(cat target/bench-classpath.txt)" \
  bench/casedata/AggregationBench.java "${1:-1000000}"

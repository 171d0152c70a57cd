#!/bin/sh
# Overlap detection over all projects of the registry (the bundled US grants), beside baselines measured in the
# same run. Usage: bench/assistance/run.sh   — builds the classes, starts Palermo in-process on a throw-away
# embedded PostgreSQL with its demo data, then prints the figures.
set -e
cd "$(dirname "$0")/../.."
CP="$(bench/classpath.sh)"
exec java -Xmx1g -cp "$CP" bench/assistance/OverlapBench.java

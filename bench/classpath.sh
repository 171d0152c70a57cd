#!/usr/bin/env bash
# Builds palermo-core and palermo-app (tests compiled, not run) and prints the application's classpath:
# its classes, its test classes, core's jar and every dependency (test scope included).
#   CP="$(bench/classpath.sh)"
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
mkdir -p "$ROOT/bench/out"
FILE="$ROOT/bench/out/app-classpath.txt"
mvn -q -B -f "$ROOT/pom.xml" -pl palermo-app -am -DskipTests package dependency:build-classpath \
    -Dmdep.outputFile="$FILE" >&2
echo "$ROOT/palermo-app/target/classes:$ROOT/palermo-app/target/test-classes:$(cat "$FILE")"

#!/usr/bin/env bash
# The extraction itself, this build's palermo-core against an earlier build's, in one JVM with the documents
# interleaved (SameJvm.java): thread CPU of the Extractor only, no start-up, no JIT compiler threads, no I/O. The seeds
# and the reports-dev excerpts, ROUNDS times (the first round, class loading and the interpreter, left out).
#   BASELINE_JAR=path/palermo.jar bench/extraction/same-jvm.sh [ROUNDS]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
ROUNDS="${1:-80}"
: "${BASELINE_JAR:?set BASELINE_JAR to an earlier build's palermo.jar (e.g. main's)}"
BASELINE_JAR="$(cd "$(dirname "$BASELINE_JAR")" && pwd)/$(basename "$BASELINE_JAR")"
OUT="$ROOT/bench/out/extraction-same-jvm"
./palermo help >/dev/null
rm -rf "$OUT" && mkdir -p "$OUT/baseline" "$OUT/this" "$OUT/classes"
(cd "$OUT/baseline" && unzip -q "$BASELINE_JAR" 'BOOT-INF/lib/*')
(cd "$OUT/this" && unzip -q "$ROOT/palermo-app/target/palermo.jar" 'BOOT-INF/lib/*')
lib() { ls "$OUT/this/BOOT-INF/lib/"$1 | head -1; }
# core's dependencies, this build's (both builds must share them: a baseline on other versions is not comparable)
DEPS="$(lib 'jackson-core-3*.jar'):$(lib 'jackson-databind-3*.jar'):$(lib 'jackson-annotations-*.jar'):$(lib 'opennlp-tools-*.jar'):$(lib 'opennlp-models-sentdetect-en-*.jar'):$(lib 'slf4j-api-*.jar')"
javac -nowarn -d "$OUT/classes" bench/extraction/SameJvm.java
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
# the launcher's flags for extract
java -XX:+UseSerialGC -XX:InlineSmallCode=500 -XX:FreqInlineSize=50 -cp "$OUT/classes" SameJvm \
    "$(ls "$OUT"/baseline/BOOT-INF/lib/palermo-core-*.jar)" "$(ls "$OUT"/this/BOOT-INF/lib/palermo-core-*.jar)" "$DEPS" \
    "$ROUNDS" palermo-core/src/main/resources/data/seeds/*.txt palermo-core/src/test/resources/extraction/reports-dev/texts/*.txt \
    2> >(grep -v '^SLF4J' >&2)

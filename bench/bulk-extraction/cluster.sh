#!/usr/bin/env bash
# The cluster path of bulk-extract, run for real on this machine: a Spark standalone cluster (a master and a worker
# in their own JVMs, executors launched by the worker as on any cluster) made of Spark's own classes from Maven
# Central (the jars bulk-extract runs with locally, laid out as a Spark distribution's jars/ folder, without
# Palermo's), then the spark-submit line that `./palermo bulk-extract --master URL` prints, run as printed with
# Spark's SparkSubmit class standing in for a distribution's bin/spark-submit script. Compares the facts with
# `./palermo extract` on the same input and prints how long each step took.
#   bench/bulk-extraction/cluster.sh [INPUT.jsonl]     (default: the 3,283 bundled news alerts)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
INPUT="$(realpath "${1:-palermo-spark/src/test/resources/news/alerts.jsonl}")"
WORK="$(mktemp -d)"
PIDS=()
cleanup() { for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$WORK"; }
trap cleanup EXIT
free_port() { python3 -c "import socket; s=socket.socket(); s.bind(('127.0.0.1', 0)); print(s.getsockname()[1])"; }

./palermo bulk-extract --help >/dev/null   # builds the job jar and its local class path when needed
export SPARK_HOME="$WORK/spark" SPARK_LOCAL_IP=127.0.0.1 SPARK_SCALA_VERSION=2.13
mkdir -p "$SPARK_HOME/jars" "$SPARK_HOME/conf" "$SPARK_HOME/bin"
tr ':' '\n' < palermo-spark/target/local-classpath.txt | grep '\.jar$' | grep -v '/palermo-core' \
  | while read -r jar; do ln -s "$jar" "$SPARK_HOME/jars/"; done
mapfile -t FLAGS < <(grep -v -e '^#' -e '^$' -e 'jdk.incubator.vector' palermo-spark/src/main/resources/palermo-spark/java17.flags)
spark_class() { exec java "${FLAGS[@]}" -Xmx512m -cp "$SPARK_HOME/conf:$SPARK_HOME/jars/*" "$@"; }
printf '#!/usr/bin/env bash\nexec java %s -cp "$SPARK_HOME/conf:$SPARK_HOME/jars/*" org.apache.spark.deploy.SparkSubmit "$@"\n' \
  "${FLAGS[*]}" > "$SPARK_HOME/bin/spark-submit"
chmod +x "$SPARK_HOME/bin/spark-submit"
echo "machine: $(nproc) cores; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "Spark distribution stand-in: $(ls "$SPARK_HOME/jars" | wc -l) jars ($(ls "$SPARK_HOME/jars" | grep '^spark-core_' | sed 's/\.jar$//'))"

PORT=$(free_port)
started=$(date +%s)
spark_class org.apache.spark.deploy.master.Master --host 127.0.0.1 --port "$PORT" --webui-port "$(free_port)" \
  > "$WORK/master.log" 2>&1 & PIDS+=($!)
for _ in $(seq 60); do grep -qs "New state: ALIVE" "$WORK/master.log" && break; sleep 1; done
grep -q "New state: ALIVE" "$WORK/master.log" || { echo "the master did not start:"; tail -n 20 "$WORK/master.log"; exit 1; }
spark_class org.apache.spark.deploy.worker.Worker --host 127.0.0.1 --cores 2 --memory 2g --webui-port "$(free_port)" \
  --work-dir "$WORK/worker" "spark://127.0.0.1:$PORT" > "$WORK/worker.log" 2>&1 & PIDS+=($!)
for _ in $(seq 60); do grep -qs "Successfully registered with master" "$WORK/worker.log" && break; sleep 1; done
grep -q "Successfully registered with master" "$WORK/worker.log" || { echo "the worker did not register:"; tail -n 20 "$WORK/worker.log"; exit 1; }
echo "cluster: master spark://127.0.0.1:$PORT and one worker (2 cores) up in $(( $(date +%s) - started )) s"

LINE="$(./palermo bulk-extract "$INPUT" --out "$WORK/facts" --master "spark://127.0.0.1:$PORT" 2>&1 | grep '^spark-submit ')"
[[ -n "$LINE" ]] || { echo "bulk-extract --master printed no spark-submit line"; exit 1; }
started=$(date +%s)
if ! PATH="$SPARK_HOME/bin:$PATH" bash -c "cd '$WORK' && $LINE" > "$WORK/submit.log" 2>&1; then
  echo "spark-submit failed:"; grep -E "ERROR|Exception|failed" "$WORK/submit.log" | head -n 20; exit 1
fi
executors=$(grep -c "Granted executor ID" "$WORK/submit.log" || true)
echo "spark-submit as printed: $(( $(date +%s) - started )) s, $executors executor(s) granted by the master;" \
  "$(ls "$WORK/facts"/part-* | wc -l) part files"

started=$(date +%s)
./palermo extract --out "$WORK/cli.jsonl" "$INPUT" 2>/dev/null
echo "./palermo extract on the same input: $(( $(date +%s) - started )) s"
cat "$WORK/facts"/part-* | sort > "$WORK/cluster.sorted"
sort "$WORK/cli.jsonl" > "$WORK/cli.sorted"
if cmp -s "$WORK/cluster.sorted" "$WORK/cli.sorted"; then
  echo "facts: $(wc -l < "$WORK/cli.sorted") from the cluster and from extract, identical (sorted lines compared)"
else
  echo "facts DIFFER: cluster $(wc -l < "$WORK/cluster.sorted"), extract $(wc -l < "$WORK/cli.sorted")"
  diff "$WORK/cluster.sorted" "$WORK/cli.sorted" | head -n 10
  exit 1
fi

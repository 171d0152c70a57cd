#!/usr/bin/env bash
# Statistics of `./palermo extract` on the news gold (palermo-core/src/test/resources/extraction/news-statistics.*),
# scored by score_facts.py exactly as held-out documents are: the split's passages are extracted from a
# JSONL (their country as the hint) and written one file per id for the scorer.
#   bench/extraction/news-gold.sh dev|test [SCORER]   (SCORER defaults to ../shared/tools/score_facts.py)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
SPLIT="${1:?dev or test}"
SCORER="${2:-$ROOT/../shared/tools/score_facts.py}"
OUT="$ROOT/bench/out/news-gold/$SPLIT"
rm -rf "$OUT" && mkdir -p "$OUT/docs"
python3 - "$SPLIT" "$OUT" <<'PY'
import json, sys
split, out = sys.argv[1], sys.argv[2]
res = "palermo-core/src/test/resources/extraction/"
ids = set()
with open(f"{out}/input.jsonl", "w", encoding="utf-8") as inp:
    for line in open(res + "news-statistics.jsonl", encoding="utf-8"):
        d = json.loads(line)
        if d["split"] == split:
            ids.add(d["id"])
            inp.write(json.dumps({"id": d["id"], "text": d["text"], "country": d["country"]}, ensure_ascii=False) + "\n")
            open(f"{out}/docs/{d['id']}", "w", encoding="utf-8").write(d["text"])
lines = open(res + "news-statistics.tsv", encoding="utf-8").read().splitlines()
with open(f"{out}/gold.tsv", "w", encoding="utf-8") as g:
    g.write("\n".join([lines[0]] + [l for l in lines[1:] if l.split("\t")[0] in ids]) + "\n")
PY
./palermo extract --out "$OUT/facts.jsonl" "$OUT/input.jsonl" >/dev/null
python3 "$SCORER" stats "$OUT/facts.jsonl" "$OUT/gold.tsv" "$OUT/docs"

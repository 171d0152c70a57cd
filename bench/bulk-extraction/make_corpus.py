#!/usr/bin/env python3
"""Writes N news-sized documents as extract's JSONL input, generated from the news alerts bundled for the tests
(palermo-spark/src/test/resources/news/alerts.jsonl, see its NOTICE): each document is one to four alerts (title,
blank line, snippet) picked at random, with every number in it replaced by another of the same number of digits,
and one document in five carries a country (the JSONL hint). Deterministic for a given N and seed.
    make_corpus.py ALERTS.jsonl N OUT.jsonl [SEED]"""
import json
import random
import re
import sys

alerts_file, n, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
rng = random.Random(int(sys.argv[4]) if len(sys.argv) > 4 else 14)
alerts = [json.loads(line)["text"] for line in open(alerts_file, encoding="utf-8")]
countries = ["NGA", "USA", "IND", "GBR", "MEX", "PHL", "ROU", "THA", "UKR", "BRA", "KEN", "VNM"]
digits = re.compile(r"\d+")


def vary(text):
    return digits.sub(lambda m: str(rng.randrange(10 ** (len(m.group()) - 1), 10 ** len(m.group())))
                      if len(m.group()) > 1 else str(rng.randrange(1, 10)), text)


with open(out, "w", encoding="utf-8") as f:
    for i in range(n):
        parts = [vary(rng.choice(alerts)) for _ in range(rng.choice((1, 1, 2, 2, 2, 3, 3, 4)))]
        doc = {"id": "bench-%07d" % i, "text": "\n\n".join(parts),
               "country": rng.choice(countries) if rng.random() < 0.2 else None}
        f.write(json.dumps(doc, ensure_ascii=False) + "\n")

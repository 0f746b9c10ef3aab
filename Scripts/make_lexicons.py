#!/usr/bin/env python3
"""Build Sources/NewswireExtraction/Resources/lexicon-norp.tsv (NORP: nationalities and groups).

Demonyms come from the `countryinfo` package on PyPI (MIT; pinned below), one per country,
keyed by ISO 3166-1 alpha-2 code. A demonym shared by several territories ("American", "Chinese")
goes to the most populous one. Plurals are derived ("Ukrainians"); religious, political, regional
and ethnic groups that are not nationalities are listed below, written for this project.

Output (UTF-8, tab-separated, '#' comments): label  canonical  country-code  spellings
where spellings are '|'-separated forms matched case-insensitively on capitalized tokens.

Usage: python3 Scripts/make_lexicons.py [--out PATH] [--work DIR]
"""
import argparse
import glob
import json
import os
import subprocess
import sys
import zipfile

COUNTRYINFO = "countryinfo==1.0.1"

# Forms the source lacks or gets wrong for English news: code -> extra demonym spellings.
EXTRA_DEMONYMS = {
    "GB": ["British", "Briton", "Britons", "Brit", "Brits"],
    "US": ["American", "Americans"],
    "RU": ["Russian", "Russians"],
    "UA": ["Ukrainian", "Ukrainians"],
    "PS": ["Palestinian", "Palestinians"],
    "NL": ["Dutch"],
    "FR": ["French", "Frenchman", "Frenchmen"],
    "CN": ["Chinese"],
    "IR": ["Iranian", "Iranians"],
    "KP": ["North Korean", "North Koreans"],
    "KR": ["South Korean", "South Koreans"],
    "CZ": ["Czech", "Czechs"],
    "PH": ["Filipino", "Filipinos", "Philippine"],
}

# Groups that are not nationalities: canonical form, country code (or ""), spellings.
GROUPS = [
    ("European", "", ["European", "Europeans"]), ("Western", "", ["Western", "Westerner", "Westerners"]),
    ("Soviet", "", ["Soviet", "Soviets"]), ("Arab", "", ["Arab", "Arabs", "Arabic"]),
    ("African", "", ["African", "Africans"]), ("Asian", "", ["Asian", "Asians"]),
    ("Latin American", "", ["Latin American", "Latin Americans"]), ("Scandinavian", "", ["Scandinavian", "Scandinavians"]),
    ("Nordic", "", ["Nordic"]), ("Baltic", "", ["Baltic"]), ("Balkan", "", ["Balkan"]), ("Slavic", "", ["Slavic", "Slav", "Slavs"]),
    ("Kurdish", "", ["Kurdish", "Kurd", "Kurds"]), ("Chechen", "RU", ["Chechen", "Chechens"]),
    ("Crimean Tatar", "UA", ["Crimean Tatar", "Crimean Tatars"]), ("Tatar", "", ["Tatar", "Tatars"]),
    ("Cossack", "", ["Cossack", "Cossacks"]), ("Scottish", "GB", ["Scottish", "Scot", "Scots"]),
    ("Welsh", "GB", ["Welsh"]), ("Northern Irish", "GB", ["Northern Irish"]), ("Catalan", "ES", ["Catalan", "Catalans"]),
    ("Basque", "", ["Basque", "Basques"]), ("Uyghur", "CN", ["Uyghur", "Uyghurs", "Uighur", "Uighurs"]),
    ("Tibetan", "CN", ["Tibetan", "Tibetans"]), ("Rohingya", "MM", ["Rohingya"]), ("Pashtun", "", ["Pashtun", "Pashtuns"]),
    ("Hazara", "AF", ["Hazara", "Hazaras"]), ("Yazidi", "", ["Yazidi", "Yazidis"]), ("Druze", "", ["Druze"]),
    ("Roma", "", ["Roma"]), ("Hispanic", "", ["Hispanic", "Hispanics", "Latino", "Latinos", "Latina"]),
    ("Muslim", "", ["Muslim", "Muslims", "Islamic"]), ("Christian", "", ["Christian", "Christians"]),
    ("Jewish", "", ["Jewish", "Jew", "Jews"]), ("Catholic", "", ["Catholic", "Catholics", "Roman Catholic"]),
    ("Orthodox", "", ["Orthodox"]), ("Protestant", "", ["Protestant", "Protestants", "Evangelical", "Evangelicals"]),
    ("Sunni", "", ["Sunni", "Sunnis"]), ("Shia", "", ["Shia", "Shiite", "Shiites", "Shi'ite"]), ("Alawite", "", ["Alawite", "Alawites"]),
    ("Hindu", "", ["Hindu", "Hindus"]), ("Buddhist", "", ["Buddhist", "Buddhists"]), ("Sikh", "", ["Sikh", "Sikhs"]),
    ("Coptic", "", ["Coptic", "Copt", "Copts"]), ("Maronite", "", ["Maronite", "Maronites"]),
    ("Democrat", "US", ["Democrat", "Democrats"]), ("Republican", "US", ["Republican", "Republicans"]),
    ("Conservative", "", ["Conservative", "Conservatives", "Tory", "Tories"]), ("Communist", "", ["Communist", "Communists"]),
    ("Socialist", "", ["Socialist", "Socialists"]), ("Bolshevik", "", ["Bolshevik", "Bolsheviks"]), ("Nazi", "", ["Nazi", "Nazis"]),
    ("Islamist", "", ["Islamist", "Islamists"]), ("Zionist", "", ["Zionist", "Zionists"]),
    ("Kremlin loyalist", "RU", []),
]


def plural(form):
    if form.endswith(("ese", "ish", "ch", "s", "hman", "sman", "men", "y", "x")):
        return None
    return form + "s"


def fetch(spec, work):
    os.makedirs(work, exist_ok=True)
    subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "-q", spec, "-d", work], check=True)
    name, version = spec.split("==")
    wheel = next(f for f in os.listdir(work) if f.startswith(name + "-" + version) and f.endswith(".whl"))
    target = os.path.join(work, name)
    if not os.path.isdir(target):
        zipfile.ZipFile(os.path.join(work, wheel)).extractall(work)
    return target


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=os.path.join(here, "..", "Sources", "NewswireExtraction", "Resources", "lexicon-norp.tsv"))
    parser.add_argument("--work", default="/tmp/newswire-lexicons")
    args = parser.parse_args()
    package = fetch(COUNTRYINFO, args.work)

    owners = {}
    for path in sorted(glob.glob(os.path.join(package, "data", "*.json"))):
        info = json.load(open(path, encoding="utf-8"))
        code = (info.get("ISO") or {}).get("alpha2")
        demonym = info.get("demonym")
        if not code or not demonym:
            continue
        population = int(info.get("population") or 0)
        for form in demonym.replace(" or ", ",").split(","):
            form = form.strip()
            if form and (form not in owners or owners[form][1] < population):
                owners[form] = (code, population)

    by_code = {}
    for form, (code, _) in owners.items():
        by_code.setdefault(code, []).append(form)
    for code, extra in EXTRA_DEMONYMS.items():
        by_code[code] = extra + [f for f in by_code.get(code, []) if f not in extra]
        for form in extra:
            owners[form] = (code, 0)

    rows = []
    for code in sorted(by_code):
        forms = [f for f in by_code[code] if owners.get(f, (code,))[0] == code]
        if not forms:
            continue
        spellings = []
        for form in forms:
            spellings.append(form)
            p = plural(form)
            if p and p not in spellings and p not in owners:
                spellings.append(p)
        rows.append(("NORP", forms[0], code, spellings))
    for canonical, code, spellings in GROUPS:
        if spellings:
            rows.append(("NORP", canonical, code, spellings))

    with open(args.out, "w", encoding="utf-8") as out:
        out.write("# NORP lexicon, generated by Scripts/make_lexicons.py; do not edit by hand.\n")
        out.write("# Demonyms: countryinfo package (MIT). Groups: written for newswire.\n")
        out.write("# Columns: label canonical country-code spellings('|'-separated)\n")
        for label, canonical, code, spellings in rows:
            out.write(f"{label}\t{canonical}\t{code}\t{'|'.join(dict.fromkeys(spellings))}\n")
    print(f"wrote {len(rows)} entries to {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Builds the analyst gold files of the quality set (Samples/gold/<id>.gold.json) from compact annotations.

Usage:
  Scripts/make_gold.py [--check] [ID ...]

Each Samples/gold/<id>.ann annotates Samples/text/<id>.txt (title, blank line, body: the layout the shared
score_article.py reads). Writing offsets by hand is error-prone, so an annotation names mentions by their text and
this script finds the offsets. One item per line; `#` starts a comment.

  E <id> <TYPE> [opt] [accept=LOC,ORG] [key=value ...] | <canonical name> | <surface> ; <surface> ; ...
  V <id> <CAMEO code or -> [bg] | <what happened> | <trigger surface> | <location entity ids, comma separated>

A surface is matched as a whole word (no letter or digit on either side). `text@2` takes only the 2nd occurrence of
`text` in the file (`@1,3` the 1st and 3rd); without `@` every occurrence not already claimed by another mention is
taken (explicit occurrences are claimed first, then longer surfaces before shorter). `?text` marks optional
mentions (neither missed nor wrong when scoring); `opt` an optional entity; `bg` a background event (optional).
The output layout is the one of the shared samples' gold file (entities with coarse and accept_coarse types,
mentions with offsets; events with trigger offsets, CAMEO code and location entity ids).

--check prints every mention in context and the capitalised words and numbers no mention covers, for review.
"""
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
COARSE = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC", "NORP": "NORP",
          "DATE": "DATE", "TIME": "DATE", "CARDINAL": "NUM", "QUANTITY": "NUM", "PERCENT": "NUM",
          "MONEY": "NUM", "ORDINAL": "NUM", "PRODUCT": "MISC", "WORK_OF_ART": "MISC", "EVENT": "MISC",
          "LAW": "MISC", "LANGUAGE": "MISC"}


def occurrences(text, surface):
    """Start offsets of whole-word occurrences of surface in text."""
    out, k = [], text.find(surface)
    while k >= 0:
        before = text[k - 1] if k > 0 else " "
        after = text[k + len(surface)] if k + len(surface) < len(text) else " "
        if not before.isalnum() and not after.isalnum():
            out.append(k)
        k = text.find(surface, k + 1)
    return out


def parse_surface(raw):
    optional = raw.startswith("?")
    raw = raw.lstrip("?")
    picks = None
    m = re.fullmatch(r"(.*)@([\d,]+)", raw)
    if m:
        raw, picks = m.group(1), [int(x) for x in m.group(2).split(",")]
    return raw, picks, optional


def value(v):
    try:
        return int(v)
    except ValueError:
        try:
            return float(v)
        except ValueError:
            return v


def build(doc_id):
    text = (ROOT / "Samples" / "text" / f"{doc_id}.txt").read_text(encoding="utf-8")
    lines = (ROOT / "Samples" / "gold" / f"{doc_id}.ann").read_text(encoding="utf-8").splitlines()
    entities, events, claims = [], [], []  # claims: (start, end, entity index, optional)
    pending = []  # (explicit?, length, entity index, surface, picks, optional)
    for n, line in enumerate(lines, 1):
        line = line.split(" #")[0].strip() if not line.startswith("#") else ""
        if not line:
            continue
        parts = [p.strip() for p in line.split("|")]
        head = parts[0].split()
        if head[0] == "E":
            _, eid, etype, *flags = head
            ent = {"id": eid, "name": parts[1], "type": etype, "coarse": COARSE[etype],
                   "accept_coarse": [COARSE[etype]], "mentions": []}
            for f in flags:
                if f == "opt":
                    ent["optional"] = True
                elif f.startswith("accept="):
                    ent["accept_coarse"] = f[7:].split(",")
                elif "=" in f:
                    k, v = f.split("=", 1)
                    ent[k] = value(v.replace("_", " "))
            entities.append(ent)
            for raw in (s.strip() for s in parts[2].split(";")):
                surface, picks, optional = parse_surface(raw)
                pending.append((picks is not None, len(surface), len(entities) - 1, surface, picks, optional, n))
        elif head[0] == "V":
            _, vid, code, *flags = head
            surface, picks, _ = parse_surface(parts[2])
            occ = occurrences(text, surface)
            if len(occ) < (picks or [1])[0]:
                sys.exit(f"{doc_id}.ann:{n}: trigger {parts[2]!r} does not occur in the text")
            k = occ[(picks or [1])[0] - 1]
            ev = {"id": vid, "type": parts[1], "trigger": {"text": surface, "start": k, "end": k + len(surface)},
                  "location": [x.strip() for x in parts[3].split(",") if x.strip()] if len(parts) > 3 else [],
                  "cameo": {"code": code} if code != "-" else None}
            if "bg" in flags:
                ev["background"] = True
            events.append(ev)
        else:
            sys.exit(f"{doc_id}.ann:{n}: unknown item {head[0]!r}")
    pending.sort(key=lambda p: (not p[0], -p[1]))
    for explicit, _, idx, surface, picks, optional, n in pending:
        occ = occurrences(text, surface)
        if not occ:
            sys.exit(f"{doc_id}.ann:{n}: {surface!r} does not occur in the text")
        if picks and max(picks) > len(occ):
            sys.exit(f"{doc_id}.ann:{n}: {surface!r} occurs only {len(occ)} times")
        chosen = [occ[i - 1] for i in picks] if picks else occ
        for k in chosen:
            span = (k, k + len(surface))
            if any(s < span[1] and span[0] < e for s, e, _, _ in claims):
                if explicit:
                    sys.exit(f"{doc_id}.ann:{n}: {surface!r}@{picks} overlaps another mention")
                continue
            claims.append((span[0], span[1], idx, optional))
    for s, e, idx, optional in sorted(claims):
        m = {"text": text[s:e], "start": s, "end": e}
        if optional:
            m["optional"] = True
        entities[idx]["mentions"].append(m)
    ids = {e["id"] for e in entities}
    for ev in events:
        for loc in ev["location"]:
            if loc not in ids:
                sys.exit(f"{doc_id}.ann: event {ev['id']} names unknown location {loc}")
    gold = {"doc": f"{doc_id}.txt", "chars": len(text),
            "schema": "layout of the shared samples' gold file; built by Scripts/make_gold.py from "
                      f"Samples/gold/{doc_id}.ann",
            "entities": entities, "events": events}
    return text, gold, claims


def review(doc_id, text, gold, claims):
    print(f"=== {doc_id}")
    covered = [(s, e) for s, e, _, _ in claims]
    for e in gold["entities"]:
        print(f"  {e['id']:14s} {e['type']:9s} {'opt ' if e.get('optional') else ''}"
              + "; ".join(m["text"] + ("?" if m.get("optional") else "") for m in e["mentions"]))
    for ev in gold["events"]:
        t = ev["trigger"]
        print(f"  {ev['id']:5s} {(ev['cameo'] or {}).get('code', '-'):5s} {t['text']!r} "
              f"…{text[max(0, t['start'] - 40):t['end'] + 20]!r}… {ev['location']}")
    loose = []
    for m in re.finditer(r"[A-Z][\w'’-]*|\d[\d,.]*|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|"
                         r"eleven|twelve|dozen|hundreds|thousands|millions)\b", text):
        if not any(s <= m.start() < e for s, e in covered):
            loose.append(m.group())
    print("  not covered:", " ".join(loose))


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    check = "--check" in sys.argv
    ids = args or sorted(p.stem for p in (ROOT / "Samples" / "gold").glob("*.ann"))
    for doc_id in ids:
        text, gold, claims = build(doc_id)
        out = ROOT / "Samples" / "gold" / f"{doc_id}.gold.json"
        out.write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        if check:
            review(doc_id, text, gold, claims)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Held-out extraction quality: runs `newswire extract` on every article of the quality set and scores each record
with the shared score_article.py against its analyst gold, then prints a table (per article and micro-averaged).

Usage:
  Scripts/quality.py [--newswire BIN] [--shared DIR] [--min-entity-f1 X] [--min-event-f1 Y] [--details] [--json]

The set is every Samples/gold/<id>.gold.json (gold for Samples/text/<id>.txt, published_at from Samples/<id>.json;
see Scripts/make_gold.py) plus the shared sample article (DIR/data/samples/kherson.txt with its gold), which is
listed but left out of the micro average so that the average measures articles the extractor was not tuned on.
Produced events without a CAMEO code (disasters, elections) are dropped before scoring: the gold has no code for
them either and the shared scorer matches on the CAMEO root, so it could only count them as wrong.
Exit status 1 when a micro-averaged F1 is under its minimum.
"""
import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def articles(shared):
    out = []
    for gold in sorted((ROOT / "Samples" / "gold").glob("*.gold.json")):
        doc_id = gold.name[: -len(".gold.json")]
        raw = json.loads((ROOT / "Samples" / f"{doc_id}.json").read_text(encoding="utf-8"))
        out.append((doc_id, ROOT / "Samples" / "text" / f"{doc_id}.txt", gold, raw["published_at"], True))
    kherson = shared / "data" / "samples" / "kherson.txt"
    if kherson.exists():
        out.append(("kherson (shared, tuned on)", kherson, shared / "data" / "samples" / "kherson.gold.json",
                    "2022-10-13T12:00:00Z", False))
    return out


def score(args, text, gold, published):
    out = subprocess.run([args.newswire, "extract", "--published-at", published, str(text)], stdout=subprocess.PIPE,
                         check=True, text=True).stdout
    produced = json.loads(out.splitlines()[0])
    # Events without a CAMEO code (disaster, election: the contract's null) cannot be scored: the shared scorer
    # matches events on their CAMEO root and the gold carries none for them, so they are left out of both sides.
    produced["events"] = [e for e in produced.get("events", []) if (e.get("cameo") or {}).get("code")]
    with tempfile.NamedTemporaryFile("w+", suffix=".json") as record:
        record.write(json.dumps(produced, ensure_ascii=False))
        record.flush()
        res = subprocess.run([sys.executable, str(args.shared / "tools" / "score_article.py"), str(text), str(gold),
                              record.name, "--json"], capture_output=True, text=True, check=True)
    return json.loads(res.stdout)


def prf(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--newswire", default=str(ROOT / ".build" / "release" / "newswire"))
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--min-entity-f1", type=float)
    ap.add_argument("--min-event-f1", type=float)
    ap.add_argument("--details", action="store_true", help="list missed and wrong entities and events per article")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    rows, totals = [], {"ent": [0, 0, 0], "ev": [0, 0, 0]}
    for doc_id, text, gold, published, counted in articles(args.shared):
        r = score(args, text, gold, published)
        m, e = r["entities"]["mentions"], r["events"]["events"]
        rows.append((doc_id, m, e, r))
        if counted:
            for key, v in (("ent", m), ("ev", e)):
                totals[key] = [a + b for a, b in zip(totals[key], (v["tp"], v["fp"], v["fn"]))]
    ent, ev = prf(*totals["ent"]), prf(*totals["ev"])
    if args.json:
        print(json.dumps({"articles": {d: r for d, _, _, r in rows},
                          "micro": {"entity_f1": round(ent[2], 4), "event_f1": round(ev[2], 4)}}, indent=1))
    else:
        print(f"{'article':32s} {'ent P':>6s} {'ent R':>6s} {'ent F1':>6s} {'ev P':>6s} {'ev R':>6s} {'ev F1':>6s}")
        for doc_id, m, e, r in rows:
            print(f"{doc_id:32s} {m['precision']:6.3f} {m['recall']:6.3f} {m['f1']:6.3f} "
                  f"{e['precision']:6.3f} {e['recall']:6.3f} {e['f1']:6.3f}")
            if args.details:
                print("    missed entities:", "; ".join(r["entities"]["missed"]))
                print("    wrong entities:", "; ".join(r["entities"]["wrong"]))
                print("    missed events:", ", ".join(r["events"]["missed"]))
                print("    wrong events:", "; ".join(r["events"]["wrong"]))
        print(f"{'micro (project samples)':32s} {ent[0]:6.3f} {ent[1]:6.3f} {ent[2]:6.3f} "
              f"{ev[0]:6.3f} {ev[1]:6.3f} {ev[2]:6.3f}")
    ok = (args.min_entity_f1 is None or ent[2] >= args.min_entity_f1) and \
         (args.min_event_f1 is None or ev[2] >= args.min_event_f1)
    if not ok:
        print(f"quality gate failed: entity F1 {ent[2]:.3f} (min {args.min_entity_f1}), "
              f"event F1 {ev[2]:.3f} (min {args.min_event_f1})", file=sys.stderr)
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()

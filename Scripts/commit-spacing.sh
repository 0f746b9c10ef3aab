#!/usr/bin/env bash
# How often `newswire run` commits under load: publishes 3,000 sample articles (Samples/*.json cycled with fresh
# ids) to a 16-partition embedded broker, runs one worker with --commit-interval 0.2 for 25 s, and prints the
# number of commits that moved offsets and the spacing between them (from the worker's "committed" debug logs).
#
# Usage: Scripts/commit-spacing.sh [path/to/newswire]   (default: .build/release/newswire)
set -euo pipefail
bin=${1:-.build/release/newswire}
work=$(mktemp -d)
trap 'kill "${worker:-}" "${broker:-}" 2>/dev/null || true; rm -rf "$work"' EXIT

python3 - "$work/articles.jsonl" <<'PY'
import glob, json, sys
samples = [json.load(open(p)) for p in sorted(glob.glob("Samples/*.json"))]
with open(sys.argv[1], "w") as out:
    for i in range(3000):
        article = dict(samples[i % len(samples)], id=f"spacing-{i}")
        out.write(json.dumps(article) + "\n")
PY

"$bin" broker --topic articles.raw:16 --bootstrap-file "$work/bootstrap" >/dev/null 2>&1 &
broker=$!
for _ in $(seq 100); do [[ -s "$work/bootstrap" ]] && break; sleep 0.1; done
servers=$(cat "$work/bootstrap")
"$bin" produce --bootstrap-servers "$servers" - <"$work/articles.jsonl" >/dev/null
"$bin" run --bootstrap-servers "$servers" --group-id spacing --commit-interval 0.2 --max-in-flight 50 \
    --concurrency 2 --metrics-address 127.0.0.1:0 --log-level debug --log-format json \
    --kafka-property session.timeout.ms=6000 >/dev/null 2>"$work/worker.log" &
worker=$!
sleep 25
kill -TERM "$worker"
wait "$worker" || true

python3 - "$work/worker.log" <<'PY'
import datetime, json, statistics, sys
times = []
for line in open(sys.argv[1]):
    try:
        entry = json.loads(line)
    except ValueError:
        continue
    if entry.get("message") == "committed":
        times.append(datetime.datetime.fromisoformat(entry["time"].replace("Z", "+00:00")).timestamp())
gaps = sorted(b - a for a, b in zip(times, times[1:]))
if not gaps:
    sys.exit(f"fewer than two commits ({len(times)})")
print(f"commits {len(times)}, spacing median {statistics.median(gaps):.3f} s, "
      f"p90 {gaps[int(len(gaps) * 0.9)]:.3f} s, max {gaps[-1]:.3f} s")
PY

#!/bin/sh
# Measures encode/decode time of a realistic enriched record with an optimized build.
# Usage: Scripts/bench-encode.sh [iterations]   (run from the repository root)
set -eu
out="${TMPDIR:-/tmp}/newswire-bench-encode"
swiftc -O -wmo -parse-as-library -module-name NewswireBench -o "$out" \
    Sources/NewswireCore/*.swift Tests/NewswireCoreTests/RecordFixtures.swift Scripts/bench/EncodeBenchmark.swift
"$out" "$@"

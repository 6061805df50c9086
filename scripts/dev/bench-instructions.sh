#!/usr/bin/env bash
# Counts the instructions the throughput benchmark spends coding, with callgrind:
# repeatable where wall time on a shared machine is not. Prints the total, the
# coding loop (Coder::run, inclusive) per MB, and its largest callees.
#
# Usage: scripts/dev/bench-instructions.sh [OUT.callgrind]   (ANNALS_BENCH_MB, default 1;
#        TOP=N callees; FN=function to break down, default the document loop;
#        NORUN=1 to read OUT.callgrind again without running)
# Then: callgrind_annotate --inclusive=yes OUT.callgrind | less
set -euo pipefail
cd "$(dirname "$0")/../.."
out=${1:-target/bench.callgrind}
mb=${ANNALS_BENCH_MB:-1}
bin=$(cargo bench --bench throughput --no-run --message-format=json 2>/dev/null |
  python3 -c 'import json,sys
for l in sys.stdin:
    m = json.loads(l)
    if m.get("reason") == "compiler-artifact" and m["target"]["name"] == "throughput" and m.get("executable"):
        print(m["executable"])')
[ -n "${NORUN:-}" ] || ANNALS_BENCH_MB=$mb ANNALS_BENCH_PASSES=1 valgrind --tool=callgrind --callgrind-out-file="$out" "$bin" 2>&1 | grep -E '^corpus|^throughput' || true
callgrind_annotate --inclusive=yes --tree=calling "$out" 2>/dev/null | python3 -c '
import re, sys
from collections import defaultdict
mb, top = float(sys.argv[1]), int(sys.argv[2])
def function(loc):
    # "file:function [object]" -> function (inlined code is listed under its own file)
    loc = re.sub(r" \[.*\]$", "", loc)
    m = re.search(r"(\.rs|\.c|\.S|\.h|\?\?\?):(.*)$", loc)
    return m.group(2) if m else loc
total = None; run = 0; kids = defaultdict(int); inside = False
for line in sys.stdin:
    if "PROGRAM TOTALS" in line:
        total = int(line.split()[0].replace(",", ""))
    if not line.strip():
        inside = False
        continue
    m = re.match(r"\s*([\d,]+) \(\s*[\d.]+%\)\s+(\*|>)\s+(.*?)(?: \(\d[\d,]*x\))?(?: \[.*\])?$", line)
    if not m:
        continue
    n, mark, fn = int(m.group(1).replace(",", "")), m.group(2), function(m.group(3))
    if mark == "*":
        # The document loop and the code inlined into it.
        inside = fn == sys.argv[3]
        if inside and run == 0:
            run = n
    elif inside:
        kids[fn] += n
print(f"total {total:,} instructions; {sys.argv[3]} {run:,} = {run / mb / 1e6:.0f} per byte")
for name, n in sorted(kids.items(), key=lambda kv: -kv[1])[:top]:
    print(f"  {n / mb / 1e6:6.1f} per byte  {name}")
' "$mb" "${TOP:-16}" "${FN:-annals_code::coder::Coder::run_with}"

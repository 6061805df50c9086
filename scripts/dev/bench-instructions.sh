#!/usr/bin/env bash
# Counts the instructions the throughput benchmark spends coding, with callgrind:
# repeatable where wall time on a shared machine is not. Prints the total, the
# coding loop (Coder::run, inclusive) per MB, and its largest callees.
#
# Usage: scripts/dev/bench-instructions.sh [OUT.callgrind]   (ANNALS_BENCH_MB, default 1)
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
ANNALS_BENCH_MB=$mb valgrind --tool=callgrind --callgrind-out-file="$out" "$bin" 2>&1 | grep -E '^corpus|^throughput' || true
callgrind_annotate --inclusive=yes --tree=calling "$out" 2>/dev/null | python3 -c '
import re, sys
mb = float(sys.argv[1])
total = None; blocks = {}; name = None
for line in sys.stdin:
    m = re.match(r"\s*([\d,]+) \(\s*[\d.]+%\)\s+(\*|>)\s+(\S+)", line)
    if line.startswith("--") or not line.strip():
        name = None
    if "PROGRAM TOTALS" in line:
        total = int(line.split()[0].replace(",", ""))
    if not m:
        continue
    n, mark, fn = int(m.group(1).replace(",", "")), m.group(2), m.group(3)
    if mark == "*":
        name = fn if "annals_code::coder::Coder::run" in fn and fn not in blocks else None
        if name:
            blocks[name] = (n, [])
    elif name:
        blocks[name][1].append((n, fn.split(":", 1)[-1]))
# The document loop: the largest block named after Coder::run (or run_with).
run, kids = max(blocks.values())
print(f"total {total:,} instructions; coding (Coder::run) {run:,} = {run / mb / 1e6:.0f} per byte")
for n, name in sorted(kids, reverse=True)[:14]:
    print(f"  {n / mb / 1e6:6.1f} per byte  {name}")
' "$mb"

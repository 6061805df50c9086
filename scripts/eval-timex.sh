#!/usr/bin/env bash
# Scores `annals time` on the WikiWars development articles (real Wikipedia
# history with TimeML TIMEX3 gold) with the shared TempEval-style scorer, and
# prints strict/relaxed span F1 and value F1.
#
# Usage: scripts/eval-timex.sh [--check] [--errors]
#   --check   exit 1 below value F1 0.85 or relaxed F1 0.90
#   --errors  also list every miss and wrong value
# Needs ../shared beside the repository (or ANNALS_SHARED=DIR) and python3.
#
# No document date is passed: as for any text, annals takes it from a date line
# at the top of the document when there is one (these articles have one), else
# today's date. Values relative to it (PRESENT_REF, "last year") are scored as
# the scorer reads them, as plain strings.
set -euo pipefail
cd "$(dirname "$0")/.."

check=0
quiet=--quiet
for arg in "$@"; do
  case "$arg" in
    --check) check=1 ;;
    --errors) quiet= ;;
    *) echo "usage: $0 [--check] [--errors]" >&2; exit 2 ;;
  esac
done

shared="${ANNALS_SHARED:-}"
for c in ../shared ../../shared; do
  if [ -z "$shared" ] && [ -d "$c/data/wikiwars-dev" ]; then shared="$c"; fi
done
if [ -z "$shared" ]; then
  echo "eval-timex: no shared directory (../shared beside the repository, or ANNALS_SHARED)" >&2
  exit 2
fi
gold=("$shared"/data/wikiwars-dev/*.tml)
scorer="$shared/tools/score-timex.py"

cargo build --release --quiet
target="$(cargo metadata --format-version 1 --no-deps | python3 -c 'import json,sys; print(json.load(sys.stdin)["target_directory"])')"
annals="$target/release/annals"

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
python3 "$scorer" extract "${gold[@]}" --out "$tmp/txt"
"$annals" time "$tmp"/txt/*.txt > "$tmp/times.jsonl"
python3 "$scorer" score "${gold[@]}" --system "$tmp/times.jsonl" $quiet | tee "$tmp/score"

line="$(tail -n 1 "$tmp/score")"
read -r strict relaxed value < <(python3 - "$line" <<'PY'
import re, sys
line = sys.argv[1]
f1 = re.findall(r"F1 ([0-9.]+)", line)
print(f1[0], f1[1], f1[2])
PY
)
echo "WikiWars dev: strict span F1 $strict, relaxed span F1 $relaxed, value F1 $value (need value >= 0.85, relaxed >= 0.90)"
if [ "$check" = 1 ]; then
  python3 -c "import sys; sys.exit(0 if float('$value') >= 0.85 and float('$relaxed') >= 0.90 else 1)" || {
    echo "eval-timex: below the thresholds" >&2
    exit 1
  }
fi

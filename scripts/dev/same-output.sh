#!/usr/bin/env bash
# Checks that a change left the coder's output byte for byte as it was: runs the
# release binary over the development inputs (PLOVER news, the seed, the examples,
# the WikiWars histories), with `code`, `code --explain` and `time`, and compares
# with a saved reference.
#
# Usage: scripts/dev/same-output.sh --save   # build, then save the reference (before a change)
#        scripts/dev/same-output.sh          # build, then compare with it (after a change)
# Env:   ANNALS_SHARED (default ../shared beside the repository, or beside the main
#        checkout from a worktree), ANNALS_REF (reference
#        directory, default target/same-output/ref), ANNALS_BIN (binary to run; no build).
set -euo pipefail
cd "$(dirname "$0")/../.."
shared=${ANNALS_SHARED:-../shared}
if [ ! -d "$shared" ]; then
  # A git worktree: shared/ sits beside the main checkout.
  shared="$(dirname "$(git rev-parse --path-format=absolute --git-common-dir)")/../shared"
fi
ref=${ANNALS_REF:-target/same-output/ref}
bin=${ANNALS_BIN:-}
if [ -z "$bin" ]; then
  cargo build --release --quiet
  bin=target/release/annals
fi
save=0
[ "${1:-}" = "--save" ] && save=1
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

wiki=target/same-output/wikiwars
if [ ! -d "$wiki" ]; then
  python3 "$shared/tools/score-timex.py" extract "$shared"/data/wikiwars-dev/*.tml --out "$wiki" >/dev/null
fi

run() { # name, then the annals arguments
  local name=$1
  shift
  "$bin" "$@" >"$out/$name.out" 2>"$out/$name.err" || echo "exit $?" >>"$out/$name.err"
}
run plover code "$shared/data/plover-gsr/dev.input.jsonl"
run plover-explain code --explain "$shared/data/plover-gsr/dev.input.jsonl"
run seed code --dct 2026-11-28 "$shared/seed/000_ad2d2dcefd6c63fd.txt"
run seed-explain code --explain --dct 2026-11-28 "$shared/seed/000_ad2d2dcefd6c63fd.txt"
run examples code --dct 2024-01-01 examples/sweden-denmark.txt examples/news.jsonl examples/nordic-council.html
run examples-csv code --format csv --dct 2024-01-01 examples/sweden-denmark.txt examples/news.jsonl examples/nordic-council.html
run wikiwars code --dct 2009-12-19 "$wiki"/*.txt
run wikiwars-explain code --explain --dct 2009-12-19 "$wiki"/*.txt
run wikiwars-time time --dct 2009-12-19 "$wiki"/*.txt
run seed-time time --dct 2026-11-28 "$shared/seed/000_ad2d2dcefd6c63fd.txt"

if [ $save = 1 ]; then
  rm -rf "$ref"
  mkdir -p "$ref"
  cp "$out"/* "$ref"/
  echo "reference saved in $ref: $(cat "$ref"/*.out | wc -l) lines of output"
  exit 0
fi
[ -d "$ref" ] || { echo "no reference in $ref: run with --save first" >&2; exit 2; }
if diff -rq "$ref" "$out" >/dev/null; then
  echo "same output: $(cat "$out"/*.out | wc -l) lines in $(ls "$out" | wc -l) files identical"
else
  diff -rq "$ref" "$out" >&2 || true
  for f in "$ref"/*; do
    cmp -s "$f" "$out/$(basename "$f")" || { diff "$f" "$out/$(basename "$f")" | head -20 >&2; break; }
  done
  echo "OUTPUT CHANGED" >&2
  exit 1
fi

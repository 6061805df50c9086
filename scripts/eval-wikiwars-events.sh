#!/usr/bin/env bash
# Scores `annals code` on the two Wikipedia war histories that have gold events
# (the Russian and the Chinese civil wars) in ../shared/data/wikiwars-dev-events.
# Prints recall and precision per article. Reports only: the issue sets no
# threshold for these, so --check passes whatever the figures.
# Usage: scripts/eval-wikiwars-events.sh [--check] [--verbose]
set -euo pipefail
cd "$(dirname "$0")/.."
shared="${ANNALS_SHARED:-../shared}"
quiet=(--quiet)
for a in "$@"; do
  case "$a" in
    --check) ;;
    --verbose) quiet=() ;;
    *) echo "usage: $0 [--check] [--verbose]" >&2; exit 2 ;;
  esac
done
target="${CARGO_TARGET_DIR:-target}"
cargo build --release --quiet
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
python3 "$shared/tools/score-timex.py" extract "$shared"/data/wikiwars-dev/*.tml --out "$out/txt" > /dev/null
for gold in "$shared"/data/wikiwars-dev-events/*.tsv; do
  name="$(basename "$gold" .tsv)"
  # The document date is the articles' own (2009-12-19), as in their TimeML.
  "$target/release/annals" code --dct 2009-12-19 "$out/txt/$name.txt" > "$out/$name.jsonl"
  echo -n "$name: "
  python3 "$shared/tools/score-events.py" "$gold" "$out/$name.jsonl" "${quiet[@]}"
done

#!/usr/bin/env bash
# Scores `annals code` on the PLOVER gold-standard sentences (real news) in
# ../shared/data/plover-gsr with the project's scorer.
# Usage: scripts/eval-plover.sh [--check] [--verbose]
#   --check    exit 1 below recall 0.75 or precision 0.75 (the coder's target)
#   --verbose  list every missed gold event and every wrong event
set -euo pipefail
cd "$(dirname "$0")/.."
shared="${ANNALS_SHARED:-../shared}"
check=() quiet=(--quiet)
for a in "$@"; do
  case "$a" in
    --check) check=(--min-recall 0.75 --min-precision 0.75) ;;
    --verbose) quiet=() ;;
    *) echo "usage: $0 [--check] [--verbose]" >&2; exit 2 ;;
  esac
done
target="${CARGO_TARGET_DIR:-target}"
cargo build --release --quiet
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
"$target/release/annals" code "$shared/data/plover-gsr/dev.input.jsonl" > "$out/events.jsonl"
echo -n "PLOVER GSR dev: "
python3 "$shared/tools/score-events.py" "$shared/data/plover-gsr/dev.json" "$out/events.jsonl" \
  --inputs "$shared/data/plover-gsr/dev.input.jsonl" "${quiet[@]}" "${check[@]}"

#!/usr/bin/env bash
# Runs every test of annals: unit, integration, snapshot and property tests, then
# the evaluations on the development sets in ../shared with their thresholds.
# Usage: scripts/test.sh        (from anywhere; needs ../shared beside the repository)
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== cargo test (release profile: one build serves the tests and the evaluations)"
cargo test --workspace --release --quiet

echo "== build"
cargo build --release --quiet

for eval in scripts/eval-*.sh; do
  [ -e "$eval" ] || continue
  echo "== $eval"
  "$eval" --check
done
echo "== all tests passed"

#!/usr/bin/env bash
# Tests the page of `annals timeline --html` in a real headless Chromium: it loads
# with no console error and no network, draws one point per event, shows an
# event's evidence on hover, zooms to a phase on click; and writes a screenshot.
#
# Usage: scripts/eval-timeline-browser.sh [--check] [--screenshot FILE]
#   --check       exit non-zero when a check fails (scripts/test.sh passes it)
#   --screenshot  where the PNG goes (default: $TARGET/timeline/page.png)
# Needs Debian's chromium (/usr/bin/chromium, or $CHROMIUM), node and npm; installs
# playwright-core (the driver, no browser download) under ~/.cache/annals.
# ANNALS_SKIP_BROWSER=1 skips the test when no browser can be had.
set -euo pipefail
cd "$(dirname "$0")/.."

check=0
target_dir="${CARGO_TARGET_DIR:-target}"
shot="$target_dir/timeline/page.png"
while [ $# -gt 0 ]; do
  case "$1" in
    --check) check=1 ;;
    --screenshot) shot="$2"; shift ;;
    *) echo "usage: $0 [--check] [--screenshot FILE]" >&2; exit 2 ;;
  esac
  shift
done

chromium="${CHROMIUM:-$(command -v chromium || true)}"
if [ -z "$chromium" ] || ! command -v node >/dev/null 2>&1; then
  if [ "${ANNALS_SKIP_BROWSER:-0}" = 1 ]; then
    echo "timeline browser test: skipped (no chromium or node, ANNALS_SKIP_BROWSER=1)"
    exit 0
  fi
  echo "timeline browser test: needs chromium (apt-get install chromium) and node; set ANNALS_SKIP_BROWSER=1 to skip" >&2
  exit 1
fi

cache="${XDG_CACHE_HOME:-$HOME/.cache}/annals/browser-test"
version=1.65.1
if [ ! -f "$cache/node_modules/playwright-core/package.json" ] \
  || ! grep -q "\"version\": \"$version\"" "$cache/node_modules/playwright-core/package.json"; then
  mkdir -p "$cache"
  npm install --prefix "$cache" --no-audit --no-fund --loglevel=error "playwright-core@$version" >/dev/null
fi

annals="$target_dir/release/annals"
if [ ! -x "$annals" ] || [ -n "$(find src crates -newer "$annals" -name '*.rs' -print -quit)" ]; then
  cargo build --release --quiet
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
events=crates/timeline/tests/fixtures/swe-dnk.events.jsonl
"$annals" timeline --dyad SWE-DNK "$events" --html "$work/page.html" >/dev/null
mkdir -p "$(dirname "$shot")"

status=0
PLAYWRIGHT_CORE="$cache/node_modules/playwright-core" CHROMIUM="$chromium" \
  node scripts/browser-timeline.cjs "$work/page.html" "$events" SWE-DNK "$shot" || status=$?
if [ "$check" = 1 ]; then
  exit "$status"
fi
exit 0

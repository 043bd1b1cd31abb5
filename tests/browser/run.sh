#!/usr/bin/env bash
# Real-browser test of the page of `sunes doc`: Debian's Chromium (installed when missing) driven
# by playwright-core. Writes the pages and screenshots under TestResults/browser/ and ends with
# the line "N passed, N failed, N skipped".
set -uo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
results="$root/TestResults/browser"
rm -rf "$results"
mkdir -p "$results"

fail() {
    echo "$1"
    echo "0 passed, 1 failed, 0 skipped"
    exit 1
}

if ! command -v chromium >/dev/null 2>&1; then
    echo "Installing Debian's chromium…"
    { apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium; } >"$results/apt.log" 2>&1 \
        || fail "chromium could not be installed: see $results/apt.log"
fi

(cd "$here" && npm ci --no-audit --no-fund) >"$results/npm.log" 2>&1 || fail "npm ci failed: see $results/npm.log"

"$root/sunes" doc "$root/instructions" --as-of 2023-04-01 -o "$results/doc" || fail "sunes doc failed"
"$root/sunes" doc "$root/instructions" --as-of 2023-04-01 --compare 2023-01-01 -o "$results/doc-compare" || fail "sunes doc --compare failed"

export SUNES_BROWSER_RESULTS="$results"
export SUNES_CHROMIUM="$(command -v chromium)"
(cd "$here" && node --test --test-reporter=spec page.test.mjs) 2>&1 | tee "$results/node.log"

count() {
    grep -E "^ℹ $1 [0-9]+$" "$results/node.log" | tail -1 | grep -oE '[0-9]+$' || echo 0
}
passed=$(count pass)
failed=$(count fail)
skipped=$(( $(count skipped) + $(count todo) + $(count cancelled) ))
if [ "$passed" -eq 0 ] && [ "$failed" -eq 0 ]; then
    failed=1
fi
echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ]

#!/usr/bin/env bash
# Prints the closing line test.sh counts, "N passed, N failed, N skipped", from the TAP file of a
# `node --test` run; a runner that failed with no failed test counts as one failure.
# Usage: node-test-summary.sh RESULTS.tap RUNNER-EXIT-STATUS. Exits 1 when anything failed.
set -uo pipefail
tap=$1
runner_status=$2

count() {
    local value
    value=$(grep -E "^# $1 [0-9]+$" "$tap" 2>/dev/null | tail -n 1 | awk '{print $3}')
    echo "${value:-0}"
}
failed=$(( $(count fail) + $(count cancelled) ))
if [ "$runner_status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
echo "$(count pass) passed, $failed failed, $(( $(count skipped) + $(count todo) )) skipped"
[ "$failed" -eq 0 ]

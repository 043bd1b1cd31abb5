#!/usr/bin/env bash
# The VS Code extension's suite: builds the .vsix (build.sh installs its tools with npm ci), then runs
# the grammar, manifest, package, client-logic and packaged-server tests with Node's test runner.
# Last line, as test.sh reads it: "N passed, N failed, N skipped".
set -uo pipefail
cd "$(dirname "$0")"

give_up() {
    echo "vscode-extension: $1"
    echo "0 passed, 1 failed, 0 skipped"
    exit 1
}

./build.sh || give_up "building the .vsix failed"
rm -rf out
npx --no-install tsc -p test/tsconfig.json || give_up "the tests do not compile"

mkdir -p out
node --test \
    --test-reporter=spec --test-reporter-destination=stdout \
    --test-reporter=tap --test-reporter-destination=out/results.tap \
    out/test/*.test.js
runner_status=$?

count() {
    local value
    value=$(grep -E "^# $1 [0-9]+$" out/results.tap | tail -n 1 | awk '{print $3}')
    echo "${value:-0}"
}
passed=$(count pass)
failed=$(( $(count fail) + $(count cancelled) ))
skipped=$(( $(count skipped) + $(count todo) ))
if [ "$runner_status" -ne 0 ] && [ "$failed" -eq 0 ]; then
    echo "vscode-extension: the test runner exited with $runner_status"
    failed=1
fi
echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ]

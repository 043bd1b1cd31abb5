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
../tests/node-test-summary.sh out/results.tap $?

#!/usr/bin/env bash
# End-to-end test of the language server: installs the client library from the lock file,
# builds the server if it is not built yet, drives it over stdio. Last line: N passed, N failed, N skipped.
set -uo pipefail
cd "$(dirname "$0")"
root="$(cd ../.. && pwd)"

if ! npm ci --no-audit --no-fund --loglevel=error; then
    echo "lsp-e2e: npm ci failed"
    echo "0 passed, 1 failed, 0 skipped"
    exit 1
fi

if [ ! -f "$root/src/SunEs.LanguageServer/bin/Release/net10.0/sunes-lsp.dll" ]; then
    dotnet build "$root/src/SunEs.LanguageServer/SunEs.LanguageServer.csproj" -c Release -v quiet -nologo || true
fi

report=$(mktemp)
trap 'rm -f "$report"' EXIT
node --test --test-reporter=spec --test-reporter-destination=stdout --test-reporter=tap --test-reporter-destination="$report" e2e.test.js
code=$?

count() { grep -E "^# $1 [0-9]+" "$report" | tail -1 | awk '{print $3}'; }
passed=$(count pass)
failed=$(count fail)
skipped_tests=$(count skipped)
todo_tests=$(count todo)
skipped=$(( ${skipped_tests:-0} + ${todo_tests:-0} ))
if [ -z "$passed" ] || [ -z "$failed" ]; then
    echo "lsp-e2e: the test runner reported no counts"
    echo "0 passed, 1 failed, 0 skipped"
    exit 1
fi
if [ "$code" -ne 0 ] && [ "$failed" -eq 0 ]; then
    failed=1
fi
echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ]

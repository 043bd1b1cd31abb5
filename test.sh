#!/usr/bin/env bash
set -uo pipefail
cd "$(dirname "$0")"

export DOTNET_NOLOGO=1
export DOTNET_CLI_TELEMETRY_OPTOUT=1

configuration=Release
results_dir="$PWD/TestResults"
passed=0
failed=0
skipped=0
status=0

add_counts() {
    passed=$((passed + $1))
    failed=$((failed + $2))
    skipped=$((skipped + $3))
    if [ "$2" -gt 0 ]; then status=1; fi
}

trx_outcomes() {
    grep -o '<UnitTestResult [^>]*' "$1" | grep -o 'outcome="[A-Za-z]*"' | grep -c -E "\"($2)\"" || true
}

add_trx_counts() {
    add_counts "$(trx_outcomes "$1" 'Passed')" \
        "$(trx_outcomes "$1" 'Failed|Error|Timeout|Aborted')" \
        "$(trx_outcomes "$1" 'NotExecuted')"
}

# A suite outside dotnet: its script installs what it needs and prints "N passed, N failed, N skipped" last.
run_suite() {
    local output last
    output=$(bash "$1" 2>&1)
    local code=$?
    printf '%s\n' "$output"
    last=$(printf '%s\n' "$output" | tail -n 1)
    if [[ "$last" =~ ^([0-9]+)\ passed,\ ([0-9]+)\ failed,\ ([0-9]+)\ skipped$ ]]; then
        add_counts "${BASH_REMATCH[1]}" "${BASH_REMATCH[2]}" "${BASH_REMATCH[3]}"
        if [ "$code" -ne 0 ]; then status=1; fi
    else
        echo "$1: no closing count line"
        add_counts 0 1 0
    fi
}

summary() {
    echo "$passed passed, $failed failed, $skipped skipped"
    exit "$status"
}

rm -rf "$results_dir"
mkdir -p "$results_dir"

if ! dotnet build SunEs.sln -c "$configuration"; then
    echo "build failed"
    status=1
    summary
fi

while IFS= read -r project; do
    name=$(basename "$project" .csproj)
    trx="$results_dir/$name.trx"
    dotnet test "$project" -c "$configuration" --no-build \
        --logger "trx;LogFileName=$name.trx" --results-directory "$results_dir" || status=1
    if [ -f "$trx" ]; then
        add_trx_counts "$trx"
    else
        echo "$name: no TRX file written"
        add_counts 0 1 0
    fi
done < <(find tests -name '*Tests.csproj' | sort)

run_suite tests/lsp-e2e/run.sh

summary

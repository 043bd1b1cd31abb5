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

# A suite outside dotnet prints "N passed, N failed, N skipped" as its last line.
run_suite() {
    local output last started=$SECONDS
    output=$(mktemp)
    bash "$1" 2>&1 | tee "$output"
    local suite_status=${PIPESTATUS[0]}
    last=$(tail -n 1 "$output")
    rm -f "$output"
    echo "$1: $((SECONDS - started)) s"
    if [[ $last =~ ^([0-9]+)\ passed,\ ([0-9]+)\ failed,\ ([0-9]+)\ skipped$ ]]; then
        add_counts "${BASH_REMATCH[1]}" "${BASH_REMATCH[2]}" "${BASH_REMATCH[3]}"
        if [ "$suite_status" -ne 0 ]; then status=1; fi
    else
        echo "$1: no closing 'N passed, N failed, N skipped' line"
        add_counts 0 1 0
    fi
}

summary() {
    echo "test.sh: $SECONDS s in all"
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
echo "dotnet build: $SECONDS s"

while IFS= read -r project; do
    name=$(basename "$project" .csproj)
    trx="$results_dir/$name.trx"
    started=$SECONDS
    dotnet test "$project" -c "$configuration" --no-build \
        --logger "trx;LogFileName=$name.trx" --results-directory "$results_dir" || status=1
    echo "$name: $((SECONDS - started)) s"
    if [ -f "$trx" ]; then
        add_trx_counts "$trx"
    else
        echo "$name: no TRX file written"
        add_counts 0 1 0
    fi
done < <(find tests -name '*Tests.csproj' | sort)

run_suite tests/browser/run.sh
run_suite vscode-extension/run-tests.sh
run_suite vscode-extension/e2e/run.sh
run_suite tests/report-formats/run.sh
run_suite tests/packaging/run.sh

# The tests written in the instructions, run through the built CLI against the compiled assemblies.
instruction_tests="$results_dir/instruction-tests.json"
dotnet src/SunEs.Cli/bin/$configuration/net10.0/sunes.dll test instructions --format json > "$instruction_tests"
instruction_status=$?
instruction_passed=$(grep -m1 -o '^  "passed": [0-9]*' "$instruction_tests" | grep -o '[0-9]*$')
instruction_failed=$(grep -m1 -o '^  "failed": [0-9]*' "$instruction_tests" | grep -o '[0-9]*$')
if [ -n "$instruction_passed" ] && [ -n "$instruction_failed" ]; then
    echo "instruction tests: $instruction_passed passed, $instruction_failed failed"
    add_counts "$instruction_passed" "$instruction_failed" 0
    if [ "$instruction_failed" -gt 0 ]; then
        dotnet src/SunEs.Cli/bin/$configuration/net10.0/sunes.dll test instructions | grep -v '): ok '
    fi
else
    echo "instruction tests: no result (sunes test exited with $instruction_status)"
    add_counts 0 1 0
fi
if [ "$instruction_status" -ne 0 ]; then status=1; fi
run_suite tests/lsp-e2e/run.sh

summary

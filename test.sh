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

# The tests written in the instructions and in the sample programmes, run through the built CLI against
# the compiled assemblies; each folder's counts join the summary.
run_written_tests() {
    local name=$1
    shift
    local report="$results_dir/$name.json"
    dotnet src/SunEs.Cli/bin/$configuration/net10.0/sunes.dll test "$@" --format json > "$report"
    local written_status=$?
    local written_passed written_failed
    written_passed=$(grep -m1 -o '^  "passed": [0-9]*' "$report" | grep -o '[0-9]*$')
    written_failed=$(grep -m1 -o '^  "failed": [0-9]*' "$report" | grep -o '[0-9]*$')
    if [ -n "$written_passed" ] && [ -n "$written_failed" ]; then
        echo "$name: $written_passed passed, $written_failed failed"
        add_counts "$written_passed" "$written_failed" 0
        if [ "$written_failed" -gt 0 ]; then
            dotnet src/SunEs.Cli/bin/$configuration/net10.0/sunes.dll test "$@" | grep -v '): ok '
        fi
    else
        echo "$name: no result (sunes test exited with $written_status)"
        add_counts 0 1 0
    fi
    if [ "$written_status" -ne 0 ]; then status=1; fi
}

run_written_tests instruction-tests instructions
run_written_tests sample-programme-tests samples/programmes/hopen samples/programmes/care
run_suite tests/lsp-e2e/run.sh

summary

#!/usr/bin/env bash
# Fuzzes the front end and the formatter (fuzz/SunEs.Fuzz) for a duration, with the corpus and
# the diagnostic samples as seeds. Under AFL++ (installed from Debian when missing and possible)
# the SunEs assemblies are instrumented for coverage; otherwise the harness's own mutation loop
# runs. Findings land in fuzz/out/findings; the last line gives executions and findings.
#
#   fuzz/run.sh [SECONDS]        (default 600)
#   SUNES_FUZZ_ENGINE=loop fuzz/run.sh 60     (force the mutation loop)
set -euo pipefail
cd "$(dirname "$0")/.."

export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1
duration=${1:-600}
out="$PWD/fuzz/out"
engine=${SUNES_FUZZ_ENGINE:-afl}

rm -rf "$out/bin" "$out/seeds" "$out/findings"
mkdir -p "$out/seeds"
dotnet build fuzz/SunEs.Fuzz/SunEs.Fuzz.csproj -c Release -o "$out/bin" -v q -clp:ErrorsOnly
cp instructions/*.sunes "$out/seeds/"
find tests/SunEs.Semantics.Tests/Baselines/Samples -name '*.sunes' -size -4k -exec cp {} "$out/seeds/" \;
harness=("dotnet" "$out/bin/SunEs.Fuzz.dll")

if [ "$engine" = afl ] && ! command -v afl-fuzz >/dev/null; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
        echo "installing AFL++ from Debian"
        (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq afl++) >/dev/null || true
    fi
    command -v afl-fuzz >/dev/null || { echo "AFL++ unavailable: running the harness's mutation loop"; engine=loop; }
fi

if [ "$engine" = afl ]; then
    "${harness[@]}" instrument "$out/bin/SunEs.Syntax.dll" "$out/bin/SunEs.Semantics.dll"
    AFL_SKIP_BIN_CHECK=1 AFL_NO_UI=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_AFFINITY=1 \
        afl-fuzz -V "$duration" -i "$out/seeds" -o "$out/findings" -t 5000 -m none -- "${harness[@]}" afl >"$out/afl.log" 2>&1 || true
    stats="$out/findings/default/fuzzer_stats"
    [ -f "$stats" ] || { tail -30 "$out/afl.log"; echo "afl-fuzz did not start"; exit 1; }
    value() { grep "^$1 " "$stats" | awk '{print $3}'; }
    echo "engine afl++, $(value execs_done) executions in $(value run_time) s, $(value corpus_count) inputs in the queue, edges found $(value edges_found), $(value saved_crashes) crashes, $(value saved_hangs) hangs"
    echo "findings: $out/findings/default/crashes $out/findings/default/hangs (replay: ${harness[*]} replay FILE)"
else
    "${harness[@]}" loop "$out/seeds" "$out/findings" "$duration" || true
fi

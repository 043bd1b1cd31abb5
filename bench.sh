#!/usr/bin/env bash
# Reproduces every table of docs/benchmarks.md: builds in Release, then runs all the
# benchmarks (BenchmarkDotNet; the reports land in BenchmarkDotNet.Artifacts/results).
#   ./bench.sh                 every benchmark
#   ./bench.sh --short         every benchmark with fewer iterations (each class's [ShortRun]): every ratio of the page in minutes
#   ./bench.sh --quick         every benchmark body once, no timing (what CI runs)
#   ./bench.sh --filter '*Batch*'   BenchmarkDotNet's own options (also after --short)
#   dotnet bench/SunEs.Benchmarks/bin/Release/net10.0/SunEs.Benchmarks.dll --generate 17000 --tests FILE
#                              writes a generated instruction, to time the tool on it by hand
set -euo pipefail
cd "$(dirname "$0")"
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1
dotnet build SunEs.sln -c Release -v quiet -nologo
if [ "$#" -eq 0 ]; then set -- --filter '*'; fi
exec dotnet bench/SunEs.Benchmarks/bin/Release/net10.0/SunEs.Benchmarks.dll "$@"

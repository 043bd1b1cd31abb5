#!/usr/bin/env bash
# The packages as their users get them. Packs SunEs.Runtime, the sunes tool and SunEs.Build into a
# local folder feed, then, in a temporary folder outside the repository and with a NuGet cache of
# its own (so that no package comes from anywhere but that feed):
#   - an engine team's project: `dotnet new console`, the two packages, the corpus as
#     SunesInstructions; it builds, runs and prints a decision with its provenance; a broken text
#     fails the build at its line with its SUN code; a second build does not compile again;
#   - a CI pipeline's tool: `dotnet tool install --tool-path` from the feed, then check and test;
#   - the CI templates of docs/ci/: their shell steps, as written and in order, in a repository
#     holding the corpus, with the tool from the feed.
# Leaves the feed in TestResults/packaging/feed and ends with "N passed, N failed, N skipped".
set -uo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
results="$root/TestResults/packaging"
feed="$results/feed"
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

passed=0
failed=0
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
rm -rf "$results"
mkdir -p "$results"

ok() { echo "ok: $1"; passed=$((passed + 1)); }
not_ok() {
    echo "FAILED: $1"
    if [ -n "${2:-}" ] && [ -f "$2" ]; then tail -n 30 "$2" | sed 's/^/    /'; fi
    failed=$((failed + 1))
}
finish() {
    echo "$passed passed, $failed failed, 0 skipped"
    [ "$failed" -eq 0 ]
    exit
}

version=$(dotnet msbuild "$root/src/SunEs.Runtime/SunEs.Runtime.csproj" -getProperty:Version)

# 1. Pack, one project after the other (SunEs.Build publishes the CLI while it packs).
for project in SunEs.Runtime SunEs.Cli SunEs.Build; do
    if ! dotnet pack "$root/src/$project/$project.csproj" -c Release -o "$feed" -nologo -v q > "$results/pack-$project.log" 2>&1; then
        not_ok "dotnet pack $project" "$results/pack-$project.log"
        finish
    fi
done
for package in "SunEs.Runtime.$version.nupkg" "sunes.$version.nupkg" "SunEs.Build.$version.nupkg"; do
    if [ -f "$feed/$package" ]; then ok "packed $package"; else not_ok "packed $package (not in $feed)"; fi
done

# Only the feed, and a package cache that starts empty: nothing can come from a previous run.
export NUGET_PACKAGES="$work/nuget-packages"
cat > "$work/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="sunes-feed" value="$feed" />
  </packageSources>
</configuration>
XML

# 2. The engine project.
engine="$work/engine"
log="$results/engine.log"
if dotnet new console --name Engine --output "$engine" --framework net10.0 > "$log" 2>&1 \
    && cp "$work/nuget.config" "$engine/" \
    && (cd "$engine" && dotnet add package SunEs.Runtime --version "$version" && dotnet add package SunEs.Build --version "$version") >> "$log" 2>&1; then
    ok "dotnet new console and dotnet add package SunEs.Runtime, SunEs.Build from the feed"
else
    not_ok "creating the engine project" "$log"
    finish
fi
mkdir -p "$engine/instructions"
cp "$root"/instructions/*.sunes "$engine/instructions/"
cp "$here/engine/Program.cs" "$engine/Program.cs"
sed -i 's|</Project>|  <ItemGroup>\n    <SunesInstructions Include="instructions/**/*.sunes" />\n  </ItemGroup>\n</Project>|' "$engine/Engine.csproj"

build() { (cd "$engine" && dotnet build -c Release -nologo "$@"); }
rules="$engine/bin/Release/net10.0/rules"

if build > "$results/build-1.log" 2>&1; then
    ok "the engine builds, compiling its instructions"
else
    not_ok "the engine builds" "$results/build-1.log"
    finish
fi
if [ -f "$rules/sunes-manifest.json" ] && ls "$rules"/*.dll > /dev/null 2>&1 && grep -q "\"compiler\": \"$version\"" "$rules/sunes-manifest.json"; then
    ok "the rules assembly and its manifest (compiler $version) are in the output's rules/"
else
    not_ok "rules/ in the output with the manifest of compiler $version"
    ls -la "$rules" 2>&1 | sed 's/^/    /'
fi

run_log="$results/engine-run.log"
if (cd "$engine" && dotnet bin/Release/net10.0/Engine.dll) > "$run_log" 2>&1; then
    sed 's/^/    /' "$run_log"
    if grep -q '990000002 en F2 : ' "$run_log" && grep -qE 'DS1\.1 : cible .* — DGOS/PF5/DNS/[^ ]* \(instructions/[^:]*\.sunes:[0-9]+\)' "$run_log"; then
        ok "the engine prints the decision and the instruction and line of each target"
    else
        not_ok "the engine's output has the decision and its provenance" "$run_log"
    fi
else
    not_ok "the engine runs" "$run_log"
fi

manifest_time=$(stat -c %Y.%N "$engine/obj/Release/net10.0/sunes/sunes-manifest.json" 2>/dev/null)
sleep 1
if build -v:d > "$results/build-2.log" 2>&1 \
    && grep -q 'Skipping target "SunesCompile" because all output files are up-to-date' "$results/build-2.log" \
    && [ "$manifest_time" = "$(stat -c %Y.%N "$engine/obj/Release/net10.0/sunes/sunes-manifest.json")" ]; then
    ok "a second build with no text changed does not compile the instructions again"
else
    not_ok "the second build skips SunesCompile" "$results/build-2.log"
fi

# A broken text: an unknown indicator in the 2023/28 target grid.
broken="$engine/instructions/2023-28.sunes"
cp "$broken" "$work/2023-28.sunes.orig"
line=$(grep -n '^    DS1.1 ' "$broken" | head -n 1 | cut -d: -f1)
sed -i "${line}s/^    DS1.1 /    DS9.9 /" "$broken"
if build > "$results/build-broken.log" 2>&1; then
    not_ok "a broken text fails the build" "$results/build-broken.log"
elif grep -qE "^ *instructions/2023-28\.sunes\($line,5\): error SUN0201: " "$results/build-broken.log"; then
    ok "a broken text fails dotnet build with instructions/2023-28.sunes($line,5): error SUN0201"
    grep -m1 -E "instructions/2023-28\.sunes\($line,5\)" "$results/build-broken.log" | sed 's/^ */    /'
else
    not_ok "the failed build names instructions/2023-28.sunes($line,5) and SUN0201" "$results/build-broken.log"
fi

if build -p:SunesLanguage=en > "$results/build-broken-en.log" 2>&1; then
    not_ok "a broken text fails the build in English too" "$results/build-broken-en.log"
elif grep -qE "instructions/2023-28\.sunes\($line,5\): error SUN0201: Unknown indicator 'DS9\.9'" "$results/build-broken-en.log"; then
    ok "SunesLanguage=en gives the diagnostics in English"
else
    not_ok "SunesLanguage=en gives the diagnostics in English" "$results/build-broken-en.log"
fi
if ! build -p:SunesLanguage=de > "$results/build-language.log" 2>&1 && grep -q "error SUNBUILD01: SunesLanguage vaut « de »" "$results/build-language.log"; then
    ok "an unknown SunesLanguage is an error that says what to write"
else
    not_ok "an unknown SunesLanguage fails with SUNBUILD01" "$results/build-language.log"
fi

if ! build -p:SunesCompilerPath="$work/absent/sunes.dll" > "$results/build-no-compiler.log" 2>&1 \
    && grep -q "error SUNBUILD02: Compilateur SunEs introuvable : « $work/absent/sunes.dll »" "$results/build-no-compiler.log"; then
    ok "a compiler that is not there is SUNBUILD02, naming the path"
else
    not_ok "a missing compiler fails with SUNBUILD02" "$results/build-no-compiler.log"
fi
cat > "$work/absent-text.targets" <<'XML'
<Project>
  <ItemGroup>
    <SunesInstructions Include="instructions/absente.sunes" />
  </ItemGroup>
</Project>
XML
if ! build -p:CustomAfterMicrosoftCommonTargets="$work/absent-text.targets" > "$results/build-absent-text.log" 2>&1 \
    && grep -q "error SUNBUILD03: Le compilateur SunEs s'est arrêté avec le code 2" "$results/build-absent-text.log" \
    && grep -q "instructions/absente.sunes" "$results/build-absent-text.log"; then
    ok "a listed text that does not exist fails with the compiler's own message and SUNBUILD03"
else
    not_ok "a listed text that does not exist fails with SUNBUILD03 and says which" "$results/build-absent-text.log"
fi
cp "$work/2023-28.sunes.orig" "$broken"
if build -p:SunesCompilerVersion=0.0.1 > "$results/build-runtime-version.log" 2>&1 \
    && grep -q "warning SUNBUILD04: Le projet référence SunEs.Runtime $version mais SunEs.Build 0.0.1" "$results/build-runtime-version.log"; then
    ok "SunEs.Runtime and SunEs.Build of different versions: SUNBUILD04 says to take the same"
else
    not_ok "a SunEs.Runtime of another version than SunEs.Build gives SUNBUILD04" "$results/build-runtime-version.log"
fi
if build > "$results/build-fixed.log" 2>&1; then
    ok "the text fixed, the engine builds again"
else
    not_ok "the engine builds again once the text is fixed" "$results/build-fixed.log"
fi

# 3. The tool, as a CI pipeline installs it.
tool="$work/tool"
log="$results/tool.log"
if dotnet tool install sunes --version "$version" --tool-path "$tool" --configfile "$work/nuget.config" > "$log" 2>&1; then
    ok "dotnet tool install sunes from the feed"
else
    not_ok "dotnet tool install sunes" "$log"
    finish
fi
if "$tool/sunes" --version | grep -qE "^$version(\+[0-9a-f]+)?$"; then
    ok "sunes --version prints $version"
else
    not_ok "sunes --version prints $version (got: $("$tool/sunes" --version 2>&1))"
fi
if (cd "$root" && "$tool/sunes" check instructions) > "$results/tool-check.log" 2>&1; then
    ok "the installed sunes checks the corpus"
else
    not_ok "the installed sunes checks the corpus" "$results/tool-check.log"
fi
if (cd "$root" && "$tool/sunes" test instructions) > "$results/tool-test.log" 2>&1 && grep -q 'en échec' "$results/tool-test.log"; then
    ok "the installed sunes runs the corpus' tests: $(tail -n 1 "$results/tool-test.log")"
else
    not_ok "the installed sunes runs the corpus' tests" "$results/tool-test.log"
fi

# 4. The CI templates of docs/ci/, step by step as a runner would run them.
if ! (cd "$here" && npm ci --no-audit --no-fund) > "$results/npm.log" 2>&1; then
    not_ok "npm ci for the CI template reader" "$results/npm.log"
    finish
fi
for template in github:github-actions.yml gitlab:gitlab-ci.yml; do
    kind=${template%%:*}
    file="$root/docs/ci/${template#*:}"
    if grep -q -- "dotnet tool install sunes --version $version " "$file"; then
        ok "$kind template installs sunes $version, the version of this repository"
    else
        not_ok "$kind template installs sunes $version (docs/ci/${template#*:})"
    fi
    repository="$work/ci-$kind"
    mkdir -p "$repository"
    cp -r "$root/instructions" "$repository/"
    cp "$work/nuget.config" "$repository/"
    log="$results/ci-$kind.log"
    steps_ok=1
    count=0
    while IFS= read -r -d '' step; do
        count=$((count + 1))
        echo "\$ $step" >> "$log"
        if ! (cd "$repository" && bash -euo pipefail -c "$step") >> "$log" 2>&1; then
            steps_ok=0
            break
        fi
    done < <(node "$here/ci-steps.mjs" "$kind" "$file" 2>> "$log")
    if [ "$steps_ok" -eq 1 ] && [ "$count" -ge 4 ]; then
        ok "$kind template: its $count shell steps pass in order on the corpus"
    else
        not_ok "$kind template: shell step $count failed" "$log"
        continue
    fi
    if grep -q '"version": "2.1.0"' "$repository/sunes.sarif" && grep -q '<testsuites name="sunes test" tests="[1-9]' "$repository/sunes-tests.xml" \
        && grep -q "\"compiler\": \"$version\"" "$repository/regles/sunes-manifest.json"; then
        ok "$kind template: SARIF, JUnit report and rules with their manifest produced"
    else
        not_ok "$kind template: sunes.sarif, sunes-tests.xml and regles/sunes-manifest.json"
    fi
done

finish

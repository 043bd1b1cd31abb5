#!/usr/bin/env bash
# Builds sunes-<version>.vsix: installs the tools from the lock file, publishes the language server
# into server/ (framework-dependent), type-checks and bundles the extension, packages it.
set -euo pipefail
cd "$(dirname "$0")"

export DOTNET_NOLOGO=1
export DOTNET_CLI_TELEMETRY_OPTOUT=1

npm ci --no-audit --no-fund --loglevel=error

rm -rf server dist
dotnet publish ../src/SunEs.LanguageServer/SunEs.LanguageServer.csproj -c Release -o server \
    -p:UseAppHost=false -p:SatelliteResourceLanguages=fr --nologo -v quiet

npx --no-install tsc -p . --noEmit
node build/bundle.mjs

version=$(node -p "require('./package.json').version")
npx --no-install vsce package --no-dependencies --skip-license --allow-missing-repository \
    --out "sunes-$version.vsix"

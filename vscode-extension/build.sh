#!/usr/bin/env bash
# Builds the extension's packages: installs the tools from the lock file, type-checks and bundles the
# extension, then packages it once per kind of server in server/:
#   sunes-<version>.vsix              universal: framework-dependent server (needs the .NET 10 runtime);
#   sunes-<target>-<version>.vsix     one per platform (vsce --target): a self-contained server,
#                                     started as a native program, no .NET needed on the machine.
# SUNES_VSIX_TARGETS lists the platforms (default: linux-x64 win32-x64 darwin-arm64).
set -euo pipefail
cd "$(dirname "$0")"

export DOTNET_NOLOGO=1
export DOTNET_CLI_TELEMETRY_OPTOUT=1

targets=${SUNES_VSIX_TARGETS-linux-x64 win32-x64 darwin-arm64}
version=$(node -p "require('./package.json').version")

npm ci --no-audit --no-fund --loglevel=error

rm -rf server dist sunes-*.vsix
npx --no-install tsc -p . --noEmit
node build/bundle.mjs

# VS Code's platform names and .NET's runtime identifiers.
runtime_identifier() {
    case "$1" in
        darwin-*) echo "osx-${1#darwin-}" ;;
        win32-*) echo "win-${1#win32-}" ;;
        *) echo "$1" ;;
    esac
}

publish_server() {
    rm -rf server
    dotnet publish ../src/SunEs.LanguageServer/SunEs.LanguageServer.csproj -c Release -o server \
        -p:SatelliteResourceLanguages=fr --nologo -v quiet "$@"
}

package() {
    npx --no-install vsce package --no-dependencies --skip-license --allow-missing-repository "$@"
}

publish_server -p:UseAppHost=false
package --out "sunes-$version.vsix"

# Not trimmed: StreamJsonRpc and its serializers find their types by reflection, which trimming breaks.
for target in $targets; do
    publish_server -r "$(runtime_identifier "$target")" --self-contained -p:UseAppHost=true
    package --target "$target" --out "sunes-$target-$version.vsix"
done
rm -rf server

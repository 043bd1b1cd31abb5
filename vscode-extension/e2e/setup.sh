#!/usr/bin/env bash
# Installs VS Code's workbench (npm's code-server, offline: no post-install downloads) and
# Playwright, once; later runs reuse them (marker: node_modules/.sunes-e2e-ready).
set -euo pipefail
cd "$(dirname "$0")"

marker=node_modules/.sunes-e2e-ready
if [ -f "$marker" ] && [ "$marker" -nt package-lock.json ]; then
    exit 0
fi

if ! command -v rg >/dev/null || ! command -v chromium >/dev/null || ! dpkg -s libkrb5-dev libxkbfile-dev libsecret-1-dev >/dev/null 2>&1; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libkrb5-dev libxkbfile-dev libsecret-1-dev libx11-dev \
        pkg-config build-essential ripgrep chromium >/dev/null
fi

# code-server's own post-install would fetch ripgrep from the internet: scripts off, then the
# native modules are rebuilt here and Debian's ripgrep stands in.
npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
(
    cd node_modules/code-server/lib/vscode
    npm install --omit=dev --ignore-scripts --no-audit --no-fund --loglevel=error
    mkdir -p node_modules/@vscode/ripgrep/bin
    cp "$(command -v rg)" node_modules/@vscode/ripgrep/bin/rg
    npm_config_yes=true npm rebuild kerberos @parcel/watcher node-pty @vscode/spdlog native-watchdog @vscode/deviceid --loglevel=error
    ln -sfn node_modules node_modules.asar
    (cd bin/remote-cli && ln -sf code-linux.sh code-server)
    (cd bin/helpers && ln -sf browser-linux.sh browser.sh)
    (cd extensions && npm install --omit=dev --ignore-scripts --no-audit --no-fund --loglevel=error)
)
npm_config_yes=true npm rebuild argon2 --loglevel=error
touch "$marker"

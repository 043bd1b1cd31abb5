#!/usr/bin/env bash
# Installs VS Code's workbench (npm's code-server, offline: no post-install downloads) and Playwright
# into a cache outside the clone, keyed by package-lock.json, Node's version and the machine, then
# links e2e/node_modules to it. A later run, or a fresh clone on the same machine, reuses it: it is
# only what npm ci and the native rebuilds produce from the same lock file with the same Node.
# SUNES_CACHE_DIR moves the cache (default: ~/.cache/sunes).
set -euo pipefail
cd "$(dirname "$0")"

if ! command -v rg >/dev/null || ! command -v chromium >/dev/null || ! dpkg -s libkrb5-dev libxkbfile-dev libsecret-1-dev >/dev/null 2>&1; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libkrb5-dev libxkbfile-dev libsecret-1-dev libx11-dev \
        pkg-config build-essential ripgrep chromium >/dev/null
fi

key=$( (cat package-lock.json; node --version; uname -m) | sha256sum | cut -c1-16)
cache="${SUNES_CACHE_DIR:-$HOME/.cache/sunes}/vscode-e2e-$key"
mkdir -p "$cache"

install_into_cache() {
    local marker="$cache/node_modules/.sunes-e2e-ready"
    [ -f "$marker" ] && return 0
    rm -rf "$cache/node_modules"
    cp package.json package-lock.json "$cache/"
    cd "$cache"
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
}
export -f install_into_cache
export cache

# One installer at a time per cache (two clones may run their tests at once).
if command -v flock >/dev/null; then
    flock "$cache/.lock" bash -c install_into_cache
else
    install_into_cache
fi

if [ -d node_modules ] && [ ! -L node_modules ]; then rm -rf node_modules; fi
ln -sfn "$cache/node_modules" node_modules

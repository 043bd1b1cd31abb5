#!/usr/bin/env bash
# Real-editor run, part of test.sh: installs the linux-x64 .vsix (self-contained server) into
# code-server (VS Code's workbench), opens the corpus in Chromium and checks what the author sees.
# code-server comes from package-lock.json, cached by setup.sh (the first install takes minutes).
# Last line: "N passed, N failed, N skipped".
set -uo pipefail
cd "$(dirname "$0")"
here=$PWD

give_up() {
    echo "vscode-extension e2e: $1"
    echo "0 passed, 1 failed, 0 skipped"
    exit 1
}

./setup.sh || give_up "installing code-server failed"
vsix="../sunes-linux-x64-$(node -p "require('../package.json').version").vsix"
if [ ! -f "$vsix" ]; then
    SUNES_VSIX_TARGETS=linux-x64 ../build.sh || give_up "building the .vsix failed"
fi

work=$(mktemp -d)
server_pid=""
cleanup() {
    if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null; wait "$server_pid" 2>/dev/null; fi
    rm -rf "$work"
}
trap cleanup EXIT

mkdir -p "$work/user/User" "$work/extensions" "$work/workspace" "$here/screenshots"
cp ../../instructions/*.sunes "$work/workspace/"
cat > "$work/workspace/erreur.sunes" <<'SUNES'
instruction "DGOS/PF5/DNS/2024/1"
    signée le 10 janvier 2024
    applicable le 10 janvier 2024
    modifie "DGOS/PF5/DNS/CTO/2021/167"

fenêtre F3 modifiée
    report vers F9
SUNES
cat > "$work/user/User/settings.json" <<'JSON'
{
  "security.workspace.trust.enabled": false,
  "workbench.startupEditor": "none",
  "workbench.tips.enabled": false,
  "sunes.locale": "fr"
}
JSON

code_server=(node node_modules/code-server/out/node/entry.js --user-data-dir "$work/user" --extensions-dir "$work/extensions")
"${code_server[@]}" --install-extension "$(realpath "$vsix")" || give_up "code-server refused the .vsix"

port=$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
"${code_server[@]}" --auth none --bind-addr "127.0.0.1:$port" --disable-telemetry --disable-update-check \
    "$work/workspace" > "$work/code-server.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 60); do
    if curl -fs "http://127.0.0.1:$port/healthz" >/dev/null; then break; fi
    sleep 1
done

SUNES_E2E_URL="http://127.0.0.1:$port/?folder=$work/workspace" SUNES_E2E_SCREENSHOTS="$here/screenshots" \
    node --test --test-reporter=spec --test-reporter-destination=stdout \
    --test-reporter=tap --test-reporter-destination="$work/results.tap" editor.test.mjs
summary=$(../../tests/node-test-summary.sh "$work/results.tap" $?)
summary_status=$?
if [ "$summary_status" -ne 0 ]; then tail -n 40 "$work/code-server.log"; fi
echo "$summary"
exit "$summary_status"

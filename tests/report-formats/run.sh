#!/usr/bin/env bash
# The CI report formats against the schemas and readers CI servers use: `sunes check --format sarif`
# against the SARIF 2.1.0 schema and Microsoft's SARIF Multitool, `sunes test --format junit` against
# Jenkins' JUnit schema (xmllint, from Debian) and read back by a JUnit reader. Everything comes from
# package-lock.json (npm ci) and Debian. Reports in TestResults/report-formats/; ends with
# "N passed, N failed, N skipped".
set -uo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
results="$root/TestResults/report-formats"
rm -rf "$results"
mkdir -p "$results"

fail() {
    echo "report formats: $1"
    echo "0 passed, 1 failed, 0 skipped"
    exit 1
}

if ! command -v xmllint >/dev/null 2>&1; then
    { apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends libxml2-utils; } >"$results/apt.log" 2>&1 \
        || fail "xmllint could not be installed: see $results/apt.log"
fi
(cd "$here" && npm ci --no-audit --no-fund --ignore-scripts) >"$results/npm.log" 2>&1 || fail "npm ci failed: see $results/npm.log"
chmod +x "$here/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool"

# The reports: the corpus as it is, and a copy with one error and one deliberately failing test.
broken="$results/broken"
mkdir -p "$broken/instructions"
cp "$root"/instructions/*.sunes "$broken/instructions/"
cat >> "$broken/instructions/2023-28.sunes" <<'SUNES'

test "Échec voulu : montant faux" au 2023-04-01
    établissement "750000093"
    candidature en F2 pour D1
    déposée le 2022-04-01
    territoire "France métropolitaine"
    résultats transmis le 2023-03-31
    prérequis tous atteints
    données forfait_d1 = 100 k€, activité_chirurgie = non,
            prérequis_saisis_osis = oui, engagement_cibles_osis = oui
    mesures DS1.1 = 60 %, DS1.2 = 48 %
    attendu
        D1 financé 1 €
SUNES
cp -r "$broken" "$results/error"
sed -i '0,/^    DS1.1 /s//    DS9.9 /' "$results/error/instructions/2023-28.sunes"

sunes() { "$root/sunes" "$@"; }
(cd "$root" && sunes check instructions --format sarif) > "$results/corpus.sarif" || fail "sunes check --format sarif failed on the corpus"
(cd "$results/error" && sunes check instructions --format sarif) > "$results/errors.sarif"
[ $? -eq 1 ] || fail "sunes check --format sarif did not exit with 1 on a text with an error"
(cd "$root" && sunes test instructions --format junit) > "$results/corpus.junit.xml" || fail "sunes test --format junit failed on the corpus"
(cd "$broken" && sunes test instructions --format junit) > "$results/failing.junit.xml"
[ $? -eq 1 ] || fail "sunes test --format junit did not exit with 1 on a failing test"

cd "$here"
SUNES_REPORTS="$results" node --test --test-reporter=spec --test-reporter-destination=stdout \
    --test-reporter=tap --test-reporter-destination="$results/results.tap" formats.test.mjs
"$root/tests/node-test-summary.sh" "$results/results.tap" $?

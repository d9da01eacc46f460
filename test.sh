#!/usr/bin/env bash
# Runs every test project (domain, integration, browser) and ends with one line: "N passed, M failed".
# Installs what the browser tests need (Debian's Chromium) when it is missing.
set -uo pipefail
cd "$(dirname "$0")"

if [ -z "${CHROMIUM_PATH:-}" ] && ! command -v chromium >/dev/null 2>&1; then
    echo "Installing Chromium for the browser tests..."
    sudo_cmd=""
    [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
    $sudo_cmd apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq chromium >/dev/null \
        || { echo "Could not install Chromium"; echo "0 passed, 1 failed"; exit 1; }
fi

results=$(mktemp -d)
trap 'rm -rf "$results"' EXIT

if ! dotnet build SdrWorkspace.sln -nologo -v quiet; then
    echo "Build failed"
    echo "0 passed, 1 failed"
    exit 1
fi

status=0
for project in tests/*/*.csproj; do
    name=$(basename "$project" .csproj)
    echo "== $name"
    dotnet test "$project" --no-build -nologo \
        --logger "trx;LogFileName=$name.trx" --logger "console;verbosity=minimal" \
        --results-directory "$results" || status=1
done

# Totals over every project, read from the TRX result files.
passed=0; failed=0; skipped=0
for trx in "$results"/*.trx; do
    [ -f "$trx" ] || continue
    counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
    value() { local v; v=$(echo "$counters" | sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p"); echo "${v:-0}"; }
    passed=$((passed + $(value passed)))
    failed=$((failed + $(value failed) + $(value error) + $(value timeout) + $(value aborted)))
    skipped=$((skipped + $(value total) - $(value executed)))
done
expected=$(ls tests/*/*.csproj | wc -l)
found=$(ls "$results"/*.trx 2>/dev/null | wc -l)
if [ "$found" -lt "$expected" ]; then
    echo "Only $found of $expected test projects reported results"
    failed=$((failed + expected - found))
    status=1
fi
[ "$failed" -gt 0 ] && status=1

if [ "$skipped" -gt 0 ]; then
    echo "$passed passed, $failed failed, $skipped skipped"
else
    echo "$passed passed, $failed failed"
fi
exit $status

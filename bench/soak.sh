#!/usr/bin/env bash
# Soak test (not part of ./test.sh or CI): browser sessions on the SDR queue while ingestion runs.
# Starts the app (Release, Development settings, demo data) on a fresh database in a temp folder,
# runs bench/Soak against it and prints errors and the server's memory each minute.
#   MINUTES=10 SESSIONS=12 bench/soak.sh
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
minutes="${MINUTES:-10}"
sessions="${SESSIONS:-12}"
port="${PORT:-5191}"

dotnet build "$root/src/SdrWorkspace.Web" -c Release -v q -nologo
dotnet build "$root/bench/Soak" -c Release -v q -nologo

data="$(mktemp -d)"
server="$(find "$root/src/SdrWorkspace.Web/bin/Release" -name SdrWorkspace.Web -type f -perm -u+x | head -1)"
(cd "$root/src/SdrWorkspace.Web" && ASPNETCORE_ENVIRONMENT=Development ASPNETCORE_URLS="http://127.0.0.1:$port" \
  ConnectionStrings__SdrWorkspace="Data Source=$data/soak.db" Logging__LogLevel__Default=Warning \
  exec "$server" >"$data/server.log" 2>&1) &
pid=$!
trap 'kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -rf "$data"' EXIT

until curl -fs "http://127.0.0.1:$port/health" >/dev/null; do
  kill -0 "$pid" || { cat "$data/server.log"; exit 1; }
  sleep 1
done
echo "server up (pid $pid), database $(du -h "$data/soak.db" | cut -f1)"

soak="$(find "$root/bench/Soak/bin/Release" -name Soak -type f -perm -u+x | head -1)"
status=0
"$soak" --url "http://127.0.0.1:$port" --pid "$pid" --minutes "$minutes" --sessions "$sessions" || status=$?
echo "server log warnings/errors: $(grep -ciE 'fail|error|exception' "$data/server.log" || true)"
exit "$status"

#!/usr/bin/env bash
# Builds the app and the benchmarks in Release and runs every benchmark against a freshly generated
# 100,000-lead dataset; prints a table (Markdown) of each figure beside its floor. Not part of ./test.sh.
# Arguments go to the harness: --leads N, --runs N, --db path, --reuse, --circuits N (default 2000), --clicking N (default 200),
#   --only rescore,ingest,queue,lead,search,funnel,dashboard,whatif,http,browser,circuits
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build src/SdrWorkspace.Web -c Release -nologo -v quiet
dotnet build bench/SdrWorkspace.Bench -c Release -nologo -v quiet
exec dotnet bench/SdrWorkspace.Bench/bin/Release/net10.0/SdrWorkspace.Bench.dll "$@"

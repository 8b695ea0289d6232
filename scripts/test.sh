#!/usr/bin/env bash
# Sets up this machine (idempotent) and runs every test of the solution.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
scripts/setup.sh --tests
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 OMP_THREAD_LIMIT=1
log=$(mktemp)
status=0
dotnet test Ingest.sln -c Release --nologo 2>&1 | tee "$log" || status=$?
# One closing line for people and CI: the totals over every test assembly.
awk '/(Passed|Failed)! +- Failed:/ {
       gsub(/,/, ""); for (i = 1; i <= NF; i++) { if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1); if ($i == "Skipped:") s += $(i+1) }
     }
     END { printf "tests: %d passed, %d failed, %d skipped\n", p, f, s }' "$log"
rm -f "$log"
exit $status

#!/usr/bin/env bash
# Sets up a fresh Debian machine for Ingest, idempotently: apt packages, NuGet restore, build.
#   scripts/setup.sh          what the server needs
#   scripts/setup.sh --tests  also what the test suite needs
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

packages=(tesseract-ocr tesseract-ocr-vie poppler-utils sqlite3 fonts-dejavu-core)
if [[ "${1:-}" == "--tests" ]]; then
  packages+=(chromium)
fi

missing=()
for p in "${packages[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
if (( ${#missing[@]} > 0 )); then
  echo "Installing system packages: ${missing[*]}" >&2
  sudo=""; [[ $(id -u) -eq 0 ]] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if ! command -v dotnet >/dev/null 2>&1; then
  echo "The .NET 10 SDK is not installed. Install it (https://learn.microsoft.com/dotnet/core/install/linux-debian) and run this again." >&2
  exit 1
fi

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
echo "Restoring NuGet packages…" >&2
dotnet restore Ingest.sln --nologo -v quiet

#!/usr/bin/env bash
# Sets up a fresh Debian machine for Ingest, idempotently: apt packages, NuGet restore, build.
#   scripts/setup.sh          what the server needs
#   scripts/setup.sh --tests  also what the test suite needs
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

# fonts-liberation2: Vietnamese-capable Times/Arial metrics for the synthetic scans of the OCR tests and benchmarks.
packages=(tesseract-ocr tesseract-ocr-vie poppler-utils sqlite3 fonts-dejavu-core fonts-liberation2)
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

# The OCR model: tessdata's best (integer) LSTM model for Vietnamese, from npm's @tesseract.js-data/vie. It reads
# degraded scans better than Debian's tesseract-ocr-vie (a "fast" model); figures in bench/RESULTS.md, section OCR.
# Without npm, OCR falls back to Debian's model.
model=models/tessdata/vie.traineddata
model_sha256=112f6fd1d04ab4cb0208cad9cada8de214ae33a1e4db3750ffcda69262aef0a8
if ! { [[ -s "$model" ]] && echo "$model_sha256  $model" | sha256sum --check --status; }; then
  if command -v npm >/dev/null 2>&1; then
    echo "Installing the OCR model (npm @tesseract.js-data/vie, 4.0.0_best_int)…" >&2
    scratch=$(mktemp -d)
    (cd "$scratch" && npm pack --silent @tesseract.js-data/vie@1.0.0 >/dev/null)
    tar -xzf "$scratch"/tesseract.js-data-vie-1.0.0.tgz -C "$scratch"
    mkdir -p "$(dirname "$model")"
    gunzip -c "$scratch/package/4.0.0_best_int/vie.traineddata.gz" > "$model.tmp"
    rm -rf "$scratch"
    if echo "$model_sha256  $model.tmp" | sha256sum --check --status; then
      mv "$model.tmp" "$model"
    else
      rm -f "$model.tmp"
      echo "The downloaded OCR model does not match its checksum; OCR uses Debian's model." >&2
    fi
  else
    echo "npm not found: OCR uses Debian's vie model (less accurate on degraded scans; see bench/RESULTS.md)." >&2
  fi
fi

if ! command -v dotnet >/dev/null 2>&1; then
  echo "The .NET 10 SDK is not installed. Install it (https://learn.microsoft.com/dotnet/core/install/linux-debian) and run this again." >&2
  exit 1
fi

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
echo "Restoring NuGet packages…" >&2
dotnet restore Ingest.sln --nologo -v quiet

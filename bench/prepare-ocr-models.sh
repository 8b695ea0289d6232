#!/usr/bin/env bash
# Puts the three vie models the OCR accuracy benchmark compares into .dev/tessdata/ (git-ignored), idempotently:
# Debian's tesseract-ocr-vie, and the 4.0.0 and 4.0.0_best_int models of npm's @tesseract.js-data/vie.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
root=.dev/tessdata
mkdir -p "$root/debian"
cp -u /usr/share/tesseract-ocr/5/tessdata/vie.traineddata "$root/debian/"
if [[ ! -s "$root/npm-4.0.0/vie.traineddata" || ! -s "$root/npm-4.0.0_best_int/vie.traineddata" ]]; then
  scratch=$(mktemp -d)
  (cd "$scratch" && npm pack --silent @tesseract.js-data/vie@1.0.0 >/dev/null)
  tar -xzf "$scratch"/tesseract.js-data-vie-1.0.0.tgz -C "$scratch"
  for model in 4.0.0 4.0.0_best_int; do
    mkdir -p "$root/npm-$model"
    gunzip -c "$scratch/package/$model/vie.traineddata.gz" > "$root/npm-$model/vie.traineddata"
  done
  rm -rf "$scratch"
fi
ls -l "$root"/*/vie.traineddata

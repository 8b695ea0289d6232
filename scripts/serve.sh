#!/usr/bin/env bash
# Sets up this machine (idempotent) and runs the server with the inbox watcher on embedded defaults:
# http://localhost:5080, data in ./data (drop files into ./data/inbox). Extra arguments go to 'ingest serve'.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
scripts/setup.sh
exec ./ingest serve "$@"

#!/usr/bin/env bash
# The README's first command: installs, builds, and serves Lead Status on SQLite (./data/) with the
# API reference at /docs. Set PORT, HOST or DATABASE_URL to change where it listens or stores.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install.sh
exec node apps/api/dist/server.js

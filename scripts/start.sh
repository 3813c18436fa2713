#!/usr/bin/env bash
# The README's first command: installs, builds, and serves Lead Status on SQLite (./data/) with the
# demo page at / and the API reference at /docs. Set PORT, HOST or DATABASE_URL to change where it listens or stores.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install.sh
# The demo page at / (widgets on demo data, seeded into an empty database); DEMO_PAGE=false turns it off.
export DEMO_PAGE="${DEMO_PAGE:-true}"
exec node apps/api/dist/server.js

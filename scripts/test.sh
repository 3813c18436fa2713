#!/usr/bin/env bash
# The README's test command: installs everything, makes MariaDB reachable, then runs the formatter and
# linter check, the type checks, the layer rules of apps/api (dependency-cruiser) and every package's
# tests (SQLite and MariaDB; widgets in Chromium) through turbo.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install.sh
if [ -z "${MYSQL_URL:-}" ]; then bash scripts/mariadb.sh; fi
bash scripts/chromium.sh
rm -f apps/*/test-results.json packages/*/test-results.json bench/*/test-results.json apps/*/architecture-results.json
status=0
bash scripts/pnpm.sh exec turbo run lint typecheck lint:architecture test --continue --output-logs=new-only || status=1
node scripts/test-summary.mjs || status=1
exit $status

#!/usr/bin/env bash
# Installs every workspace package from the lockfile and builds them.
set -euo pipefail
cd "$(dirname "$0")/.."
# better-sqlite3 compiles from source here; pnpm ignores nodedir in .npmrc, so pass it through the env.
if [ -z "${npm_config_nodedir:-}" ] && [ -d /usr/include/node ]; then export npm_config_nodedir=/usr; fi
bash scripts/pnpm.sh install --frozen-lockfile
bash scripts/pnpm.sh exec turbo run build

#!/usr/bin/env bash
# Runs the pnpm version pinned in package.json, whether or not it is installed globally.
# (corepack fails on these machines; npx fetches the pinned version from the npm registry once.)
set -euo pipefail
want=$(node -p "require('./package.json').packageManager.split('@')[1]")
if command -v pnpm >/dev/null 2>&1 && [ "$(pnpm --version 2>/dev/null)" = "$want" ]; then
  exec pnpm "$@"
fi
exec npx -y "pnpm@$want" "$@"

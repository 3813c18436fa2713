#!/usr/bin/env bash
# Makes sure Debian's Chromium is at /usr/bin/chromium for the widget tests (Vitest browser mode drives
# it through Playwright; no browser download works on these machines).
set -euo pipefail

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

if [ ! -x /usr/bin/chromium ]; then
  printf 'chromium: installing (apt)\n' >&2
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq chromium >/dev/null
fi
/usr/bin/chromium --version >&2

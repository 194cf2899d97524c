#!/usr/bin/env bash
# System packages the test suite drives for real: Debian's Chromium (browser
# tests), PostgreSQL (store tests), Caddy (the reverse proxy of the deployment
# layout, tests/test_deploy.py) and Node.js/npm (axe-core for the accessibility
# audit, tests/test_accessibility.py). Installs whatever is missing, once, then
# the pinned axe-core from tests/a11y/package-lock.json (npm ci, no CDN).
set -euo pipefail
cd "$(dirname "$0")/.."
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
command -v node >/dev/null 2>&1 || missing+=(nodejs)
command -v npm >/dev/null 2>&1 || missing+=(npm)
command -v caddy >/dev/null 2>&1 || missing+=(caddy)
command -v initdb >/dev/null 2>&1 || ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing test dependencies: ${missing[*]}" >&2
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
# axe-core at the version the lock file pins; reinstalled only when the lock changes.
axe=tests/a11y/node_modules/axe-core
if ! cmp -s tests/a11y/package-lock.json tests/a11y/node_modules/.package-lock.json.installed \
    || [ ! -f "$axe/axe.min.js" ]; then
  echo "Installing axe-core for the accessibility tests (npm ci in tests/a11y)" >&2
  npm ci --prefix tests/a11y --no-audit --no-fund --ignore-scripts --loglevel=error >/dev/null
  cp tests/a11y/package-lock.json tests/a11y/node_modules/.package-lock.json.installed
fi

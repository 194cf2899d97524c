#!/usr/bin/env bash
# System packages the test suite drives for real: Debian's Chromium (browser
# tests), PostgreSQL (store tests) and Caddy (the reverse proxy of the deployment
# layout, tests/test_deploy.py). Installs whatever is missing, once.
set -euo pipefail
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
command -v caddy >/dev/null 2>&1 || missing+=(caddy)
command -v initdb >/dev/null 2>&1 || ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)
[ ${#missing[@]} -eq 0 ] && exit 0
echo "Installing test dependencies: ${missing[*]}" >&2
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null

#!/usr/bin/env bash
# The README's test line. On a fresh Debian machine it installs what the tests need (the npm packages of the
# lockfile; Debian's Chromium for the browser tests, only where /usr/bin/chromium is missing), then runs
# `npm test`: typecheck, lint, build, vitest, ending with "N passed, N failed".
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -x /usr/bin/chromium ]; then
  echo "Installing Chromium (apt-get)..."
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update
  $SUDO apt-get install -y chromium
fi

# A fresh clone (or CI) installs exactly the lockfile; a working copy reinstalls only when the lockfile moved.
if [ -n "${CI:-}" ] || [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi

npm test

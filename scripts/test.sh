#!/usr/bin/env bash
# The one test command: makes the machine ready (scripts/setup.sh: packages, npm deps, code-server, build),
# then runs every test stage. The last line it prints is `N passed, N failed, N skipped`.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bash scripts/setup.sh
exec node scripts/test.mjs --no-build "$@"

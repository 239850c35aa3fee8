#!/usr/bin/env bash
# Makes this checkout ready to test and demo, from a bare Debian 12 machine that reaches only apt and npm:
# Debian packages (chromium, libkrb5-dev, ripgrep), the npm dependencies, a real VS Code (code-server, kept
# outside package.json in the git-ignored .vscode-test/), and the build. Safe to run again: every step is
# skipped when its result is already there. Quiet unless a step fails; then it prints that step's output.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

CODE_SERVER_VERSION="4.99.3"
RIPGREP_PKG_VERSION="1.15.11"
RIPGREP_ASSET_VERSION="v13.0.0-10"
CODE_SERVER_DIR="$ROOT/.vscode-test/code-server"
CACHE_DIR="${COPYDESK_CACHE_DIR:-${XDG_CACHE_HOME:-${HOME:-/root}/.cache}/copydesk}/code-server-$CODE_SERVER_VERSION"
APT_PACKAGES=(chromium libkrb5-dev ripgrep)

started=$(date +%s)
log="$(mktemp -t copydesk-setup.XXXXXX)"
trap 'rm -f "$log"' EXIT
did=()

step() {
  # Runs a command with its output kept aside; on failure shows it and stops.
  local what="$1"; shift
  local t0; t0=$(date +%s)
  : >"$log"
  if ! "$@" >>"$log" 2>&1; then
    echo "setup: FAILED: $what" >&2
    tail -n 60 "$log" >&2
    exit 1
  fi
  did+=("$what ($(( $(date +%s) - t0 ))s)")
}

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
    echo "setup: need root to run: $*" >&2; return 1; fi
}

# 1. Debian packages, only the missing ones (apt-get update only when something is missing).
missing=()
for p in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  step "apt-get update" as_root apt-get update
  step "apt-get install ${missing[*]}" as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
fi

# 2. npm dependencies: reinstall only when node_modules does not hold exactly what package-lock.json pins.
deps_match() {
  node -e '
    const fs = require("fs");
    const lock = JSON.parse(fs.readFileSync("package-lock.json", "utf8"));
    for (const [where, info] of Object.entries(lock.packages || {})) {
      if (!where || info.link || info.extraneous) continue;
      let installed;
      try { installed = JSON.parse(fs.readFileSync(where + "/package.json", "utf8")).version; }
      catch { if (info.optional) continue; process.exit(1); }
      if (installed !== info.version) process.exit(1);
    }'
}
if [ -f package-lock.json ]; then
  if ! deps_match 2>/dev/null; then step "npm ci" npm ci --no-audit --no-fund; fi
elif [ ! -d node_modules ]; then
  step "npm install" npm install --no-audit --no-fund
fi

# 3. code-server. Its postinstall fetches a ripgrep binary from outside the registries, which this machine
# cannot reach; @vscode/ripgrep takes a tarball already in its download cache (os.tmpdir()), so we put
# Debian's rg there first.
seed_ripgrep_cache() {
  local target
  case "$(uname -m)" in
    x86_64) target=x86_64-unknown-linux-musl ;;
    aarch64) target=aarch64-unknown-linux-musl ;;
    *) echo "unsupported architecture $(uname -m)"; return 1 ;;
  esac
  local rg; rg="$(command -v rg)"
  local dirs=("$(node -p 'require("os").tmpdir()')" /tmp)
  for d in "${dirs[@]}"; do
    local cache="$d/vscode-ripgrep-cache-$RIPGREP_PKG_VERSION"
    local tarball="$cache/ripgrep-$RIPGREP_ASSET_VERSION-$target.tar.gz"
    [ -s "$tarball" ] && continue
    mkdir -p "$cache"
    local stage; stage="$(mktemp -d)"
    cp "$rg" "$stage/rg"
    tar czf "$tarball.part" -C "$stage" rg && mv "$tarball.part" "$tarball"
    rm -rf "$stage"
  done
}
install_code_server() {
  # Installed once per machine into a cache outside the checkout and linked in, so each fresh clone (CI)
  # does not spend a minute or more reinstalling it; the marker file is written only after a good install.
  mkdir -p "$CACHE_DIR"
  (
    flock 9
    if [ ! -f "$CACHE_DIR/code-server/.installed-$CODE_SERVER_VERSION" ]; then
      rm -rf "$CACHE_DIR/code-server"
      mkdir -p "$CACHE_DIR/code-server"
      echo '{"name":"copydesk-code-server","private":true}' >"$CACHE_DIR/code-server/package.json"
      npm_config_yes=true npm_config_unsafe_perm=true \
        npm install --prefix "$CACHE_DIR/code-server" --no-audit --no-fund --no-save "code-server@$CODE_SERVER_VERSION"
      "$CACHE_DIR/code-server/node_modules/.bin/code-server" --version
      touch "$CACHE_DIR/code-server/.installed-$CODE_SERVER_VERSION"
    fi
  ) 9>"$CACHE_DIR/.lock"
}
link_code_server() {
  mkdir -p "$(dirname "$CODE_SERVER_DIR")"
  rm -rf "$CODE_SERVER_DIR"
  ln -s "$CACHE_DIR/code-server" "$CODE_SERVER_DIR"
}
if [ ! -f "$CODE_SERVER_DIR/.installed-$CODE_SERVER_VERSION" ]; then
  if [ ! -f "$CACHE_DIR/code-server/.installed-$CODE_SERVER_VERSION" ]; then
    step "seed ripgrep download cache" seed_ripgrep_cache
    step "install code-server@$CODE_SERVER_VERSION" install_code_server
  fi
  step "link code-server into .vscode-test" link_code_server
fi

# 4. Build (esbuild bundles + tsc into out/). Always: it is quick and sources change.
step "build" node scripts/build.mjs

if [ ${#did[@]} -gt 0 ]; then
  echo "setup: $(IFS=';'; echo "${did[*]}" | sed 's/;/, /g'); total $(( $(date +%s) - started ))s"
fi

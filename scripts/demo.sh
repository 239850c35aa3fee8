#!/usr/bin/env bash
# The demo: a real VS Code (code-server) on http://127.0.0.1:$PORT (default 8080), opened on examples/, with
# Copydesk installed from the freshly packaged copydesk.vsix, the way a user would install it. Runs in the
# foreground until Ctrl-C. Binds to 127.0.0.1 only; the profile lives in the git-ignored .vscode-test/demo.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
PORT="${PORT:-8080}"
HOST=127.0.0.1
CODE_SERVER="$ROOT/.vscode-test/code-server/node_modules/code-server/out/node/entry.js"
DEMO="$ROOT/.vscode-test/demo"
EXAMPLES="$ROOT/examples"

bash scripts/setup.sh

if node -e 'const s=require("net").createServer().once("error",()=>process.exit(1)).listen(+process.argv[1],process.argv[2],()=>s.close())' "$PORT" "$HOST"; then :; else
  echo "demo: port $PORT on $HOST is in use; pick another with PORT=8123 bash scripts/demo.sh" >&2
  exit 1
fi

log="$(mktemp -t copydesk-demo.XXXXXX)"
trap 'rm -f "$log"' EXIT
echo "demo: packaging the extension (npm run package)"
if ! npm run --silent package >"$log" 2>&1; then
  cat "$log" >&2
  echo "demo: packaging failed" >&2
  exit 1
fi

# A fresh profile each time, so an old install or an old window layout never hides what this build does.
rm -rf "$DEMO"
mkdir -p "$DEMO/user-data/User" "$DEMO/extensions"
# The same quiet settings as the test runs (scripts/vscode/code-server.mjs), plus word wrap for reading articles.
node --input-type=module -e 'const m = await import(process.argv[1]); m.writeUserSettings(process.argv[2], { "editor.wordWrap": "on" });' \
  "$ROOT/scripts/vscode/code-server.mjs" "$DEMO/user-data"
printf 'bind-addr: %s:%s\nauth: none\ncert: false\n' "$HOST" "$PORT" >"$DEMO/code-server.yaml"

export EXTENSIONS_GALLERY='{}'
echo "demo: installing copydesk.vsix into $DEMO/extensions"
if ! node "$CODE_SERVER" --config "$DEMO/code-server.yaml" --user-data-dir "$DEMO/user-data" --extensions-dir "$DEMO/extensions" \
    --install-extension "$ROOT/copydesk.vsix" --force >"$log" 2>&1; then
  cat "$log" >&2
  exit 1
fi

cat <<EOF

  Copydesk demo — a real VS Code ($(node "$CODE_SERVER" --version | head -n1 | sed 's/.*with //')) with Copydesk installed.

  Open http://$HOST:$PORT/?folder=$EXAMPLES

  Then open eastgate-library-wire.txt and eastgate-library-republished.md (two versions of one story):
  Copydesk underlines what changed between them and what is unsourced in each; hover a squiggle, or see
  View > Problems. robotics-team.txt is an unrelated article, reviewed on its own.
  Press Ctrl-C here to stop.

EOF
rm -f "$log"
trap - EXIT
exec node "$CODE_SERVER" --config "$DEMO/code-server.yaml" --bind-addr "$HOST:$PORT" --auth none \
  --user-data-dir "$DEMO/user-data" --extensions-dir "$DEMO/extensions" \
  --disable-workspace-trust --disable-telemetry --disable-update-check --disable-getting-started-override \
  "$EXAMPLES"

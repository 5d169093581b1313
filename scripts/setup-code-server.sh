#!/usr/bin/env bash
# Installs what the VS Code test suite needs on a machine that reaches only the npm
# registry and Debian's packages: Chromium (to drive the workbench), and code-server
# 4.100.3 (VS Code 1.100.3, the last line on Node 20) in .vscode-test/code-server,
# outside the project's own dependencies. Idempotent: a second run takes a moment.
set -euo pipefail
cd "$(dirname "$0")/.."
VERSION=4.100.3
DIR="$PWD/.vscode-test/code-server"
say() { echo "[setup-code-server] $*" >&2; }

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
command -v rg >/dev/null || missing+=(ripgrep)
dpkg -s libkrb5-dev >/dev/null 2>&1 || missing+=(libkrb5-dev)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" != 0 ]; then say "please install with apt: ${missing[*]}"; exit 1; fi
  say "apt-get install ${missing[*]}"
  DEBIAN_FRONTEND=noninteractive apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

if [ -f "$DIR/.complete" ] && [ -x "$DIR/node_modules/.bin/code-server" ]; then exit 0; fi

# @vscode/ripgrep's install script downloads rg from GitHub unless it finds the
# tarball in its cache: seed the cache with Debian's rg for the versions in use.
tmp="$(node -p 'require("os").tmpdir()')"
stage="$(mktemp -d)"
cp "$(command -v rg)" "$stage/rg"
for v in 1.15.9 1.15.10 1.15.11 1.15.13 1.15.14; do
  for tag in v13.0.0-10 v13.0.0-13; do
    mkdir -p "$tmp/vscode-ripgrep-cache-$v"
    tar -C "$stage" -czf "$tmp/vscode-ripgrep-cache-$v/ripgrep-$tag-x86_64-unknown-linux-musl.tar.gz" rg
  done
done
rm -rf "$stage"

say "installing code-server@$VERSION into $DIR (one to three minutes)"
start=$(date +%s)
rm -rf "$DIR" && mkdir -p "$DIR"
echo '{"name":"code-server-for-tests","private":true}' > "$DIR/package.json"
if ! (cd "$DIR" && npm_config_yes=true npm install --unsafe-perm --no-audit --no-fund "code-server@$VERSION" > install.log 2>&1); then
  tail -30 "$DIR/install.log" >&2
  say "npm install code-server failed (log: $DIR/install.log)"
  exit 1
fi
touch "$DIR/.complete"
say "done in $(( $(date +%s) - start )) s"

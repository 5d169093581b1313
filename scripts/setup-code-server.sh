#!/usr/bin/env bash
# Installs what the VS Code test suite (npm run test:vscode) needs on a machine that
# reaches only the npm registry and Debian's packages:
#   - Debian chromium (drives the workbench), ripgrep, libkrb5-dev (apt, as root);
#   - code-server 4.100.3 (VS Code 1.100.3, the last line on Node 20), from npm, into
#     .vscode-test/code-server/ (git-ignored), outside the project's own dependencies.
# Idempotent: once done it only checks, in well under a second.
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
  if [ "$(id -u)" != 0 ]; then say "please install with apt (as root): ${missing[*]}"; exit 1; fi
  say "apt-get install ${missing[*]}"
  start=$(date +%s)
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  say "apt packages installed in $(( $(date +%s) - start )) s"
fi

if [ "$(cat "$DIR/.complete" 2>/dev/null)" = "$VERSION" ] && [ -x "$DIR/node_modules/.bin/code-server" ]; then exit 0; fi

# code-server's install builds VS Code's dependencies; @vscode/ripgrep's install script
# would download rg from GitHub unless it finds the tarball in its cache
# ($TMPDIR/vscode-ripgrep-cache-<package version>/ripgrep-<tag>-<target>.tar.gz):
# seed that cache with Debian's rg for the versions code-server pulls in.
tmp="$(node -p 'require("os").tmpdir()')"
stage="$(mktemp -d)"
cp "$(command -v rg)" "$stage/rg"
for v in 1.15.9 1.15.10 1.15.11 1.15.13 1.15.14; do
  mkdir -p "$tmp/vscode-ripgrep-cache-$v"
  for tag in v13.0.0-10 v13.0.0-13; do
    f="$tmp/vscode-ripgrep-cache-$v/ripgrep-$tag-x86_64-unknown-linux-musl.tar.gz"
    [ -s "$f" ] || tar -C "$stage" -czf "$f" rg
  done
done
rm -rf "$stage"

# Native modules are built with node-gyp, which would download Node's headers from
# nodejs.org unless told where the installed ones are.
prefix="$(dirname "$(dirname "$(node -p process.execPath)")")"
if [ -z "${npm_config_nodedir:-}" ] && [ -f "$prefix/include/node/node_api.h" ]; then export npm_config_nodedir="$prefix"; fi

say "installing code-server@$VERSION into $DIR (one to two minutes)"
start=$(date +%s)
rm -rf "$DIR" && mkdir -p "$DIR"
echo '{"name":"code-server-for-tests","private":true}' > "$DIR/package.json"
# npm_config_yes: a nested `npx node-gyp` runs without a prompt; --unsafe-perm: older
# npm versions skip install scripts as root without it (npm 11 warns and ignores it).
if ! (cd "$DIR" && npm_config_yes=true npm install --unsafe-perm --no-audit --no-fund "code-server@$VERSION" > install.log 2>&1); then
  tail -30 "$DIR/install.log" >&2
  say "npm install code-server failed (log: $DIR/install.log)"
  exit 1
fi
[ -x "$DIR/node_modules/.bin/code-server" ] || { say "no code-server binary after install (log: $DIR/install.log)"; exit 1; }
echo "$VERSION" > "$DIR/.complete"
say "code-server $VERSION installed in $(( $(date +%s) - start )) s"

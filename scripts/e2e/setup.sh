#!/usr/bin/env bash
# Installs what the editor test (test/e2e/vscode.e2e.test.ts) needs:
#   - Debian packages: chromium (the browser playwright-core drives), ripgrep (seeds
#     @vscode/ripgrep, which would otherwise download from GitHub), libkrb5-dev (code-server's
#     `kerberos` dependency compiles from source), a CJK font for readable screenshots, plus the
#     compilers node-gyp needs when they are missing;
#   - code-server@4.100.3 (VS Code 1.100.3, the last line that runs on Node 20) into .e2e/code-server/.
# Idempotent: installed packages and a code-server of the right version are left alone.
# Works as root without stdin (CI=true), or as a user with password-less sudo.
# The traps it avoids: @vscode/ripgrep downloads from GitHub (seeded from Debian's rg instead), the
# postinstall refuses root (unsafe_perm), node-pty's postinstall runs npx (yes), kerberos compiles.
#
# Environment:
#   POLICYLINT_E2E_DIR        where to install (default: <repo>/.e2e)
#   CODE_SERVER_VERSION       default 4.100.3
#   SKIP_APT=1                do not touch Debian packages (only check them)
#   SKIP_CJK_FONT=1           do not require fonts-wqy-microhei
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
E2E_DIR="${POLICYLINT_E2E_DIR:-$ROOT/.e2e}"
CS_VERSION="${CODE_SERVER_VERSION:-4.100.3}"
CS_DIR="$E2E_DIR/code-server"
CS_MARKER="$CS_DIR/.installed-$CS_VERSION"
# @vscode/ripgrep version and release that code-server 4.100.3's VS Code pins.
RG_PKG_VERSION="1.15.11"
RG_RELEASE="v13.0.0-10"

log()  { printf '[e2e-setup] %s\n' "$*"; }
fail() { printf '[e2e-setup] ERROR: %s\n' "$*" >&2; exit 1; }
# Any other failing command: say where (set -e then exits with its status).
trap 'printf "[e2e-setup] ERROR: command failed (exit %s) at scripts/e2e/setup.sh:%s: %s\n" "$?" "$LINENO" "$BASH_COMMAND" >&2' ERR

START=$(date +%s)
log "repo: $ROOT"
log "install dir: $E2E_DIR"

# ---------------------------------------------------------------- Debian packages
APT_PACKAGES=(chromium ripgrep libkrb5-dev)
# A CJK font, so the screenshots show the Chinese drafts and messages instead of empty boxes
# (the test reads text from the DOM and does not need it). SKIP_CJK_FONT=1 leaves it out.
[ "${SKIP_CJK_FONT:-}" = 1 ] || APT_PACKAGES+=(fonts-wqy-microhei)
# node-gyp (node-pty, kerberos, argon2 fallbacks) needs a compiler, make and python3.
command -v g++ >/dev/null 2>&1 || APT_PACKAGES+=(g++)
command -v make >/dev/null 2>&1 || APT_PACKAGES+=(make)
command -v python3 >/dev/null 2>&1 || APT_PACKAGES+=(python3)

is_installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q '^install ok installed$'; }

command -v dpkg-query >/dev/null 2>&1 || fail "dpkg-query not found: this script supports Debian/Ubuntu only (needs apt packages: ${APT_PACKAGES[*]})"

MISSING=()
for p in "${APT_PACKAGES[@]}"; do
  if is_installed "$p"; then log "apt: $p already installed"; else MISSING+=("$p"); fi
done

if [ ${#MISSING[@]} -gt 0 ]; then
  [ "${SKIP_APT:-}" = 1 ] && fail "SKIP_APT=1 but these packages are missing: ${MISSING[*]}"
  SUDO=()
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then SUDO=(sudo -n); else
      fail "missing apt packages (${MISSING[*]}) and not root (no password-less sudo). Run: sudo apt-get update && sudo apt-get install -y ${MISSING[*]}"
    fi
  fi
  export DEBIAN_FRONTEND=noninteractive
  log "apt: installing ${MISSING[*]} (apt-get update first)"
  "${SUDO[@]}" apt-get update -q </dev/null || fail "apt-get update failed"
  "${SUDO[@]}" apt-get install -y -q "${MISSING[@]}" </dev/null || fail "apt-get install ${MISSING[*]} failed"
  for p in "${MISSING[@]}"; do is_installed "$p" || fail "apt package $p still not installed after apt-get install"; done
fi

[ -x /usr/bin/chromium ] || fail "/usr/bin/chromium not found after installing the chromium package"
RG="$(command -v rg || true)"
[ -n "$RG" ] || fail "rg (ripgrep) not found on PATH after installing the ripgrep package"

# ---------------------------------------------------------------- code-server
installed_version() {
  node -p "require(process.argv[1]).version" "$CS_DIR/node_modules/code-server/package.json" 2>/dev/null || true
}

if [ -f "$CS_MARKER" ] && [ "$(installed_version)" = "$CS_VERSION" ] && [ -x "$CS_DIR/node_modules/.bin/code-server" ]; then
  log "code-server $CS_VERSION already installed in $CS_DIR"
else
  command -v node >/dev/null 2>&1 || fail "node not found on PATH"
  command -v npm >/dev/null 2>&1 || fail "npm not found on PATH"
  NODE_MAJOR="$(node -p 'process.versions.node.split(".")[0]')"
  [ "$NODE_MAJOR" = 20 ] || log "warning: code-server $CS_VERSION expects Node 20, this is Node $(node --version)"

  log "code-server: installing $CS_VERSION into $CS_DIR (about 35 s; 300 MB)"
  rm -rf "$CS_DIR"
  mkdir -p "$CS_DIR"
  # Its own package.json, so npm installs here and not into the repository's dependency tree.
  printf '{\n  "name": "policylint-e2e-code-server",\n  "private": true,\n  "description": "code-server for the policylint editor test; created by scripts/e2e/setup.sh"\n}\n' > "$CS_DIR/package.json"

  # @vscode/ripgrep's postinstall downloads ripgrep from GitHub unless its cache under $TMPDIR
  # already holds the release tarball: seed it with Debian's rg.
  INSTALL_TMP="$E2E_DIR/tmp/setup"
  rm -rf "$INSTALL_TMP"
  mkdir -p "$INSTALL_TMP/vscode-ripgrep-cache-$RG_PKG_VERSION"
  case "$(uname -m)" in
    x86_64) RG_TARGET=x86_64-unknown-linux-musl ;;
    aarch64|arm64) RG_TARGET=aarch64-unknown-linux-musl ;;
    *) fail "unsupported architecture $(uname -m) for the ripgrep cache trick" ;;
  esac
  RG_STAGE="$INSTALL_TMP/rg-stage"
  mkdir -p "$RG_STAGE"
  cp "$RG" "$RG_STAGE/rg"
  RG_TARBALL="$INSTALL_TMP/vscode-ripgrep-cache-$RG_PKG_VERSION/ripgrep-$RG_RELEASE-$RG_TARGET.tar.gz"
  tar -czf "$RG_TARBALL" -C "$RG_STAGE" rg
  log "code-server: seeded ripgrep cache $RG_TARBALL from $RG"

  (
    cd "$CS_DIR"
    export TMPDIR="$INSTALL_TMP"
    export npm_config_unsafe_perm=true   # its postinstall refuses to run as root otherwise
    export npm_config_nodedir=/usr       # Debian/nodesource headers for node-gyp; no download
    export npm_config_yes=true           # node-pty's postinstall runs `npx node-gyp`
    export npm_config_audit=false npm_config_fund=false npm_config_update_notifier=false
    npm install "code-server@$CS_VERSION" --foreground-scripts --no-audit --no-fund </dev/null
  ) > "$E2E_DIR/code-server-install.log" 2>&1 || {
    tail -n 40 "$E2E_DIR/code-server-install.log" >&2
    fail "npm install code-server@$CS_VERSION failed; full log: $E2E_DIR/code-server-install.log"
  }

  [ "$(installed_version)" = "$CS_VERSION" ] || fail "code-server installed but its version is '$(installed_version)', expected $CS_VERSION"
  [ -x "$CS_DIR/node_modules/.bin/code-server" ] || fail "code-server binary missing: $CS_DIR/node_modules/.bin/code-server"
  # The VS Code part of code-server is installed by its postinstall; check that it ran.
  [ -d "$CS_DIR/node_modules/code-server/lib/vscode/node_modules" ] || fail "code-server's postinstall did not install lib/vscode/node_modules; see $E2E_DIR/code-server-install.log"
  RG_BIN="$(ls "$CS_DIR"/node_modules/code-server/lib/vscode/node_modules/@vscode/ripgrep/bin/rg 2>/dev/null || true)"
  [ -n "$RG_BIN" ] || fail "@vscode/ripgrep has no bin/rg (the cache trick failed?); see $E2E_DIR/code-server-install.log"
  rm -rf "$INSTALL_TMP"
  touch "$CS_MARKER"
  log "code-server: installed ($(grep -c . "$E2E_DIR/code-server-install.log") log lines in $E2E_DIR/code-server-install.log)"
fi

mkdir -p "$E2E_DIR/tmp/version"
CS_REPORTED="$(XDG_CONFIG_HOME="$E2E_DIR/tmp/version" XDG_DATA_HOME="$E2E_DIR/tmp/version" XDG_CACHE_HOME="$E2E_DIR/tmp/version" \
  "$CS_DIR/node_modules/.bin/code-server" --version </dev/null 2>/dev/null || true)"
CS_REPORTED="$(printf '%s\n' "$CS_REPORTED" | grep -E '^[0-9]+\.[0-9]+' | head -n 1 || true)"
case "$CS_REPORTED" in
  "$CS_VERSION "*) log "code-server --version: $CS_REPORTED" ;;
  *) fail "code-server does not run: \`code-server --version\` printed '$CS_REPORTED', expected $CS_VERSION (remove $CS_DIR and rerun)" ;;
esac
/usr/bin/chromium --version 2>/dev/null | sed 's/^/[e2e-setup] /' || true
log "done in $(( $(date +%s) - START )) s"

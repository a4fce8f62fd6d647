#!/usr/bin/env bash
# Installs Neovim for the editor end-to-end test (test/nvim), if it is missing.
# Idempotent: does nothing when `nvim` is already on PATH. Uses apt (Debian /
# Ubuntu); refreshes the package lists only when the package cannot be found
# without it. Exits non-zero, with the reason, on any failure.
#
#   scripts/e2e/nvim-setup.sh && npx vitest run test/nvim
set -euo pipefail

log() { printf 'nvim-setup: %s\n' "$*"; }
die() { printf 'nvim-setup: error: %s\n' "$*" >&2; exit 1; }

report() {
  local version
  version="$(nvim --version 2>/dev/null | head -n 1)" || true
  [ -n "$version" ] || die "nvim is on PATH ($(command -v nvim)) but \`nvim --version\` fails"
  log "ok: $version ($(command -v nvim))"
  # The test's Lua script needs vim.lsp.start_client and vim.diagnostic (0.6+); 0.7 is what Debian 12 ships.
  if ! nvim --headless -u NONE -i NONE -n \
      -c 'lua if vim.lsp and vim.lsp.start_client and vim.diagnostic and vim.diagnostic.get then vim.cmd("qa!") else vim.cmd("cquit 3") end' \
      </dev/null >/dev/null 2>&1; then
    die "this nvim lacks vim.lsp.start_client or vim.diagnostic.get; Neovim 0.7 or newer is needed"
  fi
}

if command -v nvim >/dev/null 2>&1; then
  report
  exit 0
fi

command -v apt-get >/dev/null 2>&1 || die "nvim is not installed and apt-get is not available; install Neovim 0.7+ by other means"

SUDO=()
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null 2>&1 || die "nvim is not installed; installing it needs root (or sudo)"
  SUDO=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive

update() { log "running apt-get update ($1)"; "${SUDO[@]}" apt-get update -q || die "apt-get update failed"; }
install() { log "installing neovim with apt-get"; "${SUDO[@]}" apt-get install -y -q --no-install-recommends neovim; }

# apt-get update only when needed: the lists do not know neovim yet, or they
# are stale (the install fails, e.g. a 404 for an outdated .deb).
updated=0
if ! apt-cache show neovim >/dev/null 2>&1; then
  update "the package lists do not know neovim"
  updated=1
fi
if ! install; then
  [ "$updated" -eq 0 ] || die "apt-get install neovim failed"
  update "the install failed; the package lists may be stale"
  install || die "apt-get install neovim failed"
fi

command -v nvim >/dev/null 2>&1 || die "apt-get installed neovim, but nvim is not on PATH"
report

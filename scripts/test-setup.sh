#!/usr/bin/env bash
# `npm test`'s set-up (the pretest script): what the editor tests and the poster OCR need, so the
# README's test command runs the whole suite on a fresh Debian machine. Each script is idempotent and
# quick once done. Under CI=true a failed set-up fails the run; otherwise it is reported and the tests
# that need it skip with a message saying how to install it.
set -uo pipefail
cd "$(dirname "$0")/.."
status=0
for script in scripts/e2e/nvim-setup.sh scripts/e2e/setup.sh scripts/formats/setup.sh; do
  if ! bash "$script"; then
    status=1
    echo "[test-setup] $script failed; the tests that need it will say so" >&2
  fi
done
if [ "$status" -ne 0 ] && [ "${CI:-}" = "true" ]; then exit 1; fi
exit 0

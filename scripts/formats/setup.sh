#!/usr/bin/env bash
# Installs what reading posters and regenerating the format fixtures need, from Debian:
#   tesseract-ocr, tesseract-ocr-chi-sim  OCR of .png/.jpg (policylint runs `tesseract` if it is on PATH)
#   fonts-wqy-microhei, fonts-wqy-zenhei   the CJK fonts scripts/fixtures/make-formats.mjs renders with
# Idempotent; as root (CI) or through password-less sudo. SKIP_APT=1 only checks.
set -euo pipefail
PACKAGES=(tesseract-ocr tesseract-ocr-chi-sim fonts-wqy-microhei fonts-wqy-zenhei)
is_installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q '^install ok installed$'; }
MISSING=()
for p in "${PACKAGES[@]}"; do is_installed "$p" || MISSING+=("$p"); done
if [ ${#MISSING[@]} -eq 0 ]; then echo "[formats-setup] installed: ${PACKAGES[*]}"; exit 0; fi
if [ "${SKIP_APT:-}" = 1 ]; then echo "[formats-setup] ERROR: missing ${MISSING[*]}" >&2; exit 1; fi
SUDO=()
[ "$(id -u)" -eq 0 ] || SUDO=(sudo -n)
echo "[formats-setup] apt-get install ${MISSING[*]}"
"${SUDO[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${SUDO[@]}" apt-get install -y -qq --no-install-recommends "${MISSING[@]}" >/dev/null
tesseract --list-langs 2>/dev/null | grep -qx chi_sim || { echo "[formats-setup] ERROR: tesseract has no chi_sim model" >&2; exit 1; }
echo "[formats-setup] installed: ${MISSING[*]}"

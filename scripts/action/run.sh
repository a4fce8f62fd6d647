#!/usr/bin/env bash
# The lint step of the policylint GitHub Action (action.yml): one run writes the
# SARIF file for code scanning, a second prints the annotations and appends the
# summary to $GITHUB_STEP_SUMMARY. Its outputs go to $GITHUB_OUTPUT; the step
# itself succeeds so that the SARIF is uploaded, and the action's last step fails
# the job when policylint found errors (unless fail-on-findings is false).
#
# Inputs (set by action.yml from the `with:` block):
#   INPUT_PATHS        files, folders or globs, separated by spaces (default .)
#   INPUT_ARGS         more policylint options, e.g. "--max-warnings 0"
#   INPUT_SARIF_FILE   where to write the SARIF (default $RUNNER_TEMP/policylint.sarif)
# POLICYLINT_BIN runs another policylint (a test runs the script against this checkout).
set -uo pipefail
set -f   # globs in INPUT_PATHS are for policylint to expand, not the shell

ACTION_DIR="${GITHUB_ACTION_PATH:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)}"
BIN="${POLICYLINT_BIN:-$ACTION_DIR/server/bin/policylint.js}"
OUTPUT="${GITHUB_OUTPUT:-/dev/null}"

if [ -z "${POLICYLINT_BIN:-}" ] && [ ! -f "$ACTION_DIR/server/out/cli.cjs" ]; then
  echo "policylint: 首次运行，安装并构建 policylint（npm ci）……" >&2
  if ! (cd "$ACTION_DIR" && npm ci --no-audit --no-fund >&2); then
    echo "::error title=policylint::安装 policylint 失败（在 $ACTION_DIR 运行 npm ci）"
    echo "exit-code=2" >> "$OUTPUT"
    exit 2
  fi
fi

read -r -a PATHS <<< "${INPUT_PATHS:-.}"
[ ${#PATHS[@]} -gt 0 ] || PATHS=(.)
read -r -a ARGS <<< "${INPUT_ARGS:-}"
SARIF="${INPUT_SARIF_FILE:-${RUNNER_TEMP:-${TMPDIR:-/tmp}}/policylint.sarif}"
mkdir -p "$(dirname "$SARIF")"

node "$BIN" "${ARGS[@]}" -f sarif -o "$SARIF" "${PATHS[@]}"
sarif_code=$?
node "$BIN" "${ARGS[@]}" -f github "${PATHS[@]}"
code=$?
# A usage or configuration error in either run is the result.
[ "$sarif_code" -eq 2 ] && code=2

echo "exit-code=$code" >> "$OUTPUT"
[ -s "$SARIF" ] && echo "sarif-file=$SARIF" >> "$OUTPUT"
# Usage and configuration errors fail at once; findings fail in the action's last step.
[ "$code" -eq 2 ] && exit 2
exit 0

#!/usr/bin/env bash
# The GitHub Action's step: runs `trialyaml lint` on the inputs (INPUT_* variables, set by action.yml), prints
# annotations, optionally writes SARIF, records outputs in $GITHUB_OUTPUT and exits with lint's exit code.
# TRIALYAML_CLI may name a local trialyaml binary (tests do); otherwise the CLI comes from npm.
set -uo pipefail

if [ -n "${TRIALYAML_CLI:-}" ]; then
  cli=(node "$TRIALYAML_CLI")
else
  cli=(npx --yes "@trialyaml/cli@${INPUT_VERSION:-latest}")
fi

args=(lint)
# Paths are split on blanks and new lines; globs are passed on for trialyaml to expand.
if [ -n "${INPUT_PATHS:-}" ]; then
  read -r -d '' -a paths <<<"$INPUT_PATHS" || true
  args+=("${paths[@]}")
fi
[ -n "${INPUT_CONFIG:-}" ] && args+=(--config "$INPUT_CONFIG")
[ -n "${INPUT_AS_OF:-}" ] && args+=(--as-of "$INPUT_AS_OF")
[ -n "${INPUT_MAX_WARNINGS:-}" ] && args+=(--max-warnings "$INPUT_MAX_WARNINGS")

output="${GITHUB_OUTPUT:-/dev/null}"
status=0
if [ -n "${INPUT_SARIF_FILE:-}" ]; then
  mkdir -p "$(dirname "$INPUT_SARIF_FILE")"
  "${cli[@]}" "${args[@]}" --format sarif >"$INPUT_SARIF_FILE" || status=$?
  echo "sarif-file=$INPUT_SARIF_FILE" >>"$output"
else
  echo "sarif-file=" >>"$output"
fi

if [ "${INPUT_ANNOTATIONS:-true}" = "true" ]; then
  annotated=0
  "${cli[@]}" "${args[@]}" --format github || annotated=$?
  [ "$status" -eq 0 ] && status=$annotated
elif [ -z "${INPUT_SARIF_FILE:-}" ]; then
  "${cli[@]}" "${args[@]}" || status=$?
fi

echo "exit-code=$status" >>"$output"
exit "$status"

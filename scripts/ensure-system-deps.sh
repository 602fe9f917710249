#!/usr/bin/env bash
# Installs the system tools the tests need, if they are missing (idempotent).
#   chromium        /usr/bin/chromium   browser tests of @trialyaml/preview (driven by playwright-core)
#   libxml2-utils   /usr/bin/xmllint    XML checks
# Does nothing when everything is present. Installing needs root (apt-get); otherwise it explains and exits 1.
set -euo pipefail

log() { printf 'ensure-system-deps: %s\n' "$*"; }

# "binary path|apt package"
deps=(
  "${CHROMIUM_PATH:-/usr/bin/chromium}|chromium"
  "/usr/bin/xmllint|libxml2-utils"
)

missing_pkgs=()
for dep in "${deps[@]}"; do
  bin="${dep%%|*}"
  pkg="${dep##*|}"
  if [ -x "$bin" ]; then
    log "ok: $bin is present"
  else
    log "missing: $bin (Debian package $pkg)"
    missing_pkgs+=("$pkg")
  fi
done

if [ "${#missing_pkgs[@]}" -eq 0 ]; then
  log 'nothing to install'
  exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
  log "cannot install ${missing_pkgs[*]}: not root. Run as root: apt-get update && apt-get install -y --no-install-recommends ${missing_pkgs[*]}" >&2
  exit 1
fi
if ! command -v apt-get >/dev/null 2>&1; then
  log "cannot install ${missing_pkgs[*]}: apt-get not found (this script expects Debian/Ubuntu)" >&2
  exit 1
fi

export DEBIAN_FRONTEND=noninteractive
log 'running: apt-get update'
if ! apt-get update; then
  log 'apt-get update failed' >&2
  exit 1
fi
log "running: apt-get install -y --no-install-recommends ${missing_pkgs[*]}"
if ! apt-get install -y --no-install-recommends "${missing_pkgs[@]}"; then
  log "apt-get install failed for: ${missing_pkgs[*]}" >&2
  exit 1
fi

status=0
for dep in "${deps[@]}"; do
  bin="${dep%%|*}"
  if [ -x "$bin" ]; then
    log "installed: $bin"
  else
    log "still missing after install: $bin" >&2
    status=1
  fi
done
exit "$status"

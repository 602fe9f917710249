#!/usr/bin/env bash
# Installs the system tools the tests need, if they are missing (idempotent).
#   chromium        /usr/bin/chromium   browser tests of @trialyaml/preview and the VS Code e2e tests (playwright-core)
#   libxml2-utils   /usr/bin/xmllint    XML checks
# With --code-server, also what the Node e2e test (npm run test:e2e:node) needs to install code-server from npm:
#   libkrb5-dev     /usr/bin/krb5-config  headers of the `kerberos` native module of the VS Code server
#   ripgrep         /usr/bin/rg           search in files for the older code-server line (its own download fails)
#   g++, make, python3                    node-gyp, which builds the server's native modules
# Does nothing when everything is present. Installing needs root (apt-get); otherwise it explains and exits 1.
set -euo pipefail

log() { printf 'ensure-system-deps: %s\n' "$*"; }

# "binary path|apt package"
deps=(
  "${CHROMIUM_PATH:-/usr/bin/chromium}|chromium"
  "/usr/bin/xmllint|libxml2-utils"
)
for arg in "$@"; do
  case "$arg" in
    --code-server)
      deps+=(
        "/usr/bin/krb5-config|libkrb5-dev"
        "/usr/bin/rg|ripgrep"
        "/usr/bin/g++|g++"
        "/usr/bin/make|make"
        "/usr/bin/python3|python3"
      )
      ;;
    *)
      log "unknown argument $arg (usage: ensure-system-deps.sh [--code-server])" >&2
      exit 2
      ;;
  esac
done

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

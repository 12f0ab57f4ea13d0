#!/usr/bin/env bash
# Installs the system tools some tests drive (cmark-gfm: how GitHub renders the Markdown), when missing.
# Called by the Core test project before its tests run and by .ci/run; needs root and apt-get, else it
# only says what is missing (the tests that need a tool then fail with the same advice).
# Usage: install-test-tools.sh [debian-package:command ...]
# With no arguments it installs the defaults below: cmark-gfm, and the HTML validators (Java and Chromium
# from Debian; the W3C Nu checker and axe-core from npm into tests/tools/node_modules, as package-lock.json says).
set -uo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
tools=("$@")
[ ${#tools[@]} -eq 0 ] && tools=("cmark-gfm:cmark-gfm" "default-jre-headless:java" "chromium:chromium" "npm:npm")

# The npm validators, into the project-local folder (never global), once: npm ci is exact to the lock file.
install_npm_tools() {
  [ -f "$here/node_modules/vnu-jar/build/dist/vnu.jar" ] && [ -f "$here/node_modules/axe-core/axe.min.js" ] && return 0
  command -v npm >/dev/null 2>&1 || return 0
  exec 8>/tmp/releasegen-install-npm-tools.lock
  flock 8
  [ -f "$here/node_modules/vnu-jar/build/dist/vnu.jar" ] && [ -f "$here/node_modules/axe-core/axe.min.js" ] && return 0
  npm ci --prefix "$here" --ignore-scripts --no-audit --no-fund >/dev/null 2>&1 \
    || echo "install-test-tools: could not install the npm validators (npm ci in tests/tools)" >&2
}
needs_npm_tools=0
for tool in "${tools[@]}"; do [ "${tool%%:*}" = npm ] && needs_npm_tools=1; done

missing=()
for tool in "${tools[@]}"; do
  command -v "${tool#*:}" >/dev/null 2>&1 || missing+=("${tool%%:*}")
done
if [ ${#missing[@]} -eq 0 ]; then
  [ "$needs_npm_tools" -eq 1 ] && install_npm_tools
  exit 0
fi

if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "install-test-tools: missing ${missing[*]}: install them (Debian: apt-get install -y ${missing[*]})" >&2
  [ "$needs_npm_tools" -eq 1 ] && install_npm_tools
  exit 0
fi

# One install at a time: test projects may build in parallel.
exec 9>/tmp/releasegen-install-test-tools.lock
flock 9
export DEBIAN_FRONTEND=noninteractive
if ! apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null 2>&1; then
  apt-get update -qq >/dev/null 2>&1
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null 2>&1 \
    || echo "install-test-tools: could not install ${missing[*]}" >&2
fi
flock -u 9
[ "$needs_npm_tools" -eq 1 ] && install_npm_tools
exit 0

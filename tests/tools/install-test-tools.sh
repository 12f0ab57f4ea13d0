#!/usr/bin/env bash
# Installs the system tools some tests drive (cmark-gfm: how GitHub renders the Markdown), when missing.
# Called by the Core test project before its tests run and by .ci/run; needs root and apt-get, else it
# only says what is missing (the tests that need a tool then fail with the same advice).
# Usage: install-test-tools.sh [debian-package:command ...]   (or debian-package:/path/of/a/file/it/installs)
set -uo pipefail
tools=("$@")
[ ${#tools[@]} -eq 0 ] && tools=("cmark-gfm:cmark-gfm")

missing=()
for tool in "${tools[@]}"; do
  probe=${tool#*:}
  # A probe starting with / is a file the package installs (a header: zlib1g-dev:/usr/include/zlib.h).
  if [[ $probe == /* ]]; then [ -e "$probe" ] || missing+=("${tool%%:*}"); continue; fi
  command -v "$probe" >/dev/null 2>&1 || missing+=("${tool%%:*}")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "install-test-tools: missing ${missing[*]}: install them (Debian: apt-get install -y ${missing[*]})" >&2
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
exit 0

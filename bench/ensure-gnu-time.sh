#!/usr/bin/env bash
# Installs GNU time (Debian package `time`) when /usr/bin/time is missing: the batch measurements read
# CPU time and peak memory from it.   bash bench/ensure-gnu-time.sh
set -euo pipefail
[ -x /usr/bin/time ] && exit 0
if [ "$(id -u)" = 0 ]; then
  apt-get install -y -qq time >/dev/null || { apt-get update -qq && apt-get install -y -qq time >/dev/null; }
else
  sudo apt-get install -y -qq time >/dev/null
fi

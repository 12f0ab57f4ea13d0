#!/usr/bin/env bash
# Makes and prints a fresh work folder for a measurement:   work="$(bash bench/work-folder.sh NAME)"
# On tmpfs (/dev/shm) unless BENCH_TMP names another parent. Why: on an ext4 file system without a journal
# (the shared machine's root), creating files within minutes of deleting thousands costs two to three times
# the system time, because the inode allocator steps over recently deleted inodes; measured on 1,000
# releases, 2.3 s of system time into a fresh folder, 4.6 and 6.2 s right after deleting an earlier run's
# output. A run's time would then depend on what ran before it, not on the build measured.
set -euo pipefail
name="${1:?usage: work-folder.sh NAME}"
parent="${BENCH_TMP:-}"
if [ -z "$parent" ]; then
  if [ -d /dev/shm ] && [ -w /dev/shm ]; then parent=/dev/shm; else parent="${TMPDIR:-/tmp}"; fi
fi
mktemp -d "$parent/$name.XXXXXX"

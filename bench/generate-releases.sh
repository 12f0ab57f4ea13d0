#!/usr/bin/env bash
# Writes N release folders into DIR for the batch measurements: alternately the reference release and
# the US one, each narrative ending with its own sentence (so nothing is shared between releases but
# the template set).   bash bench/generate-releases.sh N DIR
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
count=$1 dir=$2
mkdir -p "$dir"
examples=("$root/examples/alexco-2012-q2" "$root/examples/us-gold-2024-q3")
for ((i = 0; i < count; i++)); do
  source="${examples[$((i % 2))]}"
  name=$(printf 'release-%05d' "$i")
  mkdir -p "$dir/$name"
  cp "$source"/release.yaml "$source"/narrative.md "$dir/$name/"
  printf '\n\nThis is release {{ literal "%d" }} of the batch.\n' "$i" >> "$dir/$name/narrative.md"
done

#!/usr/bin/env bash
# Cold command benchmark: `releasegen build` of the reference release (Markdown, HTML and PDF from data),
# as the native executable and as the ReadyToRun .NET tool, against pandoc (Markdown to HTML) plus
# WeasyPrint (HTML to PDF) on the same Markdown. Every round runs the three once each, in a rotating
# order, so a noisy neighbour hits all three alike; the medians' ratios are what to read (shared machines
# are noisy, absolute times are not comparable between machines).
# Usage: bench/compare-cold.sh [ROUNDS]   (default 15; installs pandoc and weasyprint from Debian if missing)
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-15}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

if ! command -v pandoc >/dev/null || ! command -v weasyprint >/dev/null; then
  bash tests/tools/install-test-tools.sh pandoc:pandoc weasyprint:weasyprint
fi
rid=$(dotnet --info | sed -n "s/^ *RID: *//p" | head -n 1)

# The native executable (README: dotnet publish -r RID), then the ReadyToRun build the packed tool ships.
start=$(date +%s)
dotnet publish src/ReleaseGen.Cli -c Release -r "$rid" -o "$work/native" -nologo >"$work/native.log" || { cat "$work/native.log"; exit 1; }
echo "native publish: $(( $(date +%s) - start )) s"
dotnet publish src/ReleaseGen.Cli -c Release -r "$rid" --self-contained false -p:PublishReadyToRun=true -o "$work/r2r" -nologo >"$work/r2r.log" || { cat "$work/r2r.log"; exit 1; }

release=examples/alexco-2012-q2
"$work/native/releasegen" build "$release" --format md --out "$work/md" >/dev/null
md="$work/md/alexco-2012-q2.md"

native() { "$work/native/releasegen" build "$release" --format md,html,pdf --out "$work/out-native" >/dev/null; }
r2r() { "$work/r2r/releasegen" build "$release" --format md,html,pdf --out "$work/out-r2r" >/dev/null; }
pandoc_weasyprint() {
  pandoc --from markdown+grid_tables --standalone --metadata title=Release "$md" -o "$work/p.html" && weasyprint "$work/p.html" "$work/p.pdf" 2>/dev/null
}
names=(native r2r pandoc_weasyprint)

# One warm-up each (disk cache), then the rounds.
for name in "${names[@]}"; do "$name"; : >"$work/$name.ms"; done
for ((round = 0; round < rounds; round++)); do
  for ((k = 0; k < ${#names[@]}; k++)); do
    name=${names[$(( (round + k) % ${#names[@]} ))]}
    t0=$(date +%s%N); "$name"; t1=$(date +%s%N)
    echo $(( (t1 - t0) / 1000000 )) >>"$work/$name.ms"
  done
done

median() { sort -n "$1" | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
base=$(median "$work/pandoc_weasyprint.ms")
echo "cold build of $release, $rounds rounds, median wall time (ms), ratio to pandoc + WeasyPrint:"
printf '| %-38s | %9s | %8s |\n' "command" "median ms" "ratio"
printf '|%s|%s|%s|\n' "----------------------------------------" "-----------" "----------"
for name in "${names[@]}"; do
  m=$(median "$work/$name.ms")
  case $name in
    native) label="releasegen native (md, html, pdf)";;
    r2r) label="releasegen ReadyToRun (md, html, pdf)";;
    *) label="pandoc + weasyprint (html, pdf)";;
  esac
  printf '| %-38s | %9s | %8s |\n' "$label" "$m" "$(awk -v a="$m" -v b="$base" 'BEGIN { printf "%.3f", a / b }')"
done

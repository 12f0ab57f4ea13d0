#!/usr/bin/env bash
# Cold command benchmark: `releasegen build` of the reference release (Markdown, HTML and PDF from data),
# as the native executable and as the ReadyToRun .NET tool, against pandoc (Markdown to HTML) plus
# WeasyPrint (HTML to PDF) on the same Markdown. Every round runs the three once each, in a rotating
# order, so a noisy neighbour hits all three alike; the medians' ratios are what to read (shared machines
# are noisy, absolute times are not comparable between machines).
# Usage: [NATIVE=DIR] [R2R=DIR] bench/compare-cold.sh [ROUNDS]   (default 15; installs pandoc, weasyprint and GNU time from Debian if missing)
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-15}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

if ! command -v pandoc >/dev/null || ! command -v weasyprint >/dev/null || [ ! -x /usr/bin/time ]; then
  bash tests/tools/install-test-tools.sh pandoc:pandoc weasyprint:weasyprint time:/usr/bin/time
fi
rid=$(dotnet --info | sed -n "s/^ *RID: *//p" | head -n 1)

# The native executable (README: dotnet publish -r RID), then the ReadyToRun build the packed tool ships;
# NATIVE=DIR and R2R=DIR measure builds published before (for example the build before a change).
if [ -n "${NATIVE:-}" ]; then ln -s "$(realpath "$NATIVE")" "$work/native"; else
  start=$(date +%s)
  dotnet publish src/ReleaseGen.Cli -c Release -r "$rid" -o "$work/native" -nologo >"$work/native.log" || { cat "$work/native.log"; exit 1; }
  echo "native publish: $(( $(date +%s) - start )) s"
fi
if [ -n "${R2R:-}" ]; then ln -s "$(realpath "$R2R")" "$work/r2r"; else
  dotnet publish src/ReleaseGen.Cli -c Release -r "$rid" --self-contained false -p:PublishReadyToRun=true -o "$work/r2r" -nologo >"$work/r2r.log" || { cat "$work/r2r.log"; exit 1; }
fi

release=examples/alexco-2012-q2
"$work/native/releasegen" build "$release" --format md --out "$work/md" >/dev/null
md="$work/md/alexco-2012-q2.md"

native() { "$work/native/releasegen" build "$release" --format md,html,pdf --out "$work/out-native" >/dev/null; }
r2r() { "$work/r2r/releasegen" build "$release" --format md,html,pdf --out "$work/out-r2r" >/dev/null; }
pandoc_weasyprint() {
  pandoc --from markdown+grid_tables --standalone --metadata title=Release "$md" -o "$work/p.html" && weasyprint "$work/p.html" "$work/p.pdf" 2>/dev/null
}
names=(native r2r pandoc_weasyprint)

# One warm-up each (disk cache), then the rounds. Each run's wall time, and its CPU time (user + system,
# children included) from GNU time: on a busy machine the wall time waits for the other processes, the CPU
# time much less.
export -f native r2r pandoc_weasyprint
export work release md
for name in "${names[@]}"; do "$name"; : >"$work/$name.ms"; : >"$work/$name.cpu"; done
for ((round = 0; round < rounds; round++)); do
  for ((k = 0; k < ${#names[@]}; k++)); do
    name=${names[$(( (round + k) % ${#names[@]} ))]}
    t0=$(date +%s%N); /usr/bin/time -f "%U %S" -o "$work/time.txt" bash -c "$name"; t1=$(date +%s%N)
    echo $(( (t1 - t0) / 1000000 )) >>"$work/$name.ms"
    awk '{ printf "%d\n", ($1 + $2) * 1000 }' "$work/time.txt" >>"$work/$name.cpu"
  done
done

median() { sort -n "$1" | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
base=$(median "$work/pandoc_weasyprint.ms")
base_cpu=$(median "$work/pandoc_weasyprint.cpu")
echo "cold build of $release, $rounds rounds, medians (ms), ratio to pandoc + WeasyPrint; load average: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '| %-38s | %9s | %8s | %8s | %9s |\n' "command" "wall ms" "ratio" "CPU ms" "CPU ratio"
printf '|%s|%s|%s|%s|%s|\n' "----------------------------------------" "-----------" "----------" "----------" "-----------"
for name in "${names[@]}"; do
  m=$(median "$work/$name.ms")
  c=$(median "$work/$name.cpu")
  case $name in
    native) label="releasegen native (md, html, pdf)";;
    r2r) label="releasegen ReadyToRun (md, html, pdf)";;
    *) label="pandoc + weasyprint (html, pdf)";;
  esac
  printf '| %-38s | %9s | %8s | %8s | %9s |\n' "$label" "$m" "$(awk -v a="$m" -v b="$base" 'BEGIN { printf "%.3f", a / b }')" \
    "$c" "$(awk -v a="$c" -v b="$base_cpu" 'BEGIN { printf "%.3f", a / b }')"
done

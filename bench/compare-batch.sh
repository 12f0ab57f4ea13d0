#!/usr/bin/env bash
# Compares two published builds on the same batch, in alternating pairs: each pair runs build A then
# build B (then B then A for the next pair, so neither always goes first) on the same N release folders,
# and records each run's CPU time (user + system, GNU time) and wall time. On a shared machine a run's
# absolute time moves with the load; the ratio B/A within a pair moves much less, so the median of the
# pairs' ratios is what to read.
#
#   A=BEFORE/releasegen B=AFTER/releasegen bash bench/compare-batch.sh [N=300] [PAIRS=8]
#   The work folder is on tmpfs (bench/work-folder.sh says why; BENCH_TMP=DIR puts it elsewhere).
#   FORMATS=md,html,pdf (default)
#
# Publish a build with: dotnet publish src/ReleaseGen.Cli -c Release -r linux-x64 --self-contained false
#   -p:PublishReadyToRun=true -o DIR   (in a worktree of the other commit for "before").
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
count="${1:-300}"
pairs="${2:-8}"
formats="${FORMATS:-md,html,pdf}"
: "${A:?set A to the releasegen of the first build}" "${B:?set B to the releasegen of the second build}"

bash "$root/bench/ensure-gnu-time.sh"

work="$(bash "$root/bench/work-folder.sh" releasegen-compare)"
trap 'rm -rf "$work"' EXIT
bash "$root/bench/generate-releases.sh" "$count" "$work/releases"

# One run: prints "cpu_seconds wall_seconds".
run() {
  rm -rf "$work/out"
  CI=1 /usr/bin/time -f '%U %S %e' -o "$work/time.txt" \
    "$1" build "$work/releases/*" --templates "$root/templates" --format "$formats" --out "$work/out" > "$work/log.txt" 2>&1 \
    || { echo "build failed with $1; see the log:" >&2; tail -20 "$work/log.txt" >&2; exit 1; }
  grep -q "all succeeded" "$work/log.txt" || { echo "not every release succeeded with $1" >&2; tail -20 "$work/log.txt" >&2; exit 1; }
  awk '{ printf "%.2f %.2f\n", $1 + $2, $3 }' "$work/time.txt"
}

echo "$count releases, $formats, $pairs pairs; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-5s %10s %10s %10s %10s %10s %10s\n' pair "A cpu s" "B cpu s" "cpu B/A" "A wall s" "B wall s" "wall B/A"
: > "$work/ratios.txt"
for ((p = 1; p <= pairs; p++)); do
  if ((p % 2)); then a=$(run "$A"); b=$(run "$B"); else b=$(run "$B"); a=$(run "$A"); fi
  read -r acpu awall <<< "$a"
  read -r bcpu bwall <<< "$b"
  cpu=$(awk -v a="$acpu" -v b="$bcpu" 'BEGIN { printf "%.3f", b / a }')
  wall=$(awk -v a="$awall" -v b="$bwall" 'BEGIN { printf "%.3f", b / a }')
  echo "$cpu $wall" >> "$work/ratios.txt"
  printf '%-5s %10s %10s %10s %10s %10s %10s\n' "$p" "$acpu" "$bcpu" "$cpu" "$awall" "$bwall" "$wall"
done
python3 - "$work/ratios.txt" <<'PY'
import statistics, sys
rows = [tuple(map(float, line.split())) for line in open(sys.argv[1])]
def summary(values):
    q = statistics.quantiles(values, n=4) if len(values) > 1 else [values[0]] * 3
    return f"{statistics.median(values):.3f} (quartiles {q[0]:.3f} to {q[2]:.3f})"
print(f"median B/A: CPU time {summary([r[0] for r in rows])}, wall time {summary([r[1] for r in rows])}")
PY

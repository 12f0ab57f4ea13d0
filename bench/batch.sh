#!/usr/bin/env bash
# Measures a batch build: N release folders (copies of the two example releases, each narrative
# varied so no two releases are the same text) built by one `releasegen build` on every core.
# Prints releases per second, CPU % (user + system over wall, 200% = both cores of a 2-core machine)
# and peak resident memory, from /usr/bin/time -v (Debian package `time`, installed if missing).
#
#   bash bench/batch.sh [N ...]            default: 500 4400
#   FORMATS=md,html,pdf bash bench/batch.sh 4400
#   KEEP=1 bash bench/batch.sh 500          keep the generated folder and outputs (path printed)
#   RELEASEGEN=DIR/releasegen bash bench/batch.sh 500    measure a build published before
#
# The work folder is on tmpfs (bench/work-folder.sh says why; BENCH_TMP=DIR puts it elsewhere).
# The tool is published once (Release, ReadyToRun, framework-dependent) into the work folder, as a
# user gets it. The machine may be shared: note the load average printed with each run.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
counts=("$@")
[ ${#counts[@]} -eq 0 ] && counts=(500 4400)
formats="${FORMATS:-md,html,pdf}"

bash "$root/bench/ensure-gnu-time.sh"

work="$(bash "$root/bench/work-folder.sh" releasegen-batch)"
[ -z "${KEEP:-}" ] && trap 'rm -rf "$work"' EXIT

if [ -n "${RELEASEGEN:-}" ]; then
  tool="$RELEASEGEN"   # a build made before (to compare builds or runtime settings without publishing again)
else
  echo "publishing releasegen (Release, ReadyToRun) ..." >&2
  dotnet publish "$root/src/ReleaseGen.Cli" -c Release -r linux-x64 --self-contained false \
    -p:PublishReadyToRun=true -o "$work/tool" -v quiet -nologo >&2
  tool="$work/tool/releasegen"
fi

printf '%-9s %-14s %9s %10s %8s %14s %s\n' releases formats "wall s" "releases/s" "CPU %" "peak RSS MiB" "load average before"
for count in "${counts[@]}"; do
  releases="$work/releases-$count"
  out="$work/out-$count"
  bash "$root/bench/generate-releases.sh" "$count" "$releases"
  load=$(cut -d' ' -f1-3 /proc/loadavg)
  CI=1 /usr/bin/time -v -o "$work/time-$count.txt" \
    "$tool" build "$releases/*" --templates "$root/templates" --format "$formats" --out "$out" > "$work/log-$count.txt" 2>&1 \
    || { echo "build of $count releases failed (exit $?); see $work/log-$count.txt" >&2; tail -20 "$work/log-$count.txt" >&2; KEEP=1; exit 1; }
  grep -q "all succeeded" "$work/log-$count.txt" || { echo "not every release succeeded: $work/log-$count.txt" >&2; exit 1; }
  python3 - "$work/time-$count.txt" "$count" "$formats" "$load" <<'PY'
import re, sys
text = open(sys.argv[1]).read()
def field(name):
    return re.search(re.escape(name) + r": (.*)", text).group(1).strip()
wall = field("Elapsed (wall clock) time (h:mm:ss or m:ss)")
parts = [float(p) for p in wall.split(":")]
seconds = sum(p * 60 ** i for i, p in enumerate(reversed(parts)))
user, system = float(field("User time (seconds)")), float(field("System time (seconds)"))
rss_mib = int(field("Maximum resident set size (kbytes)")) / 1024
count = int(sys.argv[2])
cpu = (user + system) / seconds * 100
print(f"{count:<9} {sys.argv[3]:<14} {seconds:9.1f} {count / seconds:10.1f} {cpu:8.0f} {rss_mib:14.0f} {sys.argv[4]}")
PY
  [ -z "${KEEP:-}" ] && rm -rf "$releases" "$out"
done
[ -n "${KEEP:-}" ] && echo "kept: $work" >&2
exit 0

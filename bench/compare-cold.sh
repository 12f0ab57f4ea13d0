#!/usr/bin/env bash
# Cold command benchmark: `releasegen build` (Markdown, HTML and PDF from data) against pandoc
# (Markdown to HTML) plus WeasyPrint (HTML to PDF) on the same Markdown. Prints hyperfine's table;
# read the ratio, not the absolute times (shared machines are noisy).
# Needs: apt-get install -y pandoc weasyprint hyperfine
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
# Published ReadyToRun for this machine, as the packed tool ships (docs/performance.md).
rid=$(dotnet --info | sed -n "s/^ *RID: *//p" | head -n 1)
dotnet publish src/ReleaseGen.Cli -c Release -r "$rid" --self-contained false -p:PublishReadyToRun=true -o "$work/tool" >/dev/null
"$work/tool/releasegen" build examples/alexco-2012-q2 --format md --out "$work/md" >/dev/null
md="$work/md/alexco-2012-q2.md"
hyperfine --warmup 2 --runs "${RUNS:-10}" --export-markdown "$work/result.md" \
  -n "releasegen build (md, html, pdf)" "$work/tool/releasegen build examples/alexco-2012-q2 --format md,html,pdf --out $work/out" \
  -n "pandoc + weasyprint (html, pdf)" "pandoc --from markdown+grid_tables --standalone --metadata title=Release $md -o $work/p.html && weasyprint $work/p.html $work/p.pdf"
cat "$work/result.md"

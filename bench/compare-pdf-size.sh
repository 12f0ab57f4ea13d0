#!/usr/bin/env bash
# PDF size against WeasyPrint for the same release: ReleaseGen's tagged PDF, and WeasyPrint's PDF of
# (a) pandoc's HTML of the same Markdown (as bench/compare-cold.sh does) and (b) ReleaseGen's own HTML
# page (same fonts, Liberation Sans, when installed). Prints bytes and pages of each.
# Installs weasyprint, pandoc and poppler-utils from Debian when missing (needs root and apt-get).
# Usage: bash bench/compare-pdf-size.sh [release-folder]   (default examples/alexco-2012-q2)
set -euo pipefail
cd "$(dirname "$0")/.."
release=${1:-examples/alexco-2012-q2}
bash tests/tools/install-test-tools.sh weasyprint:weasyprint pandoc:pandoc poppler-utils:pdfinfo
for tool in weasyprint pandoc pdfinfo; do
  command -v "$tool" >/dev/null || { echo "compare-pdf-size: $tool is missing" >&2; exit 2; }
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
name=$(basename "$release")
dotnet run -c Release --project src/ReleaseGen.Cli -- build "$release" --format md,html,pdf --out "$work" >/dev/null
pandoc --from markdown+grid_tables --standalone --metadata title="$name" "$work/$name.md" -o "$work/pandoc.html"
weasyprint "$work/pandoc.html" "$work/weasyprint-pandoc.pdf" 2>/dev/null
weasyprint "$work/$name.html" "$work/weasyprint-page.pdf" 2>/dev/null

row() { printf '| %s | %s | %s | %s |\n' "$1" "$(stat -c %s "$2")" "$(pdfinfo "$2" | sed -n 's/^Pages: *//p')" "$(pdfinfo "$2" | sed -n 's/^Tagged: *//p')"; }
echo "| PDF of $name | bytes | pages | tagged |"
echo "|---|--:|--:|---|"
row "releasegen build --format pdf" "$work/$name.pdf"
row "WeasyPrint $(weasyprint --version | sed 's/.* //') of pandoc's HTML" "$work/weasyprint-pandoc.pdf"
row "WeasyPrint of releasegen's HTML page" "$work/weasyprint-page.pdf"

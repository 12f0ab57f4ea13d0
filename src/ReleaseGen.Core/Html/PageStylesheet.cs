namespace ReleaseGen.Html;

/// <summary>The standalone page's own stylesheet: screen, narrow screens and print.</summary>
internal static class PageStylesheet
{
    public const string Css = """
:root {
  --ink: #1c2430;
  --muted: #525d6b;
  --accent: #0e3a5f;
  --rule: #dde2e8;
  --rule-strong: #9aa5b1;
  --group: #eff3f7;
}
*, *::before, *::after { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body {
  margin: 0;
  border-top: 5px solid var(--accent);
  background: #ffffff;
  color: var(--ink);
  font-family: "Helvetica Neue", Helvetica, Arial, "Liberation Sans", sans-serif;
  font-size: 1rem;
  line-height: 1.6;
}
.release { max-width: 50rem; margin: 0 auto; padding: 3rem 1.5rem 4rem; }
h1, h2, h3, h4, h5, h6 { color: var(--accent); line-height: 1.3; }
h1 { font-size: 1.875rem; font-weight: 700; letter-spacing: -0.01em; margin: 0 0 1.5rem; }
h2 { font-size: 1.1875rem; font-weight: 700; margin: 2.5rem 0 0.875rem; padding-top: 1rem; border-top: 1px solid var(--rule); }
h3 { font-size: 1.0625rem; font-weight: 700; margin: 2rem 0 0.625rem; }
h4, h5, h6 { font-size: 1rem; font-weight: 700; margin: 1.5rem 0 0.5rem; }
p, ul, ol, blockquote, pre { margin: 0 0 1rem; }
ul, ol { padding-left: 1.5rem; }
li + li { margin-top: 0.25rem; }
li > ul, li > ol { margin: 0.25rem 0 0; }
a { color: var(--accent); text-decoration-thickness: 1px; text-underline-offset: 0.15em; overflow-wrap: anywhere; }
a:hover, a:focus { text-decoration-thickness: 2px; }
blockquote { margin-left: 0; padding: 0.125rem 0 0.125rem 1.25rem; border-left: 3px solid var(--rule-strong); color: var(--muted); }
blockquote > :last-child { margin-bottom: 0; }
hr { border: 0; border-top: 1px solid var(--rule); margin: 2.25rem 0; }
hr + h2 { border-top: 0; padding-top: 0; }
code, pre { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, "Liberation Mono", monospace; font-size: 0.875em; }
pre { overflow-x: auto; padding: 0.75rem 1rem; background: #f6f8fa; border: 1px solid var(--rule); }
img { max-width: 100%; height: auto; }
sup { font-size: 0.75em; line-height: 0; }
.fnref a { text-decoration: none; }
.footnotes { margin-top: 2.5rem; font-size: 0.875rem; color: var(--muted); }
.footnotes hr { width: 6rem; margin: 0 0 1rem; border-top-color: var(--rule-strong); }
.footnotes ol { padding-left: 1.25rem; }
.table-scroll {
  margin: 1.25rem 0 1.75rem;
  overflow-x: auto;
  -webkit-overflow-scrolling: touch;
  /* Edge shadows appear only while there is more table to scroll to. */
  background:
    linear-gradient(to right, #ffffff 30%, rgba(255, 255, 255, 0)) left center / 2rem 100% no-repeat local,
    linear-gradient(to left, #ffffff 30%, rgba(255, 255, 255, 0)) right center / 2rem 100% no-repeat local,
    radial-gradient(farthest-side at 0 50%, rgba(14, 58, 95, 0.16), rgba(14, 58, 95, 0)) left center / 0.75rem 100% no-repeat scroll,
    radial-gradient(farthest-side at 100% 50%, rgba(14, 58, 95, 0.16), rgba(14, 58, 95, 0)) right center / 0.75rem 100% no-repeat scroll;
}
.table-scroll:focus { outline: 2px solid var(--accent); outline-offset: 2px; }
table { width: 100%; border-collapse: separate; border-spacing: 0; font-size: 0.9375rem; line-height: 1.4; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
th, td { padding: 0.4rem 0.625rem; text-align: left; vertical-align: bottom; }
th { font-weight: 700; }
td:first-child, th[scope="row"] { min-width: 12rem; }
tbody th { font-weight: 400; }
caption { caption-side: top; text-align: left; font-weight: 700; color: var(--accent); padding: 0 0 0.5rem; }
thead th { white-space: nowrap; }
thead tr:last-child th { border-bottom: 2px solid var(--accent); }
thead th.span {
  text-align: center;
  padding-bottom: 0.3rem;
  background-image: linear-gradient(var(--rule-strong), var(--rule-strong));
  background-size: calc(100% - 1.25rem) 1px;
  background-position: center bottom;
  background-repeat: no-repeat;
}
.num { text-align: right; font-variant-numeric: tabular-nums lining-nums; white-space: nowrap; }
.center { text-align: center; }
.group-label { display: inline-block; }
tbody td, tbody th { border-bottom: 1px solid var(--rule); }
tbody tr:last-child > * { border-bottom: 2px solid var(--accent); }
tr.subtotal > *, tr.total > * { font-weight: 700; border-top: 1px solid var(--rule-strong); }
.table-notes { font-size: 0.8125rem; margin: -0.75rem 0 1.5rem; }
.table-notes p { margin: 0.25rem 0; }
sup { font-size: 0.7em; line-height: 0; }
tr.group > * { background: var(--group); color: var(--accent); }
tr.group.level-1 > * { padding-top: 0.55rem; border-bottom-color: var(--rule-strong); font-weight: 700; }
tr.group.level-2 > *, tr.group.level-3 > *, tr.group.level-4 > * { padding-left: 1.625rem; background: transparent; font-style: italic; }
tr.group.level-3 > * { padding-left: 2.625rem; }
tr.group.level-4 > * { padding-left: 3.625rem; }
tr.in-1 > :first-child { padding-left: 1.625rem; }
tr.in-2 > :first-child { padding-left: 2.625rem; }
tr.in-3 > :first-child { padding-left: 3.625rem; }
tr.in-4 > :first-child { padding-left: 4.625rem; }
@media (max-width: 40rem) {
  body { font-size: 0.9375rem; }
  .release { padding: 1.75rem 1rem 3rem; }
  h1 { font-size: 1.5rem; margin-bottom: 1.25rem; }
  h2 { font-size: 1.0625rem; margin-top: 2rem; }
  table { font-size: 0.875rem; }
  td:first-child, th[scope="row"] { min-width: 10rem; }
  /* The label column stays in view while the figures scroll beneath it. */
  thead th:first-child, tbody tr:not(.group) > :first-child {
    position: sticky;
    left: 0;
    z-index: 1;
    background: #ffffff;
    box-shadow: inset -1px 0 0 var(--rule);
  }
  thead th:first-child { z-index: 2; }
  tr.group.level-2 > * { background: #ffffff; }
  .group-label { position: sticky; left: 0.625rem; }
  tr.group.level-2 .group-label { left: 1.625rem; }
}
@page { size: letter; margin: 2cm 1.9cm; }
@media print {
  body { border-top: 0; font-size: 10.5pt; color: #000000; }
  .release { max-width: none; padding: 0; }
  h1, h2, h3, h4, h5, h6 { break-after: avoid; page-break-after: avoid; }
  p, li, blockquote { orphans: 3; widows: 3; }
  a { color: inherit; text-decoration: none; }
  a[href^="http"]:not(.url)::after, a[href^="mailto:"]:not(.url)::after { content: " (" attr(href) ")"; font-size: 0.9em; overflow-wrap: anywhere; }
  .table-scroll { overflow: visible; background: none; }
  table { font-size: 9.5pt; }
  thead { display: table-header-group; }
  tr, th, td { break-inside: avoid; page-break-inside: avoid; }
  tr.group { break-after: avoid; page-break-after: avoid; }
  .table-scroll:focus { outline: none; }
}

""";
}

using System.Globalization;
using System.Text;
using Markdig.Extensions.Footnotes;
using Markdig.Extensions.Tables;
using Markdig.Helpers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ReleaseGen.Html;

/// <summary>Which of the two HTML forms a <see cref="ReleaseHtmlWriter"/> writes.</summary>
internal enum HtmlProfile
{
    /// <summary>The standalone web page: classes styled by the page's own stylesheet, links kept.</summary>
    Page,

    /// <summary>The EDGAR exhibit: HTML 4-era elements only, inline styles, ASCII, no links.</summary>
    Edgar,
}

/// <summary>
/// Walks one parsed release (the shared Markdig AST) and writes the body of either HTML form.
/// Every character of text goes through <see cref="HtmlText.Append"/>; every URL through
/// <see cref="HtmlText.IsSafeLinkUrl"/>. Block elements end with a line feed, so adjacent blocks and
/// table cells never run together in the visible text.
/// </summary>
internal sealed class ReleaseHtmlWriter
{
    private readonly StringBuilder _sb;
    private readonly HtmlProfile _profile;
    private int _tableDepth;

    public ReleaseHtmlWriter(StringBuilder sb, HtmlProfile profile)
    {
        _sb = sb;
        _profile = profile;
    }

    private bool Edgar => _profile == HtmlProfile.Edgar;

    public void WriteDocument(MarkdownDocument document) => WriteBlocks(document, tight: false);

    // ---- blocks -------------------------------------------------------------------------------

    private void WriteBlocks(ContainerBlock container, bool tight)
    {
        foreach (var block in container)
        {
            WriteBlock(block, tight);
        }
    }

    private void WriteBlock(Block block, bool tight)
    {
        switch (block)
        {
            case HeadingBlock heading: WriteHeading(heading); break;
            case ParagraphBlock paragraph: WriteParagraph(paragraph, tight); break;
            case ListBlock list: WriteList(list); break;
            case QuoteBlock quote: WriteQuote(quote); break;
            case ThematicBreakBlock: WriteThematicBreak(); break;
            case Table table: WriteTable(table); break;
            case FootnoteGroup footnotes: WriteFootnotes(footnotes); break;
            case CodeBlock code: WriteCode(code); break;
            case HtmlBlock html: WriteRawHtmlAsText(html); break;
            case LinkReferenceDefinitionGroup: break;
            case ContainerBlock container: WriteBlocks(container, tight); break;
            case LeafBlock { Inline: not null } leaf:
                Open("p", EdgarStyles.Paragraph);
                WriteInlines(leaf.Inline);
                _sb.Append("</p>\n");
                break;
        }
    }

    private void WriteHeading(HeadingBlock heading)
    {
        var level = Math.Clamp(heading.Level, 1, 6);
        var tag = "h" + level.ToString(CultureInfo.InvariantCulture);
        _sb.Append('<').Append(tag);
        if (Edgar)
        {
            Attribute("style", EdgarStyles.Heading(level));
        }
        else
        {
            var id = heading.TryGetAttributes()?.Id;
            if (IsSafeId(id)) Attribute("id", id!);
        }

        _sb.Append('>');
        WriteInlines(heading.Inline);
        _sb.Append("</").Append(tag).Append(">\n");
    }

    private void WriteParagraph(ParagraphBlock paragraph, bool tight)
    {
        if (tight)
        {
            WriteInlines(paragraph.Inline);
            return;
        }

        Open("p", EdgarStyles.Paragraph);
        WriteInlines(paragraph.Inline);
        _sb.Append("</p>\n");
    }

    private void WriteList(ListBlock list)
    {
        var tag = list.IsOrdered ? "ol" : "ul";
        _sb.Append('<').Append(tag);
        if (list.IsOrdered && int.TryParse(list.OrderedStart, NumberStyles.None, CultureInfo.InvariantCulture, out var start) && start != 1)
        {
            Attribute("start", start.ToString(CultureInfo.InvariantCulture));
        }

        if (Edgar) Attribute("style", EdgarStyles.List);
        _sb.Append(">\n");
        foreach (var item in list)
        {
            Open("li", EdgarStyles.ListItem);
            WriteItemBlocks((ContainerBlock)item, tight: !list.IsLoose);
            _sb.Append("</li>\n");
        }

        _sb.Append("</").Append(tag).Append(">\n");
    }

    /// <summary>A list item's or footnote's blocks; a tight first paragraph is written inline.</summary>
    private void WriteItemBlocks(ContainerBlock item, bool tight)
    {
        for (var i = 0; i < item.Count; i++)
        {
            if (i > 0) EnsureLine();
            WriteBlock(item[i], tight);
        }
    }

    private void WriteQuote(QuoteBlock quote)
    {
        Open("blockquote", EdgarStyles.Quote);
        _sb.Append('\n');
        WriteBlocks(quote, tight: false);
        _sb.Append("</blockquote>\n");
    }

    private void WriteThematicBreak()
    {
        _sb.Append("<hr");
        if (Edgar) Attribute("style", EdgarStyles.Rule);
        _sb.Append(">\n");
    }

    private void WriteCode(CodeBlock code)
    {
        Open("pre", EdgarStyles.Pre);
        var lines = code.Lines;
        for (var i = 0; i < lines.Count; i++)
        {
            if (i > 0) _sb.Append('\n');
            Text(lines.Lines[i].Slice.AsSpan());
        }

        _sb.Append("</pre>\n");
    }

    /// <summary>The pipeline disables raw HTML; should a block ever arrive, it is shown as text.</summary>
    private void WriteRawHtmlAsText(HtmlBlock html)
    {
        Open("p", EdgarStyles.Paragraph);
        var lines = html.Lines;
        for (var i = 0; i < lines.Count; i++)
        {
            if (i > 0) _sb.Append('\n');
            Text(lines.Lines[i].Slice.AsSpan());
        }

        _sb.Append("</p>\n");
    }

    private void WriteFootnotes(FootnoteGroup group)
    {
        if (Edgar)
        {
            _sb.Append("<hr").Append(" style=\"").Append(EdgarStyles.FootnoteRule).Append("\">\n");
            _sb.Append("<ol style=\"").Append(EdgarStyles.FootnoteList).Append("\">\n");
        }
        else
        {
            _sb.Append("<section class=\"footnotes\">\n<hr>\n<ol>\n");
        }

        foreach (var block in group)
        {
            if (block is not Footnote footnote) continue;
            _sb.Append("<li");
            if (!Edgar) Attribute("id", FootnoteId(footnote.Order));
            _sb.Append('>');
            WriteItemBlocks(footnote, tight: footnote.Count == 1);
            _sb.Append("</li>\n");
        }

        _sb.Append(Edgar ? "</ol>\n" : "</ol>\n</section>\n");
    }

    // ---- tables -------------------------------------------------------------------------------

    private void WriteTable(Table table)
    {
        if (Edgar && _tableDepth > 0)
        {
            // EDGAR forbids nested tables: a table inside a cell becomes one line per row.
            foreach (var rowObject in table)
            {
                var row = (TableRow)rowObject;
                _sb.Append("<p style=\"").Append(EdgarStyles.CellParagraph).Append("\">");
                for (var i = 0; i < row.Count; i++)
                {
                    if (i > 0) _sb.Append('\n');
                    WriteCellContent((TableCell)row[i]);
                }

                _sb.Append("</p>\n");
            }

            return;
        }

        _tableDepth++;
        var columns = Math.Max(table.ColumnDefinitions.Count, 1);
        if (Edgar)
        {
            _sb.Append("<table style=\"").Append(EdgarStyles.Table).Append("\">\n");
        }
        else
        {
            // Focusable so the keyboard can scroll it; named by the heading right above it, if any.
            _sb.Append("<div class=\"table-scroll\" tabindex=\"0\"");
            var label = PrecedingHeadingId(table);
            if (label is not null)
            {
                Attribute("role", "region");
                Attribute("aria-labelledby", label);
            }

            _sb.Append(">\n<table>\n");
        }

        var headerRows = table.Cast<TableRow>().Where(r => r.IsHeader).ToList();
        var bodyRows = table.Cast<TableRow>().Where(r => !r.IsHeader).ToList();

        if (headerRows.Count > 0)
        {
            if (!Edgar) _sb.Append("<thead>\n");
            for (var r = 0; r < headerRows.Count; r++)
            {
                WriteHeaderRow(table, headerRows[r], isLast: r == headerRows.Count - 1);
            }

            if (!Edgar) _sb.Append("</thead>\n");
        }

        if (bodyRows.Count > 0)
        {
            if (!Edgar) _sb.Append("<tbody>\n");
            var level = 0;
            foreach (var row in bodyRows)
            {
                var groupLevel = GroupLevel(row, columns);
                if (groupLevel > 0)
                {
                    level = groupLevel;
                    WriteGroupRow(row, groupLevel);
                }
                else
                {
                    WriteBodyRow(table, row, level);
                }
            }

            if (!Edgar) _sb.Append("</tbody>\n");
        }

        _sb.Append(Edgar ? "</table>\n" : "</table>\n</div>\n");
        _tableDepth--;
    }

    private void WriteHeaderRow(Table table, TableRow row, bool isLast)
    {
        _sb.Append("<tr>\n");
        for (var i = 0; i < row.Count; i++)
        {
            var cell = (TableCell)row[i];
            var align = Alignment(table, cell, i);
            var spans = cell.ColumnSpan > 1;
            var empty = IsEmpty(cell);
            _sb.Append("<th");
            WriteSpans(cell);
            if (Edgar)
            {
                Attribute("style", EdgarStyles.HeaderCell(spans ? TableColumnAlign.Center : align, ruled: !empty && (spans || isLast)));
            }
            else
            {
                Attribute("scope", spans ? "colgroup" : "col");
                var cls = spans ? "span" : ClassFor(align);
                if (cls is not null) Attribute("class", cls);
            }

            _sb.Append('>');
            WriteCellContent(cell);
            _sb.Append("</th>\n");
        }

        _sb.Append("</tr>\n");
    }

    private void WriteGroupRow(TableRow row, int level)
    {
        var cell = (TableCell)row[0];
        if (Edgar)
        {
            _sb.Append("<tr>\n<td");
            WriteSpans(cell);
            Attribute("style", EdgarStyles.GroupCell(level));
        }
        else
        {
            _sb.Append("<tr");
            Attribute("class", "group level-" + level.ToString(CultureInfo.InvariantCulture));
            _sb.Append(">\n<td");
            WriteSpans(cell);
        }

        _sb.Append('>');
        if (!Edgar) _sb.Append("<span class=\"group-label\">");
        WriteCellContent(cell);
        if (!Edgar) _sb.Append("</span>");
        _sb.Append("</td>\n</tr>\n");
    }

    private void WriteBodyRow(Table table, TableRow row, int level)
    {
        _sb.Append("<tr");
        if (!Edgar && level > 0) Attribute("class", "in-" + level.ToString(CultureInfo.InvariantCulture));
        _sb.Append(">\n");
        for (var i = 0; i < row.Count; i++)
        {
            var cell = (TableCell)row[i];
            var align = Alignment(table, cell, i);
            _sb.Append("<td");
            WriteSpans(cell);
            if (Edgar)
            {
                Attribute("style", EdgarStyles.BodyCell(align, indent: i == 0 ? level : 0));
            }
            else
            {
                var cls = ClassFor(align);
                if (cls is not null) Attribute("class", cls);
            }

            _sb.Append('>');
            WriteCellContent(cell);
            _sb.Append("</td>\n");
        }

        _sb.Append("</tr>\n");
    }

    private void WriteCellContent(TableCell cell)
    {
        if (cell.Count == 1 && cell[0] is ParagraphBlock paragraph)
        {
            WriteInlines(paragraph.Inline);
            return;
        }

        for (var i = 0; i < cell.Count; i++)
        {
            if (i > 0) EnsureLine();
            WriteBlock(cell[i], tight: false);
        }
    }

    private void WriteSpans(TableCell cell)
    {
        if (cell.ColumnSpan > 1) Attribute("colspan", cell.ColumnSpan.ToString(CultureInfo.InvariantCulture));
        if (cell.RowSpan > 1) Attribute("rowspan", cell.RowSpan.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>
    /// A body row whose single cell spans every column is a group row: level 1 when its text is
    /// bold (or plain), level 2 (nested) when it is italic. Zero for an ordinary row.
    /// </summary>
    internal static int GroupLevel(TableRow row, int columns)
    {
        if (row.IsHeader || row.Count != 1 || columns < 2) return 0;
        var cell = (TableCell)row[0];
        if (cell.ColumnSpan < columns) return 0;
        if (cell.Count == 1 && cell[0] is ParagraphBlock { Inline: { } inline })
        {
            var meaningful = inline.Where(i => i is not LiteralInline l || !l.Content.IsEmptyOrWhitespace()).ToList();
            if (meaningful.Count == 1 && meaningful[0] is EmphasisInline { DelimiterCount: 1 }) return 2;
        }

        return 1;
    }

    private static TableColumnAlign? Alignment(Table table, TableCell cell, int index)
    {
        var definitions = table.ColumnDefinitions;
        if (definitions.Count == 0) return null;
        var column = cell.ColumnIndex >= 0 && cell.ColumnIndex < definitions.Count ? cell.ColumnIndex : index;
        column = Math.Min(column, definitions.Count - 1);
        return definitions[column].Alignment;
    }

    private static string? ClassFor(TableColumnAlign? align) => align switch
    {
        TableColumnAlign.Right => "num",
        TableColumnAlign.Center => "center",
        _ => null,
    };

    private static bool IsEmpty(TableCell cell) =>
        cell.Count == 0 || cell.All(b => b is ParagraphBlock { Inline: null } || b is ParagraphBlock p && p.Inline!.FirstChild is null);

    // ---- inlines ------------------------------------------------------------------------------

    private void WriteInlines(ContainerInline? container)
    {
        if (container is null) return;
        foreach (var inline in container)
        {
            WriteInline(inline);
        }
    }

    private void WriteInline(Inline inline)
    {
        switch (inline)
        {
            case LiteralInline literal:
                Text(literal.Content.AsSpan());
                break;
            case HtmlEntityInline entity:
                Text(entity.Transcoded.AsSpan());
                break;
            case CodeInline code:
                _sb.Append("<code>");
                Text(code.Content.AsSpan());
                _sb.Append("</code>");
                break;
            case LineBreakInline lineBreak:
                _sb.Append(lineBreak.IsHard ? "<br>\n" : "\n");
                break;
            case HtmlInline html:
                // Raw HTML is disabled by the pipeline; should any arrive it is text, never markup.
                Text(html.Tag.AsSpan());
                break;
            case FootnoteLink { IsBackLink: true }:
                break;
            case FootnoteLink link:
                WriteFootnoteReference(link);
                break;
            case EmphasisInline emphasis:
                var tag = emphasis.DelimiterCount >= 2 ? "strong" : "em";
                _sb.Append('<').Append(tag).Append('>');
                WriteInlines(emphasis);
                _sb.Append("</").Append(tag).Append('>');
                break;
            case AutolinkInline autolink:
                WriteAutolink(autolink);
                break;
            case LinkInline { IsImage: true } image:
                WriteImage(image);
                break;
            case LinkInline link:
                WriteLink(link);
                break;
            case DelimiterInline delimiter:
                Text(delimiter.ToLiteral().AsSpan());
                WriteInlines(delimiter);
                break;
            case ContainerInline container:
                WriteInlines(container);
                break;
        }
    }

    private void WriteFootnoteReference(FootnoteLink link)
    {
        var number = link.Footnote.Order.ToString(CultureInfo.InvariantCulture);
        if (Edgar)
        {
            _sb.Append("<sup>").Append(number).Append("</sup>");
            return;
        }

        _sb.Append("<sup class=\"fnref\"><a");
        Attribute("href", "#" + FootnoteId(link.Footnote.Order));
        _sb.Append('>').Append(number).Append("</a></sup>");
    }

    private void WriteAutolink(AutolinkInline autolink)
    {
        var url = autolink.IsEmail ? "mailto:" + autolink.Url : autolink.Url;
        if (Edgar || !HtmlText.IsSafeLinkUrl(url))
        {
            Text(autolink.Url.AsSpan());
            return;
        }

        _sb.Append("<a class=\"url\"");
        Attribute("href", url);
        _sb.Append('>');
        Text(autolink.Url.AsSpan());
        _sb.Append("</a>");
    }

    private void WriteLink(LinkInline link)
    {
        var url = link.GetDynamicUrl?.Invoke() ?? link.Url;
        if (Edgar || !HtmlText.IsSafeLinkUrl(url))
        {
            WriteInlines(link);
            return;
        }

        _sb.Append("<a");
        Attribute("href", url!);
        if (!string.IsNullOrEmpty(link.Title)) Attribute("title", link.Title);
        _sb.Append('>');
        WriteInlines(link);
        _sb.Append("</a>");
    }

    /// <summary>
    /// Images are not text: the page shows an http(s) image with its alt text; the exhibit, which may
    /// not reference anything outside itself, leaves images out.
    /// </summary>
    private void WriteImage(LinkInline image)
    {
        var url = image.GetDynamicUrl?.Invoke() ?? image.Url;
        if (Edgar || !HtmlText.IsSafeLinkUrl(url) || url!.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase)) return;
        _sb.Append("<img");
        Attribute("src", url);
        var alt = new StringBuilder();
        AltText(image, alt);
        Attribute("alt", alt.ToString());
        _sb.Append('>');
    }

    private static void AltText(ContainerInline container, StringBuilder alt)
    {
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline l: alt.Append(l.Content.AsSpan()); break;
                case HtmlEntityInline e: alt.Append(e.Transcoded.AsSpan()); break;
                case CodeInline c: alt.Append(c.Content); break;
                case ContainerInline c: AltText(c, alt); break;
            }
        }
    }

    // ---- helpers ------------------------------------------------------------------------------

    private void Open(string tag, string edgarStyle)
    {
        _sb.Append('<').Append(tag);
        if (Edgar) Attribute("style", edgarStyle);
        _sb.Append('>');
    }

    private void Attribute(string name, string value)
    {
        _sb.Append(' ').Append(name).Append("=\"");
        HtmlText.Append(_sb, value, asciiOnly: Edgar);
        _sb.Append('"');
    }

    private void Text(ReadOnlySpan<char> text) => HtmlText.Append(_sb, text, asciiOnly: Edgar);

    private void EnsureLine()
    {
        if (_sb.Length > 0 && _sb[^1] != '\n') _sb.Append('\n');
    }

    private static string? PrecedingHeadingId(Block block)
    {
        var parent = block.Parent;
        var index = parent?.IndexOf(block) ?? -1;
        if (index <= 0 || parent![index - 1] is not HeadingBlock heading) return null;
        var id = heading.TryGetAttributes()?.Id;
        return IsSafeId(id) ? id : null;
    }

    private static string FootnoteId(int order) => "fn-" + order.ToString(CultureInfo.InvariantCulture);

    /// <summary>Auto-identifiers are letters, digits, '-' and '_' (GitHub style); anything else is dropped.</summary>
    private static bool IsSafeId(string? id) =>
        !string.IsNullOrEmpty(id) && id.All(c => char.IsLetterOrDigit(c) || c is '-' or '_');
}

namespace ReleaseGen.Diff;

/// <summary>What happened to a block (or a table row) between the two versions.</summary>
public enum ChangeKind
{
    Unchanged,
    Deleted,
    Inserted,
    Changed,
}

/// <summary>A table row in the redline: its cells, each compared with the cell in the same column.</summary>
public sealed record RedlineRow(ChangeKind Change, bool IsHeader, IReadOnlyList<RedlineCell> Cells)
{
    /// <summary>How the (new, else old) row is drawn in its data table: nesting depth, group heading, total.</summary>
    public int Depth { get; init; }

    public bool IsGroup { get; init; }

    public bool IsEmphasized { get; init; }
}

/// <summary>A table cell in the redline.</summary>
public sealed record RedlineCell(IReadOnlyList<Segment> Segments, int ColumnSpan);

/// <summary>
/// One block of the redline. Text blocks carry <see cref="Segments"/>; tables carry <see cref="Rows"/>.
/// <see cref="Section"/> is the heading (level 1 or 2) the block stands under, as the new version names it.
/// </summary>
public sealed record RedlineBlock(
    ChangeKind Change,
    BlockKind Kind,
    int Level,
    bool Ordered,
    IReadOnlyList<Segment> Segments,
    IReadOnlyList<RedlineRow> Rows,
    string Section)
{
    public bool HasChanges => Change != ChangeKind.Unchanged;
}

/// <summary>The comparison of two versions of a release's Markdown, block by block and word by word.</summary>
public sealed class Redline
{
    public required IReadOnlyList<RedlineBlock> Blocks { get; init; }

    public bool HasDifferences => Blocks.Any(b => b.HasChanges);

    /// <summary>The sections (by heading) that hold a change, in document order.</summary>
    public IReadOnlyList<string> ChangedSections => Blocks.Where(b => b.HasChanges).Select(b => b.Section).Distinct().ToList();

    /// <summary>Compares two Markdown documents: blocks are aligned, then paired blocks are compared word by word and tables cell by cell.</summary>
    /// <param name="maxCells">The diff-cells limit (see <see cref="Safety.Limits.DiffCells"/>); 0 for the default.</param>
    public static Redline Compare(string oldMarkdown, string newMarkdown, long maxCells = 0) =>
        Compare(DocumentBlocks.Read(oldMarkdown), DocumentBlocks.Read(newMarkdown), maxCells);

    /// <summary>Compares two built releases: their tables cell by cell from the table models.</summary>
    /// <param name="maxCells">The diff-cells limit (see <see cref="Safety.Limits.DiffCells"/>); 0 for the default.</param>
    public static Redline Compare(ReleaseDocument oldDocument, ReleaseDocument newDocument, long maxCells = 0) =>
        Compare(DocumentBlocks.Read(oldDocument.Syntax, oldDocument.Markdown), DocumentBlocks.Read(newDocument.Syntax, newDocument.Markdown), maxCells);

    private static Redline Compare(IReadOnlyList<DocumentBlock> oldBlocks, IReadOnlyList<DocumentBlock> newBlocks, long maxCells)
    {
        var runs = SequenceDiff.Align(oldBlocks.Select(b => b.Key).ToList(), newBlocks.Select(b => b.Key).ToList(), maxCells);
        var result = new List<(ChangeKind Change, DocumentBlock? Old, DocumentBlock? New)>();
        foreach (var run in runs)
        {
            if (run.Equal)
            {
                for (var i = 0; i < run.NewCount; i++) result.Add((ChangeKind.Unchanged, oldBlocks[run.OldStart + i], newBlocks[run.NewStart + i]));
                continue;
            }
            var deleted = oldBlocks.Skip(run.OldStart).Take(run.OldCount).ToList();
            var inserted = newBlocks.Skip(run.NewStart).Take(run.NewCount).ToList();
            foreach (var pair in Pair(deleted, inserted, (a, b) => a.Comparable(b), maxCells)) result.Add(pair);
        }

        var blocks = new List<RedlineBlock>();
        var section = "";
        foreach (var (change, oldBlock, newBlock) in result)
        {
            var shown = newBlock ?? oldBlock!;
            if (shown.Kind == BlockKind.Heading && shown.Level <= 2) section = shown.Text;
            blocks.Add(Build(change, oldBlock, newBlock, section, maxCells));
        }
        return new Redline { Blocks = blocks };
    }

    /// <summary>
    /// Pairs the old and new items of one change run: each old item with the next new item of the same
    /// shape, keeping both orders; the rest are plain deletions and insertions.
    /// </summary>
    private static IEnumerable<(ChangeKind, T?, T?)> Pair<T>(IReadOnlyList<T> deleted, IReadOnlyList<T> inserted, Func<T, T, bool> comparable, long maxCells)
        where T : class
    {
        // Past the diff-cells bound the search for partners would be quadratic: all deleted, then all inserted.
        if ((long)deleted.Count * inserted.Count > (maxCells <= 0 ? Safety.Limits.Default.DiffCells : maxCells))
        {
            foreach (var old in deleted) yield return (ChangeKind.Deleted, old, null);
            foreach (var added in inserted) yield return (ChangeKind.Inserted, null, added);
            yield break;
        }
        var next = 0;
        foreach (var old in deleted)
        {
            var match = -1;
            for (var k = next; k < inserted.Count; k++)
            {
                if (comparable(old, inserted[k]))
                {
                    match = k;
                    break;
                }
            }
            if (match < 0)
            {
                yield return (ChangeKind.Deleted, old, null);
                continue;
            }
            for (; next < match; next++) yield return (ChangeKind.Inserted, null, inserted[next]);
            yield return (ChangeKind.Changed, old, inserted[match]);
            next = match + 1;
        }
        for (; next < inserted.Count; next++) yield return (ChangeKind.Inserted, null, inserted[next]);
    }

    private static RedlineBlock Build(ChangeKind change, DocumentBlock? oldBlock, DocumentBlock? newBlock, string section, long maxCells)
    {
        var shown = newBlock ?? oldBlock!;
        if (shown.Kind == BlockKind.Table)
        {
            var rows = change switch
            {
                ChangeKind.Deleted => oldBlock!.Rows.Select(r => WholeRow(ChangeKind.Deleted, r)).ToList(),
                ChangeKind.Inserted => newBlock!.Rows.Select(r => WholeRow(ChangeKind.Inserted, r)).ToList(),
                ChangeKind.Unchanged => newBlock!.Rows.Select(r => WholeRow(ChangeKind.Unchanged, r)).ToList(),
                _ => CompareRows(oldBlock!.Rows, newBlock!.Rows, maxCells),
            };
            return new RedlineBlock(change, BlockKind.Table, 0, false, [], rows, section);
        }
        IReadOnlyList<Segment> segments = change switch
        {
            ChangeKind.Deleted => Whole(SegmentKind.Deleted, oldBlock!.Text),
            ChangeKind.Inserted => Whole(SegmentKind.Inserted, newBlock!.Text),
            ChangeKind.Unchanged => Whole(SegmentKind.Same, newBlock!.Text),
            _ => WordDiff.Compare(oldBlock!.Text, newBlock!.Text, maxCells),
        };
        return new RedlineBlock(change, shown.Kind, shown.Level, shown.Ordered, segments, [], section);
    }

    private static IReadOnlyList<RedlineRow> CompareRows(IReadOnlyList<TableRowText> oldRows, IReadOnlyList<TableRowText> newRows, long maxCells)
    {
        var rows = new List<RedlineRow>();
        foreach (var run in SequenceDiff.Align(oldRows.Select(r => r.Key).ToList(), newRows.Select(r => r.Key).ToList(), maxCells))
        {
            if (run.Equal)
            {
                rows.AddRange(newRows.Skip(run.NewStart).Take(run.NewCount).Select(r => WholeRow(ChangeKind.Unchanged, r)));
                continue;
            }
            var pairs = Pair(oldRows.Skip(run.OldStart).Take(run.OldCount).ToList(), newRows.Skip(run.NewStart).Take(run.NewCount).ToList(),
                (a, b) => a.IsHeader == b.IsHeader && a.Cells.Count == b.Cells.Count, maxCells);
            foreach (var (change, oldRow, newRow) in pairs)
            {
                rows.Add(change switch
                {
                    ChangeKind.Deleted => WholeRow(ChangeKind.Deleted, oldRow!),
                    ChangeKind.Inserted => WholeRow(ChangeKind.Inserted, newRow!),
                    _ => new RedlineRow(ChangeKind.Changed, newRow!.IsHeader,
                        newRow.Cells.Select((cell, i) => new RedlineCell(WordDiff.Compare(oldRow!.Cells[i].Text, cell.Text, maxCells), cell.ColumnSpan)).ToList())
                    {
                        Depth = newRow.Depth,
                        IsGroup = newRow.IsGroup,
                        IsEmphasized = newRow.IsEmphasized,
                    },
                });
            }
        }
        return rows;
    }

    private static RedlineRow WholeRow(ChangeKind change, TableRowText row)
    {
        var kind = change switch { ChangeKind.Deleted => SegmentKind.Deleted, ChangeKind.Inserted => SegmentKind.Inserted, _ => SegmentKind.Same };
        return new RedlineRow(change, row.IsHeader, row.Cells.Select(c => new RedlineCell(Whole(kind, c.Text), c.ColumnSpan)).ToList())
        {
            Depth = row.Depth,
            IsGroup = row.IsGroup,
            IsEmphasized = row.IsEmphasized,
        };
    }

    private static IReadOnlyList<Segment> Whole(SegmentKind kind, string text) => text.Length == 0 ? [] : [new Segment(kind, text)];
}

/// <summary>How redline formats lay segments out.</summary>
public static class RedlineSegments
{
    /// <summary>
    /// The segments with a space closing a deletion that an insertion follows directly ("458,472 459,472"),
    /// so the two numbers never run together; accepting every change still gives the new text.
    /// </summary>
    public static IEnumerable<Segment> Separated(IReadOnlyList<Segment> segments)
    {
        for (var i = 0; i < segments.Count; i++)
        {
            var segment = segments[i];
            var next = i + 1 < segments.Count ? segments[i + 1] : null;
            yield return segment.Kind == SegmentKind.Deleted && next?.Kind == SegmentKind.Inserted && segment.Text.Length > 0 && !char.IsWhiteSpace(segment.Text[^1])
                ? segment with { Text = segment.Text + " " }
                : segment;
        }
    }
}

namespace ReleaseGen.Diff;

/// <summary>One side of a comparison: a name for the reader, the Markdown, and the built release when the side was a release folder.</summary>
public sealed record DiffSide(string Name, string Markdown, ReleaseOutput? Release = null)
{
    /// <summary>A side built from a release folder (the output must have succeeded).</summary>
    public static DiffSide FromRelease(string name, ReleaseOutput output) =>
        new(name, output.Markdown ?? throw new ArgumentException("the release did not build", nameof(output)), output);
}

/// <summary>
/// Two versions of a release compared: the word-level redline of the text and, when both sides are
/// built releases, the figures whose values changed. Output is a pure function of the inputs.
/// </summary>
public sealed class ReleaseDiff
{
    public required DiffSide Old { get; init; }

    public required DiffSide New { get; init; }

    public required Redline Redline { get; init; }

    /// <summary>Changed figures; empty unless both sides are built releases (see <see cref="ComparesFigures"/>).</summary>
    public required IReadOnlyList<FigureChange> FigureChanges { get; init; }

    public bool ComparesFigures => Old.Release?.Figures is not null && New.Release?.Figures is not null;

    public bool HasDifferences => Redline.HasDifferences || FigureChanges.Count > 0;

    public static ReleaseDiff Compare(DiffSide oldSide, DiffSide newSide, Safety.Limits? limits = null)
    {
        var figures = oldSide.Release?.Figures is { } oldBook && newSide.Release?.Figures is { } newBook
            ? FigureComparison.Compare(oldBook, newBook)
            : [];
        return new ReleaseDiff
        {
            Old = oldSide,
            New = newSide,
            Redline = oldSide.Release?.Document is { } oldDocument && newSide.Release?.Document is { } newDocument
                ? Redline.Compare(oldDocument, newDocument, (limits ?? Safety.Limits.Default).DiffCells)
                : Redline.Compare(oldSide.Markdown, newSide.Markdown, (limits ?? Safety.Limits.Default).DiffCells),
            FigureChanges = figures,
        };
    }

    /// <summary>The redline as a standalone HTML page.</summary>
    public string ToHtml() => RedlineHtmlWriter.Write(this);

    /// <summary>A Markdown summary of the changes, for a pull request or a reviewer's note.</summary>
    public string ToMarkdownSummary() => RedlineSummaryWriter.Write(this);
}

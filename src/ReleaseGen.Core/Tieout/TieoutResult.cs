using ReleaseGen.Diagnostics;

namespace ReleaseGen.Tieout;

/// <summary>How a number (or a claim word) of the final document stands.</summary>
public enum TieStatus
{
    /// <summary>It is the data's figure, fact or event, correctly rounded.</summary>
    Tied,

    /// <summary>It differs from the data; the note gives the right value.</summary>
    Wrong,

    /// <summary>It ties to nothing.</summary>
    Untied,

    /// <summary>A year, date, phone number, citation or note mark: recognised, not a figure.</summary>
    Recognised,
}

/// <summary>A tick mark on the final document: the span of one block's text, its status and what it tied to (or should read).</summary>
public sealed record TieMark(FinalBlock Block, PositionedText Text, int Start, int Length, TieStatus Status, string Note, string? Code = null)
{
    public string Printed => Text.Text.Substring(Start, Length);

    public TextPosition Position => Text.At(Start);
}

/// <summary>Everything tie-out found in one final document.</summary>
public sealed record TieoutResult(FinalDocument Document, IReadOnlyList<TieMark> Marks, IReadOnlyList<Diagnostic> Diagnostics)
{
    public int Tied => Marks.Count(m => m.Status == TieStatus.Tied);

    public int Wrong => Marks.Count(m => m.Status == TieStatus.Wrong);

    public int Untied => Marks.Count(m => m.Status == TieStatus.Untied);

    public int Recognised => Marks.Count(m => m.Status == TieStatus.Recognised);

    public int Errors => Diagnostics.Count(d => d.IsError);

    public int Warnings => Diagnostics.Count(d => !d.IsError);

    /// <summary>"58 tied, 1 wrong, 0 untied, 21 recognised": the line the text report and the HTML trace both print.</summary>
    public string Counts => $"{Tied} tied, {Wrong} wrong, {Untied} untied, {Recognised} recognised";
}

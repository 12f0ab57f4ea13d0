namespace ReleaseGen.Safety;

/// <summary>Text from input as it is quoted in a message: short, on one line, so a 20 MB key cannot make a 20 MB message.</summary>
public static class Echo
{
    public const int MaxLength = 80;

    /// <summary>The text itself when short; else its start, an ellipsis and its length.</summary>
    public static string Of(string text)
    {
        var oneLine = text.Length <= MaxLength * 4 ? text.ReplaceLineEndings(" ") : text;
        return oneLine.Length <= MaxLength ? oneLine : $"{oneLine[..(MaxLength - 20)].ReplaceLineEndings(" ")}... ({text.Length.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)} characters)";
    }
}

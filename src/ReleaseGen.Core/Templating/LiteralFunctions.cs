namespace ReleaseGen.Templating;

/// <summary>
/// <c>literal</c>: marks a number typed into a template as intended, so the figure audit
/// (<c>releasegen check</c>, RG403) does not report it as "not linked to data".
/// </summary>
public static class LiteralFunctions
{
    /// <summary>Prints its text as it is.</summary>
    /// <remarks>
    /// ```scriban
    /// subpart {{ literal "1300" }} of Regulation S-K
    /// ```
    /// ```text
    /// subpart 1300 of Regulation S-K
    /// ```
    /// </remarks>
    public static string Literal(string text) => text;
}

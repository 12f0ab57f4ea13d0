using ReleaseGen.Templating.Functions;

namespace ReleaseGen.Templating;

/// <summary>
/// <c>literal</c>: marks a number typed into a template as intended, so the figure audit
/// (<c>releasegen check</c>, RG403) does not report it as "not linked to data".
/// </summary>
public sealed class LiteralFunctions : Scriban.Runtime.ScriptObject
{
    /// <summary>The family's functions, each registered by name (no reflection: a native build keeps them).</summary>
    public LiteralFunctions() : base(1, autoImportStaticsFromThisType: false)
    {
        this.Function(typeof(LiteralFunctions).GetMethod(nameof(Literal)));
    }

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

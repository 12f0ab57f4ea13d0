namespace ReleaseGen.Templating;

// Temporary until the function library lands: see Functions/ on the functions branch.
public readonly record struct MarkdownText(string Value)
{
    public override string ToString() => Value;
}

// Temporary until the function library lands.
public static class MarkdownEscaper
{
    public static string Escape(string text) => text;
}

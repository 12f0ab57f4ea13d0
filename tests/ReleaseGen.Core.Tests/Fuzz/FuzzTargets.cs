using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using ReleaseGen.Checks;
using ReleaseGen.Derivation;
using ReleaseGen.Diagnostics;
using ReleaseGen.Loading;
using ReleaseGen.Safety;
using ReleaseGen.Templating;
using ReleaseGen.Templating.Functions;
using ReleaseGen.Testing;

namespace ReleaseGen.Core.Tests.Fuzz;

/// <summary>The three fuzz targets: what each feeds in, and what must hold for every input.</summary>
internal static partial class FuzzTargets
{
    // ---- the YAML loader: the minimal release with hostile YAML spliced in, or hostile YAML alone ----

    private static readonly string[] YamlTokens =
    [
        "[", "]", "{", "}", ", ", ": ", "- ", "? ", "&a ", "*a", "&b [*a, *a, *a]", "<<: *a", "!!str ", "!!map ", "!<tag> ",
        "\"", "'", "\\u202E", "\\uD800", "\n", "\n  ", "\n    - ", "\t", "#", "|", ">", "%YAML 1.2\n", "---\n", "...\n", "~", "null",
        "99999999999999999999999999999", "-1", "1e400", "0x1F", ".nan", "2024-Q2", "2024-H1", "ore_processed", "grade", "decimals: ",
        "issuer", "metrics", "values", "tables", "rows", "group", "facts", "reconcile", "TODO", "\u0007", "\u00e9", "\ud83d\ude00",
    ];

    public static Gen<string> YamlInputs { get; } =
        Gen.Frequency(
            (3, Gen.ListOf(Gen.Choose(0, TestData.MinimalYaml.Length).SelectMany(at => Gen.Elements(YamlTokens), (at, token) => (At: at, Token: token)), 6)
                .Select(edits => edits.OrderByDescending(e => e.At).Aggregate(TestData.MinimalYaml, (yaml, e) => yaml.Insert(e.At, e.Token)))),
            (1, Gen.ListOf(Gen.Elements(YamlTokens), 40).Select(string.Concat)));

    public static void LoadYaml(string yaml)
    {
        var result = ReleaseLoader.LoadText("folder", "folder/release.yaml", yaml);
        AssertDiagnostics(result.Diagnostics);
    }

    // ---- the reconcile expression parser and evaluator ----

    private static readonly string[] ExpressionTokens =
        ["(", ")", "+", "-", "*", "/", " ", "0", "1", "2.5", ".", "..", "x", "y", "_", "facts", "facts.a", "facts.a.b", ".b",
         "79228162514264337593543950335", "0.0000000000000000000000000001", "1e5", "%", "$", "\u00e9", "((((((((", "))))))))", "--------"];

    public static Gen<string> ExpressionInputs { get; } = Gen.ListOf(Gen.Elements(ExpressionTokens), 30).Select(string.Concat);

    public static void ParseExpression(string text)
    {
        ArithmeticExpression expression;
        try
        {
            expression = ArithmeticExpression.Parse(text);
        }
        catch (ExpressionException error)
        {
            Assert.InRange(error.Offset, 0, text.Length);
            return;
        }
        try
        {
            expression.Evaluate(name => name switch { "x" => 79228162514264337593543950335m, "y" => 0m, _ => name.StartsWith("facts", StringComparison.Ordinal) ? 2.5m : null });
        }
        catch (ExpressionException error)
        {
            Assert.InRange(error.Offset, 0, text.Length);
        }
    }

    // ---- the template renderer: a narrative made of Scriban and Markdown fragments ----

    private static readonly string[] TemplateTokens =
    [
        "{{ ", " }}", "{{~ ", " ~}}", "include \"about\"", "include \"../../etc/passwd\"", "include \"/etc/passwd\"", "include \"narrative\"",
        "for i in 1..3", "for i in 1..100000", "end", "if true", "else", "while true", "x = ", "x = x + x", "\"text\"", "'a'",
        "figures.silver_oz.quarter", "figures.nope.quarter", "| num.format 2", "| num.format 999999999", "issuer.name", "issuer", "periods.quarter",
        "| string.capitalize", "| array.sort", "| regex.match '(a+)+$'", "date.now", "[1, 2]", "(", ")", "capture c", "func f; ret f; end; f",
        "*", "_", "#", "> ", "- ", "1. ", "|", "---", "[link](javascript:alert(1))", "<script>", "\n", "\n\n", "text ", "\u202E", "\\",
    ];

    public static Gen<string> TemplateInputs { get; } = Gen.ListOf(Gen.Elements(TemplateTokens), 30).Select(string.Concat);

    private static readonly Lazy<(ReleaseGen.Model.ReleaseData Data, FigureBook Book, string Folder)> Release = new(() =>
    {
        var folder = Repository.CopyExample();
        var data = ReleaseLoader.Load(folder).Data!;
        return (data, new FigureBook(data), folder);
    });

    private static readonly object NarrativeGate = new();

    public static void RenderNarrative(string narrative)
    {
        var (data, book, folder) = Release.Value;
        lock (NarrativeGate)
        {
            var path = Path.Combine(folder, "fuzz.md");
            File.WriteAllText(path, narrative);
            var templates = new TemplateSet(TestData.Templates, "production-release", path, null, folder)
            {
                Limits = Limits.Default with { RenderSeconds = 5, RegexMilliseconds = 50, OutputSize = 1_000_000 },
            };
            var result = ReleaseRenderer.Render(data, book, templates, LanguageSettings.Default);
            AssertDiagnostics(result.Diagnostics);
            if (result.Markdown is { } markdown)
            {
                Assert.DoesNotContain("root:x:0:0", markdown, StringComparison.Ordinal);
                MarkdownNesting.Check(markdown, templates.Limits, new SourceLocation(path, 1, 1), new DiagnosticBag());
            }
        }
    }

    private static void AssertDiagnostics(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            Assert.Matches(DiagnosticLine(), diagnostic.ToString().Split('\n')[0]);
            Assert.True(diagnostic.Location.Line >= 1 && diagnostic.Location.Column >= 1, diagnostic.ToString());
            Assert.True(diagnostic.Message.Length < 2000, "a message echoes too much input");
        }
    }

    [GeneratedRegex(@"^.*\(\d+,\d+\): (error|warning) RG\d{3}: ")]
    private static partial Regex DiagnosticLine();
}

using System.Globalization;

namespace ReleaseGen.Safety;

/// <summary>
/// The named limits that bound what a release folder and a template set can make ReleaseGen do: file
/// sizes, nesting depth, data size, output size and time. Each has a default that real releases stay
/// far below and a name that <c>--limit NAME=VALUE</c> raises (docs/security.md lists them).
/// </summary>
public sealed record Limits
{
    public static Limits Default { get; } = new();

    /// <summary><c>file-size</c>: bytes of any one input file (data, CSV, narrative, template, history).</summary>
    public long FileSize { get; init; } = 16L * 1024 * 1024;

    /// <summary><c>yaml-depth</c>: nesting of mappings and lists in a data file.</summary>
    public int YamlDepth { get; init; } = 64;

    /// <summary><c>yaml-nodes</c>: values in a data file counted with every alias expanded (alias bombs).</summary>
    public int YamlNodes { get; init; } = 1_000_000;

    /// <summary><c>expression-depth</c>: parentheses and unary minus nested in a reconcile expression.</summary>
    public int ExpressionDepth { get; init; } = 64;

    /// <summary><c>markdown-depth</c>: block quotes and lists nested in the rendered Markdown.</summary>
    public int MarkdownDepth { get; init; } = 32;

    /// <summary><c>output-size</c>: characters of rendered Markdown, and of any one string a template builds.</summary>
    public int OutputSize { get; init; } = 8 * 1024 * 1024;

    /// <summary><c>render-seconds</c>: wall-clock seconds one release may spend rendering its templates.</summary>
    public int RenderSeconds { get; init; } = 60;

    /// <summary><c>render-mb</c>: megabytes one release may allocate while rendering its templates (a memory budget; a real release allocates about 2).</summary>
    public int RenderMegabytes { get; init; } = 1024;

    /// <summary><c>regex-ms</c>: milliseconds one regular expression in a template may run.</summary>
    public int RegexMilliseconds { get; init; } = 500;

    /// <summary><c>diff-cells</c>: words of one old paragraph times words of its new version compared word by word; above it the paragraph is shown replaced whole.</summary>
    public long DiffCells { get; init; } = 4_000_000;

    /// <summary>Every limit by its option name, with its description, for docs, help and parsing.</summary>
    public static IReadOnlyList<(string Name, string Description)> Names { get; } =
    [
        ("file-size", "bytes of any one input file"),
        ("yaml-depth", "nesting of mappings and lists in a data file"),
        ("yaml-nodes", "values in a data file, with aliases expanded"),
        ("expression-depth", "nesting in a reconcile expression"),
        ("markdown-depth", "block quotes and lists nested in the rendered Markdown"),
        ("output-size", "characters of rendered Markdown (and of any one template string)"),
        ("render-seconds", "seconds one release may spend rendering"),
        ("render-mb", "megabytes one release may allocate while rendering"),
        ("regex-ms", "milliseconds one template regular expression may run"),
        ("diff-cells", "word pairs compared in one paragraph of a redline"),
    ];

    /// <summary>The value of a limit by name, as text (for messages: "the file-size limit (16777216)").</summary>
    public string ValueOf(string name) => name switch
    {
        "file-size" => FileSize.ToString(CultureInfo.InvariantCulture),
        "yaml-depth" => YamlDepth.ToString(CultureInfo.InvariantCulture),
        "yaml-nodes" => YamlNodes.ToString(CultureInfo.InvariantCulture),
        "expression-depth" => ExpressionDepth.ToString(CultureInfo.InvariantCulture),
        "markdown-depth" => MarkdownDepth.ToString(CultureInfo.InvariantCulture),
        "output-size" => OutputSize.ToString(CultureInfo.InvariantCulture),
        "render-seconds" => RenderSeconds.ToString(CultureInfo.InvariantCulture),
        "render-mb" => RenderMegabytes.ToString(CultureInfo.InvariantCulture),
        "regex-ms" => RegexMilliseconds.ToString(CultureInfo.InvariantCulture),
        "diff-cells" => DiffCells.ToString(CultureInfo.InvariantCulture),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "unknown limit"),
    };

    /// <summary>"the file-size limit (16777216; raise it with --limit file-size=N)": the tail of every limit message.</summary>
    public string Describe(string name) => $"the {name} limit ({ValueOf(name)}; raise it with --limit {name}=N)";

    /// <summary>Applies <c>NAME=VALUE</c> settings (from <c>--limit</c>); an unknown name or a value that is not a positive whole number is an error.</summary>
    public static bool TryParse(IEnumerable<string> settings, out Limits limits, out string? error)
    {
        limits = Default;
        error = null;
        foreach (var setting in settings)
        {
            var parts = setting.Split('=', 2);
            var name = parts[0].Trim();
            if (Names.All(n => n.Name != name))
            {
                error = $"unknown limit '{name}'; known limits: {string.Join(", ", Names.Select(n => n.Name))}";
                return false;
            }
            if (parts.Length != 2 || !long.TryParse(parts[1].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value <= 0)
            {
                error = $"--limit {name} needs a positive whole number: --limit {name}=N";
                return false;
            }
            var asInt = (int)Math.Min(value, int.MaxValue);
            limits = name switch
            {
                "file-size" => limits with { FileSize = value },
                "yaml-depth" => limits with { YamlDepth = asInt },
                "yaml-nodes" => limits with { YamlNodes = asInt },
                "expression-depth" => limits with { ExpressionDepth = asInt },
                "markdown-depth" => limits with { MarkdownDepth = asInt },
                "output-size" => limits with { OutputSize = asInt },
                "render-seconds" => limits with { RenderSeconds = asInt },
                "render-mb" => limits with { RenderMegabytes = asInt },
                "regex-ms" => limits with { RegexMilliseconds = asInt },
                _ => limits with { DiffCells = value },
            };
        }
        return true;
    }
}

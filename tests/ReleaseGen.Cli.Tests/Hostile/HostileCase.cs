using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ReleaseGen.Testing;

namespace ReleaseGen.Cli.Tests.Hostile;

/// <summary>
/// One case of the hostile corpus (<c>tests/fixtures/hostile/NAME/case.txt</c>): a real release with
/// one attack applied, made at test time so that links point where they should and large inputs need
/// not be committed. Directives, one a line:
/// <code>
/// # what the case attacks
/// base NAME                  the example to start from (default alexco-2012-q2)
/// copy-templates             copy templates/ into the release folder (its own template root)
/// append FILE: TEXT          add TEXT to FILE
/// replace FILE: OLD => NEW   replace the first OLD in FILE
/// bytes FILE: 0A FF ...      add raw bytes to FILE
/// link NAME -> TARGET        a symbolic link (TARGET relative to the link's folder, or absolute)
/// alias-bomb N               append N levels of nine aliases each to release.yaml
/// args ARG...                extra arguments for build and check
/// only COMMAND...            the commands the attack reaches (default build check diff: history and
///                            reconciliations are read by build and check only)
/// expect CODE                a diagnostic code build and check must report
/// secret TEXT                text that must not appear in any output or message
/// </code>
/// TEXT understands \n, \\, \uXXXX, <c>@repeat N "X"@</c> (X repeated N times) and <c>@nested-list N@</c>.
/// </summary>
public sealed partial class HostileCase
{
    public static string Corpus => Path.Combine(Repository.Root, "tests", "fixtures", "hostile");

    public static IEnumerable<object[]> Names() =>
        Directory.GetDirectories(Corpus).Select(Path.GetFileName).Order(StringComparer.Ordinal).Select(n => new object[] { n! });

    public required string Name { get; init; }

    public List<string> Expected { get; } = [];

    public List<string> Secrets { get; } = [];

    public List<string> Arguments { get; } = [];

    public List<string> Commands { get; } = ["build", "check", "diff"];

    /// <summary>Makes the case's release folder under <paramref name="scratch"/> (named as the case) and returns it.</summary>
    public static (HostileCase Case, string Folder) Materialize(string name, string scratch)
    {
        var hostile = new HostileCase { Name = name };
        var folder = Path.Combine(scratch, name);
        Directory.CreateDirectory(folder);
        var lines = File.ReadAllLines(Path.Combine(Corpus, name, "case.txt"));
        var baseName = lines.FirstOrDefault(l => l.StartsWith("base ", StringComparison.Ordinal))?[5..].Trim() ?? "alexco-2012-q2";
        if (baseName != "none")
            foreach (var file in Directory.GetFiles(Repository.Example(baseName)))
                File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        foreach (var line in lines)
        {
            if (line.Length == 0 || line.StartsWith('#') || line.StartsWith("base ", StringComparison.Ordinal)) continue;
            var (verb, rest) = Split(line, ' ');
            switch (verb)
            {
                case "copy-templates":
                    CopyDirectory(Repository.Templates, Path.Combine(folder, "templates"));
                    break;
                case "append":
                {
                    var (file, text) = Split(rest, ':');
                    File.AppendAllText(Path.Combine(folder, file), Expand(text.TrimStart()));
                    break;
                }
                case "replace":
                {
                    var (file, edit) = Split(rest, ':');
                    var parts = edit.TrimStart().Split(" => ", 2);
                    var path = Path.Combine(folder, file);
                    var content = File.ReadAllText(path);
                    var old = Expand(parts[0]);
                    var at = content.IndexOf(old, StringComparison.Ordinal);
                    if (at < 0) throw new InvalidOperationException($"case {name}: '{old}' is not in {file}");
                    File.WriteAllText(path, content[..at] + Expand(parts[1]) + content[(at + old.Length)..]);
                    break;
                }
                case "bytes":
                {
                    var (file, hex) = Split(rest, ':');
                    var bytes = hex.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(h => byte.Parse(h, NumberStyles.HexNumber, CultureInfo.InvariantCulture)).ToArray();
                    using var stream = new FileStream(Path.Combine(folder, file), FileMode.Append);
                    stream.Write(bytes);
                    break;
                }
                case "link":
                {
                    var parts = rest.Split(" -> ", 2);
                    var link = Path.Combine(folder, parts[0].Trim());
                    Directory.CreateDirectory(Path.GetDirectoryName(link)!);
                    if (File.Exists(link)) File.Delete(link);
                    File.CreateSymbolicLink(link, parts[1].Trim());
                    break;
                }
                case "alias-bomb":
                    File.AppendAllText(Path.Combine(folder, "release.yaml"), AliasBomb(int.Parse(rest, CultureInfo.InvariantCulture)));
                    break;
                case "args":
                    hostile.Arguments.AddRange(rest.Split(' ', StringSplitOptions.RemoveEmptyEntries));
                    break;
                case "only":
                    hostile.Commands.Clear();
                    hostile.Commands.AddRange(rest.Split(' ', StringSplitOptions.RemoveEmptyEntries));
                    break;
                case "expect":
                    hostile.Expected.Add(rest.Trim());
                    break;
                case "secret":
                    hostile.Secrets.Add(rest.Trim());
                    break;
                default:
                    throw new InvalidOperationException($"case {name}: unknown directive '{verb}'");
            }
        }
        return (hostile, folder);
    }

    private static (string, string) Split(string text, char separator)
    {
        var at = text.IndexOf(separator);
        return at < 0 ? (text.Trim(), "") : (text[..at].Trim(), text[(at + 1)..]);
    }

    private static string Expand(string text)
    {
        var expanded = Repeat().Replace(text, m => string.Concat(Enumerable.Repeat(m.Groups[2].Value, int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture))));
        expanded = NestedList().Replace(expanded, m => string.Concat(Enumerable.Range(0, int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).Select(i => new string(' ', i * 2) + "- item\n")));
        return Escape().Replace(expanded, m => m.Value[1] switch
        {
            'n' => "\n",
            '\\' => "\\",
            _ => ((char)int.Parse(m.Value[2..], NumberStyles.HexNumber, CultureInfo.InvariantCulture)).ToString(),
        });
    }

    private static string AliasBomb(int levels)
    {
        var yaml = new StringBuilder("\nbomb:\n  l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (var i = 1; i <= levels; i++)
            yaml.Append(CultureInfo.InvariantCulture, $"  l{i}: &l{i} [{string.Join(", ", Enumerable.Repeat($"*l{i - 1}", 9))}]\n");
        return yaml.ToString();
    }

    private static void CopyDirectory(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from)) File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        foreach (var dir in Directory.GetDirectories(from)) CopyDirectory(dir, Path.Combine(to, Path.GetFileName(dir)));
    }

    [GeneratedRegex("@repeat (\\d+) \"(.*?)\"@")]
    private static partial Regex Repeat();

    [GeneratedRegex("@nested-list (\\d+)@")]
    private static partial Regex NestedList();

    [GeneratedRegex(@"\\(n|\\|u[0-9A-Fa-f]{4})")]
    private static partial Regex Escape();
}

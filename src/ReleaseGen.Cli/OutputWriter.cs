using System.Text;

namespace ReleaseGen.Cli;

/// <summary>
/// Writes output files all-or-nothing: each file goes to a temporary name beside its target and is
/// moved into place only after every file of the release was produced, so a failure leaves nothing
/// half-written.
/// </summary>
public static class OutputWriter
{
    private static readonly UTF8Encoding Utf8NoBom = new(false);

    public static void WriteAll(string directory, IReadOnlyList<(string FileName, byte[] Content)> files)
    {
        Directory.CreateDirectory(directory);
        var staged = new List<(string Temp, string Target)>();
        try
        {
            foreach (var (fileName, content) in files)
            {
                var target = Path.Combine(directory, fileName);
                var temp = Path.Combine(directory, $".{fileName}.{Environment.ProcessId}.tmp");
                File.WriteAllBytes(temp, content);
                staged.Add((temp, target));
            }
            foreach (var (temp, target) in staged) File.Move(temp, target, overwrite: true);
        }
        finally
        {
            foreach (var (temp, _) in staged)
                if (File.Exists(temp)) File.Delete(temp);
        }
    }

    public static byte[] Text(string text) => Utf8NoBom.GetBytes(text);
}

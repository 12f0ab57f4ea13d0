using System.Diagnostics;
using System.Text.Json;
using ReleaseGen.Formats;
using ReleaseGen.Testing;

namespace ReleaseGen.Core.Tests.Html;

/// <summary>
/// The HTML page and the EDGAR exhibit of both examples (and the French edition) pass the validators
/// reviewers run: the W3C Nu HTML checker with no error, and axe-core in headless Chromium with no
/// serious or critical violation on the page. The tools are installed by tests/tools/install-test-tools.sh
/// (Java and Chromium from Debian; vnu-jar and axe-core from npm into tests/tools/node_modules).
/// </summary>
public class ExternalValidatorTests
{
    private static readonly string ToolsFolder = Path.Combine(Repository.Root, "tests", "tools", "node_modules");
    private static readonly string VnuJar = Path.Combine(ToolsFolder, "vnu-jar", "build", "dist", "vnu.jar");
    private static readonly string AxeScript = Path.Combine(ToolsFolder, "axe-core", "axe.min.js");

    private const string Advice = "run tests/tools/install-test-tools.sh (as root for the Debian packages)";

    public static TheoryData<string, string?> Editions => new()
    {
        { "alexco-2012-q2", null },
        { "alexco-2012-q2", "fr-CA" },
        { "us-gold-2024-q3", null },
    };

    private static IReadOnlyList<OutputFile> Build(string example, string? locale, params string[] formats)
    {
        var output = ReleasePipeline.Run(Repository.Example(example), Repository.Templates, locale);
        Assert.True(output.Succeeded, string.Join("\n", output.Diagnostics));
        return OutputFormatRegistry.Core.Render(output.Document!, formats);
    }

    private static string WriteAll(IEnumerable<OutputFile> files)
    {
        var folder = Scratch.Folder("releasegen-validators-");
        foreach (var file in files) File.WriteAllBytes(Path.Combine(folder, file.FileName), file.Content);
        return folder;
    }

    [Fact]
    public void The_Nu_checker_finds_no_error_in_the_pages_and_exhibits()
    {
        Assert.True(File.Exists(VnuJar), $"the W3C Nu checker (npm vnu-jar) is not installed: {Advice}");
        var files = Editions.SelectMany(e => Build((string)e[0], (string?)e[1], "html", "edgar")).ToList();
        Assert.Equal(6, files.Count);
        Assert.Equal(3, files.Count(f => f.FileName.EndsWith(".htm", StringComparison.Ordinal)));
        var folder = WriteAll(files);
        try
        {
            var paths = files.Select(f => Path.Combine(folder, f.FileName)).ToList();
            // --format json lists every message; "error" and "fatal" are what the checker counts as errors.
            var (exit, stdout, stderr) = Run("java", ["-jar", VnuJar, "--format", "json", "--stdout", "--exit-zero-always", .. paths], timeoutSeconds: 180);
            Assert.True(exit == 0, $"vnu failed to run ({exit}): {stderr}");
            using var report = JsonDocument.Parse(stdout);
            var errors = report.RootElement.GetProperty("messages").EnumerateArray()
                .Where(m => m.GetProperty("type").GetString() is "error" or "non-document-error"
                         || (m.TryGetProperty("subType", out var sub) && sub.GetString() == "fatal"))
                .Select(m => $"{Path.GetFileName(m.TryGetProperty("url", out var url) ? url.GetString() : "?")}:"
                           + $"{(m.TryGetProperty("lastLine", out var line) ? line.GetInt32() : 0)}: {m.GetProperty("message").GetString()}")
                .ToList();
            Assert.True(errors.Count == 0, "Nu checker errors:\n" + string.Join("\n", errors));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [MemberData(nameof(Editions))]
    public void Axe_finds_no_serious_or_critical_violation_on_the_page(string example, string? locale)
    {
        Assert.True(File.Exists(AxeScript), $"axe-core (npm) is not installed: {Advice}");
        var page = Build(example, locale, "html").Single();
        var folder = WriteAll([]);
        try
        {
            File.Copy(AxeScript, Path.Combine(folder, "axe.min.js"));
            // axe runs inside the page; its result is written into the DOM once it is done, and Chromium
            // prints the DOM after the page's (virtual) time has run out.
            const string Runner = "<script src=\"axe.min.js\"></script><script>"
                + "axe.run(document,{resultTypes:['violations']}).then(function(r){var o=document.createElement('pre');o.id='axe-result';"
                + "o.textContent=JSON.stringify(r.violations.map(function(v){return {id:v.id,impact:v.impact,help:v.help,"
                + "nodes:v.nodes.map(function(n){return n.target.join(' ')})}}));document.body.appendChild(o);},"
                + "function(e){var o=document.createElement('pre');o.id='axe-result';o.textContent='ERROR '+e;document.body.appendChild(o);});</script>";
            var html = System.Text.Encoding.UTF8.GetString(page.Content);
            Assert.Contains("</body>", html, StringComparison.Ordinal);
            var path = Path.Combine(folder, "page.html");
            File.WriteAllText(path, html.Replace("</body>", Runner + "</body>", StringComparison.Ordinal));

            var profile = Path.Combine(folder, "chromium-profile");
            var (exit, stdout, stderr) = Run("chromium",
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--virtual-time-budget=20000", "--dump-dom", new Uri(path).AbsoluteUri,
            ], timeoutSeconds: 120);
            Assert.True(exit == 0, $"chromium failed ({exit}): {stderr}");
            var match = System.Text.RegularExpressions.Regex.Match(stdout, "<pre id=\"axe-result\">(.*?)</pre>", System.Text.RegularExpressions.RegexOptions.Singleline);
            Assert.True(match.Success, "axe wrote no result into the page:\n" + stderr);
            var json = System.Net.WebUtility.HtmlDecode(match.Groups[1].Value);
            Assert.False(json.StartsWith("ERROR", StringComparison.Ordinal), json);
            using var violations = JsonDocument.Parse(json);
            var blocking = violations.RootElement.EnumerateArray()
                .Where(v => v.GetProperty("impact").GetString() is "serious" or "critical")
                .Select(v => $"{v.GetProperty("impact").GetString()} {v.GetProperty("id").GetString()}: {v.GetProperty("help").GetString()} at "
                           + string.Join(", ", v.GetProperty("nodes").EnumerateArray().Select(n => n.GetString())))
                .ToList();
            Assert.True(blocking.Count == 0, "axe violations:\n" + string.Join("\n", blocking));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static (int Exit, string Stdout, string Stderr) Run(string program, IReadOnlyList<string> arguments, int timeoutSeconds)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
            StandardErrorEncoding = System.Text.Encoding.UTF8,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            Assert.Fail($"{program} is not installed: {Advice}");
            throw;
        }
        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(timeoutSeconds * 1000))
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail($"{program} did not finish in {timeoutSeconds} s");
            }
            return (process.ExitCode, stdout.Result, stderr.Result);
        }
    }
}

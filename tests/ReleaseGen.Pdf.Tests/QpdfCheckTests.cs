using System.Diagnostics;
using ReleaseGen.Diff;
using ReleaseGen.Formats;
using ReleaseGen.Testing;

namespace ReleaseGen.Pdf.Tests;

/// <summary>
/// Every kind of PDF the project writes passes <c>qpdf --check</c> with no warning: both examples, the
/// French build, A4, and the blackline. qpdf is installed by tests/tools/install-test-tools.sh (.ci/run).
/// </summary>
public class QpdfCheckTests
{
    public static TheoryData<string> Cases() => ["alexco-2012-q2", "us-gold-2024-q3", "alexco-2012-q2 fr-CA", "alexco-2012-q2 a4", "blackline"];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Qpdf_finds_no_error_and_no_warning(string name)
    {
        var (status, output) = Qpdf(Build(name));
        Assert.True(status == 0 && !output.Contains("WARNING", StringComparison.OrdinalIgnoreCase),
            $"qpdf --check on {name} exited {status}:\n{output}");
        Assert.Contains("No syntax or stream encoding errors found", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Qpdf_reports_a_broken_file_so_the_check_can_fail()
    {
        var pdf = Build("alexco-2012-q2");
        // Corrupt one byte inside the first compressed stream (the first page's content).
        var at = System.Text.Encoding.Latin1.GetString(pdf).IndexOf("stream\n", StringComparison.Ordinal) + 7 + 40;
        pdf[at] ^= 0x5A;
        var (status, output) = Qpdf(pdf);
        Assert.True(status != 0 || output.Contains("WARNING", StringComparison.OrdinalIgnoreCase), output);
    }

    internal static byte[] Build(string name)
    {
        if (name == "blackline")
        {
            var copy = Repository.CopyExample("alexco-2012-q2");
            var data = Path.Combine(copy, "release.yaml");
            File.WriteAllText(data, File.ReadAllText(data).Replace("silver_oz: 458472,", "silver_oz: 459472,", StringComparison.Ordinal));
            var oldOutput = ReleasePipeline.Run(Repository.Example("alexco-2012-q2"), Repository.Templates);
            var newOutput = ReleasePipeline.Run(copy, Repository.Templates);
            var diff = ReleaseDiff.Compare(DiffSide.FromRelease("approved", oldOutput), DiffSide.FromRelease("draft", newOutput));
            return BlacklinePdfRenderer.Render(diff, PdfDocumentInfo.From(diff.New.Release!.Document!));
        }
        var parts = name.Split(' ');
        var output = ReleasePipeline.Run(Repository.Example(parts[0]), Repository.Templates, parts.Length > 1 && parts[1].Contains('-') ? parts[1] : null);
        Assert.True(output.Succeeded, string.Join("\n", output.Diagnostics));
        var options = parts.Length > 1 && parts[1] == "a4" ? FormatOptions.Default with { PageSize = "a4" } : FormatOptions.Default;
        return new PdfFormat().Render(output.Document!, options).Single().Content;
    }

    internal static (int Status, string Output) Qpdf(byte[] pdf)
    {
        var path = Path.Combine(Scratch.Folder("releasegen-qpdf-"), "checked.pdf");
        File.WriteAllBytes(path, pdf);
        try
        {
            var start = new ProcessStartInfo("qpdf", ["--check", path]) { RedirectStandardOutput = true, RedirectStandardError = true };
            using var process = Start(start);
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode, stdout.Result + stderr);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static Process Start(ProcessStartInfo start)
    {
        try
        {
            return Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            Assert.Fail("qpdf is not installed: run tests/tools/install-test-tools.sh qpdf:qpdf as root, or apt-get install qpdf");
            throw;
        }
    }
}

using System.Diagnostics;
using AngleSharp.Html.Parser;
using ReleaseGen.Core.Tests.Examples;
using Markdig.Syntax;
using ReleaseGen.Markdown;

namespace ReleaseGen.Core.Tests.Tables;

/// <summary>
/// Reviewers read the .md in the pull request: GitHub's own Markdown engine (cmark-gfm, installed by
/// tests/tools/install-test-tools.sh) renders every table of both examples as a table, with every row.
/// </summary>
public class GitHubMarkdownTests
{
    public static TheoryData<string, string?> Releases => new()
    {
        { "alexco-2012-q2", null },
        { "alexco-2012-q2", "fr-CA" },
        { "us-gold-2024-q3", null },
    };

    [Theory]
    [MemberData(nameof(Releases))]
    public void Cmark_gfm_renders_every_table_as_a_table(string example, string? locale)
    {
        var document = ReferenceReleaseTests.BuildDocument(TestData.Example(example), locale);
        var html = new HtmlParser().ParseDocument(CmarkGfm(document.Markdown));
        var models = document.Syntax.Descendants<ReleaseTableBlock>().Select(b => b.Model!).ToList();
        var tables = html.QuerySelectorAll("table").ToList();
        Assert.Equal(models.Count, tables.Count);
        for (var t = 0; t < models.Count; t++)
        {
            var model = models[t];
            var rows = tables[t].QuerySelectorAll("tbody tr").ToList();
            Assert.Equal(model.Rows.Count, rows.Count);
            Assert.All(rows, row => Assert.Equal(model.ColumnCount, row.QuerySelectorAll("td").Length));
            for (var r = 0; r < rows.Count; r++)
            {
                var label = rows[r].QuerySelector("td")!.TextContent.Replace('\u00A0', ' ').Trim();
                Assert.Equal((model.Rows[r].Label + model.Rows[r].Marks).Replace('\u00A0', ' '), label);
            }
            // The markers GitHub hides stay hidden: no comment text leaks into the page.
            Assert.DoesNotContain("releasegen:table", html.Body!.TextContent, StringComparison.Ordinal);
            if (model.Title is { } title) Assert.Contains(title, html.Body.TextContent, StringComparison.Ordinal);
        }
    }

    private static string CmarkGfm(string markdown)
    {
        var start = new ProcessStartInfo("cmark-gfm", "--extension table --extension strikethrough --extension autolink")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
        };
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            Assert.Fail("cmark-gfm is not installed: run tests/tools/install-test-tools.sh as root, or apt-get install cmark-gfm");
            throw;
        }
        using (process)
        {
            using (var input = new StreamWriter(process.StandardInput.BaseStream, new System.Text.UTF8Encoding(false))) input.Write(markdown);
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            Assert.Equal(0, process.ExitCode);
            return output;
        }
    }
}

using System.Text;
using ReleaseGen.Diagnostics;
using ReleaseGen.Formats;
using ReleaseGen.Testing;
using ReleaseGen.Tieout;

namespace ReleaseGen.Core.Tests.Tieout;

/// <summary>
/// <see cref="TieoutRunner"/>: a release that does not build, a document that cannot be read (kind,
/// existence, size, a link out of its folder, a reader that fails) each end as one RG700 finding with
/// no result; the rules' codes, titles and reasons; and the reviewer's HTML trace of a small document.
/// </summary>
public sealed class TieoutRunnerTests : IDisposable
{
    private readonly string _dir = Scratch.Folder("tieout-runner-");

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static readonly string Alexco = TestData.Example("alexco-2012-q2");

    private string Write(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static TieoutRun Run(string path, FinalDocumentReaders? readers = null) =>
        TieoutRunner.Run(path, Alexco, readers ?? FinalDocumentReaders.Core, TestData.Templates);

    private static void AssertUnreadable(TieoutRun run, string path, string message)
    {
        Assert.Null(run.Result);
        var finding = Assert.Single(run.Diagnostics);
        Assert.Equal($"{path}(1,1): error RG700: {message}", finding.ToString());
        Assert.Equal((1, 0), (run.Errors, run.Warnings));
    }

    [Fact]
    public void An_unknown_kind_of_file_is_unreadable_and_names_the_kinds_tieout_reads()
    {
        var path = Write("final.odt", "x");
        AssertUnreadable(Run(path), path, "cannot read this kind of file; tieout reads .md, .markdown, .html, .htm, .txt, .text");
    }

    [Fact]
    public void A_missing_file_is_unreadable()
    {
        var path = Path.Combine(_dir, "missing.md");
        AssertUnreadable(Run(path), path, "the file does not exist");
    }

    [Fact]
    public void A_file_past_the_size_limit_is_refused_before_it_is_read()
    {
        var path = Path.Combine(_dir, "huge.md");
        using (var stream = File.Create(path)) stream.SetLength(TieoutRunner.MaxDocumentBytes + 1); // sparse: nothing is written
        AssertUnreadable(Run(path), path, "the file is larger than 64 MB");
    }

    [Fact]
    public void A_link_out_of_the_documents_folder_is_not_followed()
    {
        var outside = Scratch.Folder("tieout-outside-");
        try
        {
            File.WriteAllText(Path.Combine(outside, "secret.md"), "Silver was 458,472 ounces.");
            var path = Path.Combine(_dir, "final.md");
            File.CreateSymbolicLink(path, Path.Combine(outside, "secret.md"));
            var run = Run(path);
            Assert.Null(run.Result);
            Assert.Equal("RG700", Assert.Single(run.Diagnostics).Code);
        }
        finally
        {
            Directory.Delete(outside, recursive: true);
        }
    }

    private sealed class FailingReader(Exception failure) : IFinalDocumentReader
    {
        public string Kind => "fake";

        public IReadOnlyList<string> Extensions { get; } = [".fake"];

        public FinalDocument Read(string path, byte[] content) => throw failure;
    }

    [Fact]
    public void A_reader_that_fails_gives_a_finding_not_a_crash()
    {
        var path = Write("final.fake", "x");
        AssertUnreadable(Run(path, new FinalDocumentReaders([new FailingReader(new FinalDocumentException("not a fake file"))])), path, "not a fake file");
        AssertUnreadable(Run(path, new FinalDocumentReaders([new FailingReader(new InvalidOperationException("boom"))])), path,
            "the file cannot be read as fake (InvalidOperationException: boom)");
    }

    [Fact]
    public void A_release_that_does_not_build_gives_its_own_errors_and_no_result()
    {
        var release = Directory.CreateDirectory(Path.Combine(_dir, "release")).FullName;
        File.WriteAllText(Path.Combine(release, "release.yaml"), TestData.MinimalYaml.Replace("period: 2024-Q2", "period: 2024-Q9", StringComparison.Ordinal));
        var path = Write("final.md", "Nothing.");
        var run = TieoutRunner.Run(path, release, FinalDocumentReaders.Core, TestData.Templates);
        Assert.Null(run.Result);
        Assert.NotEmpty(run.Diagnostics);
        Assert.All(run.Diagnostics, d => Assert.True(d.IsError));
        Assert.DoesNotContain(run.Diagnostics, d => d.Code.StartsWith("RG7", StringComparison.Ordinal));
    }

    [Fact]
    public void A_readable_document_is_tied_and_its_counts_are_the_findings()
    {
        var path = Write("final.md", "Silver production was 458,742 ounces in the second quarter of 2012.\n\nA bonus of 12,345 was paid.\n");
        var run = Run(path);
        Assert.NotNull(run.Result);
        Assert.Equal(["RG702", "RG710"], run.Diagnostics.Select(d => d.Code));
        Assert.Equal((1, 1), (run.Errors, run.Warnings));
        Assert.Equal(run.Result!.Diagnostics, run.Diagnostics);
        Assert.Equal(path, run.Result.Document.Path);
    }

    [Fact]
    public void Every_rule_has_its_code_severity_title_and_reason_and_the_docs_name_it()
    {
        Assert.Equal(["RG700", "RG701", "RG702", "RG703", "RG704", "RG705", "RG706", "RG707", "RG708", "RG709", "RG710", "RG711", "RG712"], TieoutRule.All.Select(r => r.Code));
        Assert.Equal(["RG710", "RG711", "RG712"], TieoutRule.All.Where(r => r.Severity == Severity.Warning).Select(r => r.Code));
        var docs = File.ReadAllText(Path.Combine(TestData.RepositoryRoot, "docs", "tieout.md"));
        Assert.All(TieoutRule.All, rule =>
        {
            Assert.False(string.IsNullOrWhiteSpace(rule.Why));
            Assert.EndsWith(".", rule.Why, StringComparison.Ordinal);
            if (rule.Code != "RG700") Assert.Contains($"| {rule.Code} {rule.Title} |", docs, StringComparison.Ordinal);
        });
        Assert.Equal("The final document can be read", TieoutRule.All[0].Title);
        var finding = new WeekdayRule().Finding("final.md", new TextPosition(3, 7), "message");
        Assert.Equal(new Diagnostic(Severity.Error, "RG708", "message", new SourceLocation("final.md", 3, 7)), finding);
    }

    [Fact]
    public void The_html_trace_of_a_small_document()
    {
        var path = Write("final.md", string.Join("\n",
            "Silver production was 458,742 ounces in the second quarter of 2012, on Tuesday, August 7, 2012 <&>.",
            "",
            "A bonus of 12,345 was paid; mill availability was 90%.",
            "",
            "| | Three Months Ended June 30, 2012 |",
            "| --- | ---: |",
            "| Ore tonnes mined | 21,273 |",
            "| Ore tonnes processed | 22,209 |"));
        var run = Run(path);
        Snapshot.Verify(TieoutReport.WriteHtml(run.Result!, "final <1>.md"), new SnapshotSettings().UseExtension("html").ScrubReplace(_dir, "{dir}").ScrubReplace(TestData.RepositoryRoot, "{repo}"));
    }
}

using System.Globalization;
using System.Text;
using ReleaseGen.Checks;
using ReleaseGen.Diagnostics;
using ReleaseGen.Loading;
using ReleaseGen.Safety;
using ReleaseGen.Testing;

namespace ReleaseGen.Core.Tests.Safety;

/// <summary>docs/security.md: what a release folder and a template set may read, and how it is read.</summary>
public class TrustBoundaryTests
{
    private static string Scratch() => ReleaseGen.Testing.Scratch.Folder("releasegen-boundary");

    [Fact]
    public void A_file_inside_the_root_is_read_as_text()
    {
        var root = Scratch();
        File.WriteAllBytes(Path.Combine(root, "a.md"), [0xEF, 0xBB, 0xBF, .. "one\r\ntwo\n"u8]);
        Assert.Equal("one\ntwo\n", SourceFiles.ReadText(Path.Combine(root, "a.md"), root));
    }

    [Fact]
    public void A_link_inside_the_root_to_a_file_inside_it_is_allowed()
    {
        var root = Scratch();
        Directory.CreateDirectory(Path.Combine(root, "shared"));
        File.WriteAllText(Path.Combine(root, "shared", "text.md"), "shared");
        File.CreateSymbolicLink(Path.Combine(root, "narrative.md"), Path.Combine("shared", "text.md"));
        Assert.Equal("shared", SourceFiles.ReadText(Path.Combine(root, "narrative.md"), root));
    }

    [Theory]
    [InlineData("/etc/passwd")]
    [InlineData("/proc/self/environ")]
    [InlineData("/dev/zero")]
    public void A_link_to_a_file_outside_the_root_is_refused(string target)
    {
        var root = Scratch();
        var link = Path.Combine(root, "narrative.md");
        File.CreateSymbolicLink(link, target);
        var error = Assert.Throws<SourceFileException>(() => SourceFiles.ReadText(link, root));
        Assert.Equal(DiagnosticCodes.FileNotAllowed, error.Code);
        Assert.Equal($"'{link}' resolves to a file outside '{root}': a release or template set may read only files inside its own folder", error.Message);
    }

    [Fact]
    public void A_linked_folder_that_leads_outside_is_refused_and_so_is_dot_dot_through_it()
    {
        var outside = Scratch();
        File.WriteAllText(Path.Combine(outside, "secret.md"), "secret");
        Directory.CreateDirectory(Path.Combine(outside, "deep"));
        var root = Scratch();
        Directory.CreateSymbolicLink(Path.Combine(root, "linked"), outside);
        Directory.CreateSymbolicLink(Path.Combine(root, "deeplink"), Path.Combine(outside, "deep"));

        Assert.Throws<SourceFileException>(() => SourceFiles.ReadText(Path.Combine(root, "linked", "secret.md"), root));
        // Lexically deeplink/../secret.md is root/secret.md; the file system follows the link first.
        Assert.Throws<SourceFileException>(() => SourceFiles.ReadText(Path.Combine(root, "deeplink", "..", "secret.md"), root));
    }

    [Fact]
    public void A_loop_of_links_is_refused_with_a_message()
    {
        var root = Scratch();
        var link = Path.Combine(root, "loop.yaml");
        File.CreateSymbolicLink(link, "loop.yaml");
        var error = Assert.Throws<SourceFileException>(() => SourceFiles.ReadText(link, root));
        Assert.Contains("loop of symbolic links", error.Message);
    }

    [Fact]
    public void A_file_over_the_size_limit_is_refused_without_reading_it_whole()
    {
        var root = Scratch();
        File.WriteAllText(Path.Combine(root, "big.md"), new string('x', 5000));
        var error = Assert.Throws<SourceFileException>(() => SourceFiles.ReadText(Path.Combine(root, "big.md"), root, Limits.Default with { FileSize = 4096 }));
        Assert.Equal(DiagnosticCodes.LimitExceeded, error.Code);
        Assert.Equal("the file is larger than the file-size limit (4096; raise it with --limit file-size=N)", error.Message);
    }

    // A file may hold more than its size says (one being written; /proc reports none): it is read to its
    // end, and the limit still holds. Linux's /proc/self/maps is such a file, several buffers long.
    [Fact]
    public void A_file_longer_than_its_reported_size_is_read_whole_and_still_bounded()
    {
        if (!OperatingSystem.IsLinux()) return;
        Assert.Equal(0, new FileInfo("/proc/self/maps").Length);
        var text = SourceFiles.ReadText("/proc/self/maps", "/proc/self");
        Assert.True(text.Length > 8192, $"read {text.Length} characters");
        Assert.EndsWith("\n", text);
        Assert.Contains("[stack]", text);

        var error = Assert.Throws<SourceFileException>(() => SourceFiles.ReadText("/proc/self/maps", "/proc/self", Limits.Default with { FileSize = 6000 }));
        Assert.Equal(DiagnosticCodes.LimitExceeded, error.Code);
        Assert.Equal("the file is larger than the file-size limit (6000; raise it with --limit file-size=N)", error.Message);
    }

    [Fact]
    public void Invalid_utf8_is_an_error_at_its_line_and_column()
    {
        var root = Scratch();
        File.WriteAllBytes(Path.Combine(root, "a.md"), [.. "first\nab"u8, 0xC3, 0x28]);
        var error = Assert.Throws<SourceFileException>(() => SourceFiles.ReadText(Path.Combine(root, "a.md"), root));
        Assert.Equal((DiagnosticCodes.InvalidText, 2, 3), (error.Code, error.Line, error.Column));
        Assert.Equal("the file is not valid UTF-8 text (byte 0xC3); save it as UTF-8", error.Message);
    }

    [Theory]
    [InlineData('\u202E', "U+202E (a bidirectional control)")]
    [InlineData('\u0007', "U+0007 (a control character)")]
    [InlineData('\u2066', "U+2066 (a bidirectional control)")]
    public void Controls_and_bidirectional_overrides_are_errors(char control, string name)
    {
        var error = Assert.Throws<SourceFileException>(() => SourceFiles.Decode(Encoding.UTF8.GetBytes($"ok\nsee {control}here")));
        Assert.Equal((2, 5), (error.Line, error.Column));
        Assert.Equal($"{name} is not allowed in a release's text", error.Message);
    }

    [Fact]
    public void Every_character_is_refused_exactly_when_it_is_a_forbidden_control_or_half_a_surrogate_pair()
    {
        for (var c = char.MinValue; ; c++)
        {
            var refused = SourceFiles.IsForbidden(c) || char.IsSurrogate(c);
            Assert.True(refused == SourceFiles.FindForbidden("ab" + c) is 2, $"U+{(int)c:X4}");
            if (c == char.MaxValue) break;
        }
    }

    // Written in code, not as attribute data: an attribute's string is stored as UTF-8, which has no lone surrogates.
    [Fact]
    public void Surrogate_pairs_are_text_and_their_halves_alone_are_not()
    {
        const char high = '\uD83D', low = '\uDE00'; // the halves of U+1F600, an emoji
        Assert.Null(SourceFiles.FindForbidden($"a{high}{low}b"));
        Assert.Null(SourceFiles.FindForbidden($"{high}{low}{high}{low}"));
        Assert.Equal(0, SourceFiles.FindForbidden($"{low}{high}"));          // halves in the wrong order
        Assert.Equal(1, SourceFiles.FindForbidden($"x{high}"));              // a high half at the end
        Assert.Equal(3, SourceFiles.FindForbidden($"{high}{low}x{high}y"));  // a high half before a letter
        Assert.Equal(2, SourceFiles.FindForbidden($"{high}{low}\u202E"));    // a bidirectional override after a pair
        Assert.Null(SourceFiles.FindForbidden("ok\tok\r\n"));
    }

    [Fact]
    public void The_narrative_must_be_a_relative_md_path_inside_the_release_folder()
    {
        foreach (var narrative in new[] { "../other/narrative.md", "/etc/passwd.md", "sub/../../x.md", "narrative.txt" })
        {
            var yaml = TestData.MinimalYaml.Replace("  period: 2024-Q2\n", $"  period: 2024-Q2\n  narrative: {narrative}\n", StringComparison.Ordinal);
            var result = ReleaseLoader.LoadText("folder", "folder/release.yaml", yaml);
            var error = Assert.Single(result.Diagnostics);
            Assert.Equal(DiagnosticCodes.FileNotAllowed, error.Code);
            Assert.Equal(10, error.Location.Line);
        }
    }

    [Fact]
    public void Include_takes_a_partial_name_never_a_path()
    {
        Assert.True(ReleaseGen.Templating.TemplateSet.IsPartialName("forward-looking"));
        Assert.False(ReleaseGen.Templating.TemplateSet.IsPartialName("../../etc/passwd"));
        Assert.False(ReleaseGen.Templating.TemplateSet.IsPartialName("/etc/passwd"));
        Assert.False(ReleaseGen.Templating.TemplateSet.IsPartialName("about.fr-CA"));
    }

    [Fact]
    public void A_history_link_outside_the_history_folder_is_an_error_there()
    {
        var copy = Repository.CopyExample();
        Directory.CreateDirectory(Path.Combine(copy, "history"));
        File.CreateSymbolicLink(Path.Combine(copy, "history", "2012-q1.yaml"), "/etc/passwd");
        var result = ReleaseChecker.Check(copy, new CheckOptions(TestData.Templates));
        var error = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.FileNotAllowed);
        Assert.Equal(Path.Combine(copy, "history", "2012-q1.yaml"), error.Location.Path);
        Assert.DoesNotContain(result.Diagnostics, d => d.Message.Contains("root:", StringComparison.Ordinal));
    }
}

using ReleaseGen.Html;

namespace ReleaseGen.Core.Tests.Html;

/// <summary>The EDGAR lint's own tests: for every rule a fixture that breaks it and one that does not.</summary>
public class EdgarLintTests
{
    private static string Document(string body) =>
        "<html>\n<head>\n<title>t</title>\n</head>\n<body>\n" + body + "\n</body>\n</html>\n";

    public static TheoryData<string, string, string> Rules => new()
    {
        // code, breaks the rule, keeps the rule
        { EdgarLint.DisallowedElement, "<p>a</p><script>alert(1)</script>", "<p>a</p>" },
        { EdgarLint.DisallowedElement, "<table><thead><tr><th>a</th></tr></thead></table>", "<table><tr><th>a</th></tr></table>" },
        { EdgarLint.DisallowedElement, "<iframe></iframe>", "<div>a</div>" },
        { EdgarLint.UnrecognizedElement, "<p><span>a</span></p>", "<p><b>a</b></p>" },
        { EdgarLint.EventAttribute, "<p onclick=\"alert(1)\">a</p>", "<p style=\"color: #000000\">a</p>" },
        { EdgarLint.ExternalReference, "<a href=\"https://www.example.com/\">site</a>", "<a href=\"#notes\">notes</a>" },
        { EdgarLint.ExternalReference, "<a href=\"mailto:ir@example.com\">mail</a>", "<p>ir@example.com</p>" },
        { EdgarLint.ExternalReference, "<img src=\"//cdn.example.com/logo.gif\">", "<img src=\"logo.gif\">" },
        { EdgarLint.ActiveContent, "<a href=\" JavaScript:alert(1)\">x</a>", "<a href=\"#x\">x</a>" },
        { EdgarLint.DataUrl, "<img src=\"data:image/gif;base64,R0lGODlhAQABAAAAACw=\">", "<img src=\"pixel.gif\">" },
        { EdgarLint.NestedTable, "<table><tr><td><table><tr><td>a</td></tr></table></td></tr></table>", "<table><tr><td>a</td></tr></table><table><tr><td>b</td></tr></table>" },
        { EdgarLint.StyleReference, "<p style=\"background: URL(logo.gif)\">a</p>", "<p style=\"font-weight: bold\">a</p>" },
        { EdgarLint.NonAsciiCharacter, "<p>Montr\u00e9al</p>", "<p>Montr&#233;al</p>" },
        { EdgarLint.DisallowedAttribute, "<p xmlns=\"urn:x\">a</p>", "<p title=\"x\">a</p>" },
        { EdgarLint.ImageFileType, "<img src=\"logo.png\">", "<img src=\"logo.jpg\">" },
    };

    [Theory]
    [MemberData(nameof(Rules))]
    public void Each_rule_reports_its_fixture_and_only_its_code(string code, string breaking, string keeping)
    {
        var findings = EdgarLint.Check(Document(breaking));
        Assert.NotEmpty(findings);
        Assert.All(findings, f => Assert.Equal(code, f.Code));

        Assert.Empty(EdgarLint.Check(Document(keeping)));
    }

    [Fact]
    public void Every_code_is_covered_by_a_fixture()
    {
        var codes = typeof(EdgarLint).GetFields()
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!)
            .ToHashSet();
        var tested = Rules.Select(row => (string)row[0]).ToHashSet();
        Assert.Equal(codes.Order(), tested.Order());
        Assert.Equal(codes.Order(), EdgarLint.Rules.Select(r => r.Code).Order());
        Assert.All(codes, c => Assert.Matches("^EDGAR0[0-9][0-9]$", c));
    }

    [Fact]
    public void Findings_carry_the_source_line_and_column()
    {
        var html = "<html>\n<body>\n<p>fine</p>\n    <span onclick=\"x\">a</span>\n</body>\n</html>\n";
        var findings = EdgarLint.Check(html);
        Assert.Equal(
            [
                new EdgarFinding(4, 5, EdgarLint.UnrecognizedElement, "element <span> is not one EDGAR recognises (HTML 3.2/4.0 set)"),
                new EdgarFinding(4, 5, EdgarLint.EventAttribute, "event attribute 'onclick' on <span> is not allowed"),
            ],
            findings);
        Assert.Equal("x.htm(4,5): error EDGAR003: event attribute 'onclick' on <span> is not allowed", findings[1].Format("x.htm"));
    }

    [Fact]
    public void Elements_the_parser_implies_are_not_reported()
    {
        // An HTML parser inserts tbody (and html/head/body) itself; only what is written counts.
        Assert.Empty(EdgarLint.Check("<table><tr><td>a</td></tr></table>"));
        Assert.Single(EdgarLint.Check("<table><tbody><tr><td>a</td></tr></tbody></table>"));
    }

    [Fact]
    public void Non_ascii_is_reported_once_per_line_at_its_column()
    {
        var findings = EdgarLint.Check("<p>\u2014 a \u2014</p>\n<p>b \u00e9</p>");
        Assert.Equal([(1, 4), (2, 6)], findings.Select(f => (f.Line, f.Column)));
        Assert.Contains("U+2014", findings[0].Message);
    }
}

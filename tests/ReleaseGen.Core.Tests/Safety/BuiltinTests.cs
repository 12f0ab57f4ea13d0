using System.Globalization;
using ReleaseGen.Diagnostics;
using ReleaseGen.Testing;

namespace ReleaseGen.Core.Tests.Safety;

/// <summary>Scriban's built-ins that read the clock, randomness or the machine's culture are removed or made invariant.</summary>
public class BuiltinTests
{
    private static ReleaseOutput RenderWith(string narrativeTail, ReleaseGen.Safety.Limits? limits = null)
    {
        var copy = Repository.CopyExample();
        File.AppendAllText(Path.Combine(copy, "narrative.md"), "\n\n" + narrativeTail + "\n");
        return ReleasePipeline.Run(copy, TestData.Templates, limits: limits);
    }

    /// <summary>
    /// Each string stays under output-size and the loop under Scriban's iteration limit, yet together they would
    /// allocate gigabytes: the memory budget (render-mb) stops it at its template position.
    /// </summary>
    [Fact]
    public void A_template_that_allocates_without_end_stops_at_render_mb()
    {
        var output = RenderWith("{{ for i in 1..9000; s = \"x\" | string.pad_right 1000000; end }}", ReleaseGen.Safety.Limits.Default with { RenderMegabytes = 64 });
        var error = Assert.Single(output.Diagnostics, d => d.IsError);
        Assert.Equal(DiagnosticCodes.LimitExceeded, error.Code);
        Assert.Equal("rendering allocated more memory than the render-mb limit (64; raise it with --limit render-mb=N)", error.Message);
        Assert.EndsWith("narrative.md", error.Location.Path);
    }

    [Fact]
    public void Capitalize_and_sort_give_the_same_text_on_a_turkish_machine()
    {
        var culture = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("tr-TR");
        try
        {
            var output = RenderWith("Marker: {{ \"istanbul\" | string.capitalize }} {{ [\"b\", \"a\", \"B\", \"\u00e9\", \"e\"] | array.sort | array.join \",\" }} {{ \"i\" | string.upcase }}.");
            Assert.True(output.Succeeded, string.Join("\n", output.Diagnostics));
            var marker = output.Markdown!.Split('\n').Single(l => l.StartsWith("Marker:", StringComparison.Ordinal));
            Assert.Equal("Marker: Istanbul B,a,b,e,\u00e9 I.", marker);
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
    }

    [Theory]
    [InlineData("{{ date.now }}")]
    [InlineData("{{ date.utc_now }}")]
    [InlineData("{{ math.random 1 10 }}")]
    [InlineData("{{ math.uuid }}")]
    [InlineData("{{ object.eval \"1 + 1\" }}")]
    [InlineData("{{ object.typeof 1 }}")]
    public void Clock_randomness_and_evaluation_are_not_available(string expression)
    {
        var output = RenderWith(expression);
        Assert.False(output.Succeeded);
        Assert.Contains(output.Diagnostics, d => d.Code == DiagnosticCodes.TemplateRuntime && d.Location.Path.EndsWith("narrative.md", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("{{ issuer }}")]
    [InlineData("{{ qualified_person }}")]
    [InlineData("{{ qualified_person.location }}")]
    public void Structures_and_locations_do_not_print(string expression)
    {
        var output = RenderWith(expression);
        Assert.False(output.Succeeded);
        Assert.DoesNotContain(output.Diagnostics, d => d.Message.Contains("ReleaseGen.", StringComparison.Ordinal));
    }

    [Fact]
    public void A_catastrophic_regular_expression_stops_at_regex_ms()
    {
        var output = RenderWith("{{ 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!' | regex.match '(a+)+$' }}");
        var error = Assert.Single(output.Diagnostics, d => d.IsError);
        Assert.Equal(DiagnosticCodes.LimitExceeded, error.Code);
        Assert.Equal("a regular expression ran longer than the regex-ms limit (500; raise it with --limit regex-ms=N)", error.Message);
    }

    [Fact]
    public void A_doubling_string_stops_at_output_size()
    {
        var output = RenderWith("{{ x = \"ab\"; for i in 1..40; x = x + x; end; x }}");
        var error = Assert.Single(output.Diagnostics, d => d.IsError);
        Assert.Equal(DiagnosticCodes.LimitExceeded, error.Code);
        Assert.StartsWith("the template makes text longer than the output-size limit", error.Message);
    }

    [Fact]
    public void Markdown_nested_past_markdown_depth_is_an_error()
    {
        var output = RenderWith(new string('>', 40) + " deep");
        var error = Assert.Single(output.Diagnostics, d => d.IsError);
        Assert.Equal(DiagnosticCodes.LimitExceeded, error.Code);
        Assert.Contains("markdown-depth limit (32;", error.Message);
    }
}

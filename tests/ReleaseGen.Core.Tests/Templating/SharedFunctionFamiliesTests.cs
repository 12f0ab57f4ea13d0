using Scriban.Runtime;
using Scriban.Syntax;
using ReleaseGen.Core.Tests.Templating.Functions;
using ReleaseGen.Templating.Functions;

namespace ReleaseGen.Core.Tests.Templating;

/// <summary>
/// The function families are made once and shared by every render (as Scriban shares its built-ins), so
/// they must be frozen: what one release's template does to them must not reach the next release.
/// </summary>
public class SharedFunctionFamiliesTests
{
    [Fact]
    public void Every_render_gets_the_same_frozen_families()
    {
        var first = new ScriptObject();
        var second = new ScriptObject();
        FunctionLibrary.Register(first);
        FunctionLibrary.Register(second);
        foreach (var name in FunctionLibrary.Names)
        {
            var family = Assert.IsAssignableFrom<ScriptObject>(first[name]);
            Assert.Same(family, second[name]);
            Assert.True(family.IsReadOnly, name);
        }
    }

    [Theory]
    [InlineData("{{ num.extra = 1 }}")]
    [InlineData("{{ num.format = 1 }}")]
    [InlineData("{{ pct.change = \"x\" }}")]
    public void A_template_cannot_add_to_or_replace_a_shared_function(string template)
    {
        const string members = "{{ num | object.keys | array.join ',' }} / {{ pct | object.keys | array.join ',' }} / {{ num.format 458472 }}";
        var before = Fixtures.Render(members);

        var error = Assert.ThrowsAny<ScriptRuntimeException>(() => Fixtures.Render(template));
        Assert.Contains("read", error.Message, StringComparison.OrdinalIgnoreCase);

        // The next render sees the families as they were made.
        var after = Fixtures.Render(members);
        Assert.Equal(before, after);
        Assert.DoesNotContain("extra", after, StringComparison.Ordinal);
        Assert.EndsWith("/ 458,472", after, StringComparison.Ordinal);
    }
}

using Scriban;
using Scriban.Runtime;
using ReleaseGen.Templating;

namespace ReleaseGen.Core.Tests.Templating;

/// <summary>
/// The release context's built-ins are Scriban's own, less the unsafe ones, made only when a template names
/// a family, and copied for each context as Scriban copies its own.
/// </summary>
public class LazyBuiltinsTests
{
    private static string Render(string text, ScriptObject builtins)
    {
        var template = Template.Parse(text);
        Assert.False(template.HasErrors, string.Join("\n", template.Messages));
        return template.Render(new TemplateContext(builtins) { StrictVariables = true, EnableRelaxedMemberAccess = false });
    }

    [Fact]
    public void Every_scriban_built_in_is_offered_except_the_removed_ones()
    {
        var scriban = TemplateContext.GetDefaultBuiltinObject();
        IScriptObject lazy = new LazyBuiltins();
        var expected = scriban.Keys.Where(k => !SafeBuiltins.Removed.Contains(k)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expected, lazy.GetMembers().Order(StringComparer.Ordinal).ToList());
        foreach (var name in expected.Where(n => scriban[n] is ScriptObject { Count: > 0 }))
        {
            var family = Assert.IsAssignableFrom<ScriptObject>(((ScriptObject)lazy)[name]);
            var own = Assert.IsAssignableFrom<ScriptObject>(scriban[name]);
            var members = own.Keys.Where(m => !SafeBuiltins.Removed.Contains(name + "." + m)).ToList();
            Assert.Equal(members.Order(StringComparer.Ordinal), family.Keys.Order(StringComparer.Ordinal));
            foreach (var member in members)
            {
                // The same method behind each name (array.sort is replaced on purpose), read-only where Scriban makes it so.
                Assert.Equal(own.CanWrite(member), family.CanWrite(member));
                if (name == "array" && member == "sort") continue;
                if (own[member] is DynamicCustomFunction function)
                    Assert.Same(function.Method, Assert.IsAssignableFrom<DynamicCustomFunction>(family[member]).Method);
                else
                    Assert.Equal(own[member], family[member]);
            }
        }
    }

    [Fact]
    public void A_family_is_made_only_when_a_template_names_it()
    {
        var builtins = new LazyBuiltins();
        Assert.Empty(builtins.Keys);
        Assert.Equal("ABC", Render("{{ 'abc' | string.upcase }}", builtins));
        Assert.Equal(["string"], builtins.Keys);
        Assert.True(builtins.Contains("math"));
        Assert.Equal("3", Render("{{ [3, 1, 2] | array.size }}", builtins));
        Assert.Equal(["string", "array"], builtins.Keys);
    }

    [Fact]
    public void Each_context_has_its_own_copy_of_a_family()
    {
        var first = new LazyBuiltins();
        var second = new LazyBuiltins();
        Assert.NotSame(first["date"], second["date"]);
        Assert.NotSame(first["string"], second["string"]);
        Assert.Same(first["date"], first["date"]);
    }

    [Theory]
    [InlineData("{{ date.now }}", "Cannot get member")]
    [InlineData("{{ math.random 1 10 }}", "Cannot get member")]
    [InlineData("{{ include_join ['a'] }}", "not found")]
    public void Removed_built_ins_are_unknown(string text, string message)
    {
        var error = Assert.Throws<Scriban.Syntax.ScriptRuntimeException>(() => Render(text, new LazyBuiltins()));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{{ string = 1 }}")]
    [InlineData("{{ date = 'x' }}")]
    public void A_template_cannot_replace_a_family_it_has_not_used_yet(string text)
    {
        var error = Assert.Throws<Scriban.Syntax.ScriptRuntimeException>(() => Render(text, new LazyBuiltins()));
        Assert.Contains("read", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Sort_is_the_ordinal_sort_in_every_context()
    {
        Assert.Equal("B,a,b", Render("{{ ['b', 'a', 'B'] | array.sort | array.join ',' }}", new LazyBuiltins()));
        Assert.Equal("B,a,b", Render("{{ ['b', 'a', 'B'] | array.sort | array.join ',' }}", new LazyBuiltins()));
    }
}

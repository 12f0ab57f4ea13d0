using System.Reflection;
using ReleaseGen.Templating;
using ReleaseGen.Templating.Functions;
using Scriban.Runtime;

namespace ReleaseGen.Core.Tests.Templating.Functions;

/// <summary>
/// Families register their functions by name (no reflection, for the native build). Each must still offer
/// exactly what Scriban's import of the class would: every public static method and constant under its
/// snake_case name, read-only, and nothing else.
/// </summary>
public class FunctionRegistrationTests
{
    public static TheoryData<Type> Families =>
    [
        typeof(NumberFunctions), typeof(PercentFunctions), typeof(ComparisonFunctions), typeof(RateFunctions), typeof(UnitFunctions),
        typeof(DateFunctions), typeof(TimeFunctions), typeof(TextFunctions), typeof(PeriodFunctions),
        typeof(LinkFunctions), typeof(VocabularyFunctions), typeof(LiteralFunctions),
    ];

    [Theory]
    [MemberData(nameof(Families))]
    public void A_family_registers_every_public_static_member_under_its_snake_case_name(Type family)
    {
        var expected = family.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly).Where(m => !m.IsSpecialName).Select(m => m.Name)
            .Concat(family.GetFields(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly).Select(f => f.Name))
            .Select(StandardMemberRenamer.Rename)
            .Order(StringComparer.Ordinal)
            .ToList();

        var functions = (ScriptObject)Activator.CreateInstance(family)!;

        Assert.NotEmpty(expected);
        Assert.Equal(expected, functions.Keys.Order(StringComparer.Ordinal).ToList());
        Assert.All(functions.Keys, key => Assert.False(functions.CanWrite(key), $"{key} must be read-only"));
    }

    [Fact]
    public void Top_level_functions_and_the_families_are_in_the_globals()
    {
        var globals = new ScriptObject();
        FunctionLibrary.Register(globals);
        globals.Import(new LinkFunctions());
        globals.Import(new LiteralFunctions());

        Assert.True(globals["num"] is NumberFunctions num && num.ContainsKey("format") && num.ContainsKey("in_scale"));
        Assert.True(globals["units"] is UnitFunctions units && units["grams_per_troy_ounce"] is 31.1034768m);
        Assert.IsAssignableFrom<IScriptCustomFunction>(globals["is_safe"]);
        Assert.IsAssignableFrom<IScriptCustomFunction>(globals["literal"]);
    }

    [Fact]
    public void Only_a_public_static_method_is_registered_as_a_function()
    {
        var family = new ScriptObject();
        var error = Assert.Throws<ArgumentException>(() => family.Function(typeof(NumberFunctions).GetMethod("NoSuchMethod")));
        Assert.Equal("a family's function is one of its public static methods (Parameter 'method')", error.Message);
        Assert.Throws<ArgumentException>(() => family.Function(typeof(object).GetMethod(nameof(ToString))));
        family.Function(typeof(NumberFunctions).GetMethod(nameof(NumberFunctions.InScale)));
        Assert.Equal(["in_scale"], family.Keys);
        Assert.False(family.CanWrite("in_scale"));
    }
}

namespace ReleaseGen.Core.Tests.Fuzz;

// Time-bounded fuzz runs of the three targets (see FuzzRun): no input may crash them. One class each,
// so the runs share the machine with other tests instead of adding up one after the other.

public class YamlLoaderFuzzTests
{
    [Fact]
    public void The_yaml_loader_never_crashes() =>
        Assert.True(FuzzRun.ForDuration("yaml", FuzzTargets.YamlInputs, FuzzTargets.LoadYaml) > 0);
}

public class ExpressionParserFuzzTests
{
    [Fact]
    public void The_expression_parser_never_crashes() =>
        Assert.True(FuzzRun.ForDuration("expression", FuzzTargets.ExpressionInputs, FuzzTargets.ParseExpression) > 0);
}

public class TemplateRendererFuzzTests
{
    [Fact]
    public void The_template_renderer_never_crashes() =>
        Assert.True(FuzzRun.ForDuration("template", FuzzTargets.TemplateInputs, FuzzTargets.RenderNarrative) > 0);
}

/// <summary>Every input a fuzz run once crashed on (tests/fixtures/fuzz/TARGET/*.txt), replayed on every run.</summary>
public class FuzzFixtureTests
{
    public static IEnumerable<object[]> Fixtures() =>
        new[] { "yaml", "expression", "template" }
            .SelectMany(target => Directory.Exists(FuzzRun.FixtureFolder(target))
                ? Directory.GetFiles(FuzzRun.FixtureFolder(target), "*.txt").Order(StringComparer.Ordinal).Select(f => new object[] { target, Path.GetFileName(f) })
                : []);

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Replays_without_a_crash(string target, string file)
    {
        var input = File.ReadAllText(Path.Combine(FuzzRun.FixtureFolder(target), file));
        Action<string> check = target switch
        {
            "yaml" => FuzzTargets.LoadYaml,
            "expression" => FuzzTargets.ParseExpression,
            _ => FuzzTargets.RenderNarrative,
        };
        check(input);
    }
}

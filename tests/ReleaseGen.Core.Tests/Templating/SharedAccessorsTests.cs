using ReleaseGen.Diagnostics;
using ReleaseGen.Templating;
using Scriban.Parsing;

namespace ReleaseGen.Core.Tests.Templating;

/// <summary>Every release's template context reads .NET objects through accessors built once per type, with the same member filter.</summary>
public class SharedAccessorsTests
{
    public sealed class Sample
    {
        public string Name { get; init; } = "Keno Hill";

        public string DataPath { get; init; } = "/home/someone/release.yaml";

        public SourceLocation At { get; init; } = new("/home/someone/release.yaml", 3, 1);
    }

    private static ReleaseTemplateContext NewContext() =>
        new(new TemplateSet(TestData.Templates, "production-release", Path.Combine(TestData.Templates, "none"), null, TestData.Templates));

    [Fact]
    public void Two_contexts_share_one_accessor_per_type()
    {
        var target = new Sample();
        var first = NewContext().GetMemberAccessor(target);
        var second = NewContext().GetMemberAccessor(new Sample());
        Assert.Same(first, second);
        Assert.NotSame(first, NewContext().GetMemberAccessor(new Uri("https://example.com/")));
    }

    [Fact]
    public void A_shared_accessor_hides_what_the_filter_hides()
    {
        NewContext().GetMemberAccessor(new Sample()); // built (or found) by one context
        var context = NewContext();
        var accessor = context.GetMemberAccessor(new Sample());
        Assert.Equal(["name"], accessor.GetMembers(context, default(SourceSpan), new Sample()));
        Assert.True(accessor.TryGetValue(context, default, new Sample(), "name", out var name));
        Assert.Equal("Keno Hill", name);
    }

    [Fact]
    public void A_context_with_another_filter_builds_its_own()
    {
        var shared = NewContext().GetMemberAccessor(new Sample());
        var context = NewContext();
        context.MemberFilter = _ => true;
        var own = context.GetMemberAccessor(new Sample());
        Assert.NotSame(shared, own);
        Assert.Equal(["name", "data_path", "at"], own.GetMembers(context, default, new Sample()));
    }
}

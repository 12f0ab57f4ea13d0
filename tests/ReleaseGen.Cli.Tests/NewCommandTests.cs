using ReleaseGen.Scaffolding;
using ReleaseGen.Testing;

namespace ReleaseGen.Cli.Tests;

public class NewCommandTests
{
    [Fact]
    public void New_then_build_lists_what_to_fill_in()
    {
        var folder = Path.Combine(CliRunner.TempFolder(), "2025-q2");
        var (exit, stdout, stderr) = CliRunner.Run("new", folder);
        Assert.Equal(0, exit);
        Assert.Equal("", stderr);
        Assert.Contains($"created {Path.Combine(folder, "release.yaml")}", stdout);
        Assert.Contains($"created {Path.Combine(folder, "narrative.md")}", stdout);

        var data = File.ReadAllText(Path.Combine(folder, "release.yaml"));
        Assert.StartsWith("# yaml-language-server: $schema=./release.schema.json\n", data);
        Assert.Contains("template: production-release", data);
        foreach (var section in Schema.DataFile.Root.Keys) Assert.Contains($"\n{section}:", data);

        var outDir = CliRunner.TempFolder();
        (exit, stdout, stderr) = CliRunner.Run("build", folder, "--out", outDir, "--templates", CliRunner.Templates);
        Assert.Equal(1, exit);
        Assert.Empty(Directory.GetFileSystemEntries(outDir));
        Assert.DoesNotContain("   at ", stderr);
        Assert.All(stderr.TrimEnd('\n').Split('\n').SkipLast(2), line => Assert.Contains("error RG111:", line));
        Snapshot.Verify(stderr, new SnapshotSettings().ScrubReplace(folder, "FOLDER"));
    }

    [Fact]
    public void A_scaffold_filled_in_builds()
    {
        var folder = Path.Combine(CliRunner.TempFolder(), "2025-q2");
        Assert.Equal(0, CliRunner.Run("new", folder).ExitCode);
        var path = Path.Combine(folder, "release.yaml");
        var data = File.ReadAllText(path)
            .Replace("date: TODO", "date: 2025-07-15")
            .Replace("period: TODO", "period: 2025-Q2")
            .Replace("  2025-Q2: { ore_processed: TODO }", "  2025-Q2: { ore_processed: 120 }\n  2024-Q2: { ore_processed: 100 }\n  2025-Q1: { ore_processed: 110 }\n  2024-Q1: { ore_processed: 90 }")
            .Replace("country: TODO", "country: CA")
            .Replace("TODO", "Example");
        File.WriteAllText(path, data);
        var outDir = CliRunner.TempFolder();
        var (exit, _, stderr) = CliRunner.Run("build", folder, "--out", outDir, "--templates", CliRunner.Templates);
        Assert.True(exit == 0, stderr);
        var markdown = File.ReadAllText(Path.Combine(outDir, "2025-q2.md"));
        Assert.Contains("processed 120 tonnes of ore in the second quarter of 2025", markdown);
    }

    [Fact]
    public void New_refuses_a_folder_that_has_files()
    {
        var folder = CliRunner.CopyExample();
        var before = File.ReadAllText(Path.Combine(folder, "release.yaml"));
        var (exit, _, stderr) = CliRunner.Run("new", folder);
        Assert.Equal(2, exit);
        Assert.Contains("already exists and is not an empty folder", stderr);
        Assert.Equal(before, File.ReadAllText(Path.Combine(folder, "release.yaml")));
    }

    [Fact]
    public void Inside_a_repository_the_scaffold_points_at_its_schemas_folder()
    {
        var root = CliRunner.TempFolder();
        Directory.CreateDirectory(Path.Combine(root, "schemas"));
        File.WriteAllText(Path.Combine(root, "schemas", "release.schema.json"), "{}");
        var folder = Path.Combine(root, "releases", "2025-q2");
        Assert.Equal(0, CliRunner.Run("new", folder).ExitCode);
        Assert.StartsWith("# yaml-language-server: $schema=../../schemas/release.schema.json\n", File.ReadAllText(Path.Combine(folder, "release.yaml")));
        Assert.False(File.Exists(Path.Combine(folder, "release.schema.json")));
        Assert.Equal("../../schemas/release.schema.json", ReleaseScaffold.FindSchema(folder));
    }

    [Fact]
    public void Schema_command_prints_the_committed_schema()
    {
        var (exit, stdout, _) = CliRunner.Run("schema");
        Assert.Equal(0, exit);
        Assert.Equal(File.ReadAllText(Path.Combine(CliRunner.RepositoryRoot, "schemas", "release.schema.json")), stdout);
        var file = Path.Combine(CliRunner.TempFolder(), "s.json");
        Assert.Equal(0, CliRunner.Run("schema", "--out", file).ExitCode);
        Assert.Equal(stdout, File.ReadAllText(file));
    }

    [Theory]
    [InlineData("series")]
    [InlineData("ledger")]
    public void Schema_command_prints_the_series_schemas(string kind)
    {
        var (exit, stdout, _) = CliRunner.Run("schema", "--for", kind);
        Assert.Equal(0, exit);
        Assert.Equal(File.ReadAllText(Path.Combine(CliRunner.RepositoryRoot, "schemas", $"{kind}.schema.json")), stdout);
        Assert.NotEqual(0, CliRunner.Run("schema", "--for", "values").ExitCode);
    }
}

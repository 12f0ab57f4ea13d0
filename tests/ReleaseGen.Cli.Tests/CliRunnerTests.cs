namespace ReleaseGen.Cli.Tests;

/// <summary>The harness itself: each run has its own standard output and error, so tests need no console lock.</summary>
public class CliRunnerTests
{
    [Fact]
    public void Runs_at_the_same_time_keep_their_output_apart()
    {
        var folder = CliRunner.TempFolder();
        File.WriteAllText(Path.Combine(folder, "notes.txt"), "taken");
        var runs = new (int ExitCode, string Out, string Error)[8];
        Parallel.For(0, runs.Length, i => runs[i] = i % 2 == 0 ? CliRunner.Run("schema") : CliRunner.Run("new", folder));

        var schema = File.ReadAllText(Path.Combine(CliRunner.RepositoryRoot, "schemas", "release.schema.json"));
        for (var i = 0; i < runs.Length; i += 2)
            Assert.Equal((0, schema, ""), runs[i]);
        for (var i = 1; i < runs.Length; i += 2)
        {
            Assert.Equal(2, runs[i].ExitCode);
            Assert.Equal("", runs[i].Out);
            Assert.Equal($"releasegen: error: '{folder}' already exists and is not an empty folder; new does not overwrite anything\n", runs[i].Error.Replace("\r\n", "\n"));
        }
    }
}

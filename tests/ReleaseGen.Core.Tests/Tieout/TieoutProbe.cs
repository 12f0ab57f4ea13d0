using ReleaseGen.Tieout;

namespace ReleaseGen.Core.Tests.Tieout;

public class TieoutProbe
{
    [Fact]
    public void Probe()
    {
        var path = Environment.GetEnvironmentVariable("TIEOUT_PROBE");
        if (path is null) return;
        var run = TieoutRunner.Run(path, TestData.Example(Environment.GetEnvironmentVariable("TIEOUT_EXAMPLE") ?? "alexco-2012-q2"), FinalDocumentReaders.Core, TestData.Templates);
        File.WriteAllText("/tmp/tie/probe.txt", string.Join("\n", run.Diagnostics) + "\n" + run.Result?.Counts);
    }
}

using ReleaseGen.Cli.Batch;

namespace ReleaseGen.Cli.Tests;

/// <summary>When a batch draws a progress bar and when it writes plain lines a log can keep.</summary>
public class BatchDisplayTests
{
    [Theory]
    [InlineData(null, false, BatchDisplay.Progress)]
    [InlineData("", false, BatchDisplay.Progress)]
    [InlineData("true", false, BatchDisplay.Plain)]
    [InlineData("1", false, BatchDisplay.Plain)]
    [InlineData(null, true, BatchDisplay.Plain)]
    [InlineData("true", true, BatchDisplay.Plain)]
    public void A_log_gets_plain_lines_and_a_terminal_a_progress_bar(string? ci, bool redirected, BatchDisplay expected) =>
        Assert.Equal(expected, BatchRunner.ChooseDisplay(ci, redirected));

    [Fact]
    public void Under_a_test_runner_the_output_is_redirected_so_the_display_is_plain()
    {
        // The test host's standard output is a pipe, so the environment-reading overload must choose plain lines.
        Assert.True(Console.IsOutputRedirected);
        Assert.Equal(BatchDisplay.Plain, BatchRunner.DetectDisplay());
    }
}

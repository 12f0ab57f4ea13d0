using ReleaseGen.Cli.Batch;

namespace ReleaseGen.Cli;

/// <summary>
/// What a command needs from its process besides its arguments and standard output (which is Spectre's
/// injected <c>IAnsiConsole</c>): standard error, and how a batch shows progress on each stream. The
/// program registers the process's own; tests register their own writers, so no command touches
/// <see cref="System.Console"/> and tests run in parallel.
/// </summary>
/// <param name="Error">Standard error: diagnostics, notes and usage errors.</param>
/// <param name="OutputDisplay">Progress bar or plain lines for a batch reporting on standard output (build).</param>
/// <param name="ErrorDisplay">The same for a batch reporting on standard error (check, whose standard output is its findings).</param>
public sealed record CliEnvironment(TextWriter Error, BatchDisplay OutputDisplay, BatchDisplay ErrorDisplay)
{
    /// <summary>The running process: its standard error, and a progress bar only on a terminal outside CI.</summary>
    public static CliEnvironment FromProcess() =>
        new(Console.Error, BatchRunner.DetectDisplay(), BatchRunner.DetectDisplay(onStandardError: true));
}

using Spectre.Console;
using Spectre.Console.Rendering;

namespace ReleaseGen.Cli.Batch;

/// <summary>How a batch shows its progress.</summary>
public enum BatchDisplay
{
    /// <summary>A live progress bar; the default on a terminal.</summary>
    Progress,

    /// <summary>One line per finished release: for logs, pipes and CI.</summary>
    Plain,
}

/// <summary>Settings of one batch run.</summary>
/// <param name="Verb">What is done to each release, for messages ("build", "check").</param>
/// <param name="Display">Progress bar or plain lines; see <see cref="BatchRunner.DetectDisplay"/>.</param>
/// <param name="Console">Where progress, messages and the summary table go (standard output).</param>
/// <param name="Error">Where diagnostics go (standard error).</param>
/// <param name="MaxParallelism">Releases run at once; default: one per core.</param>
/// <param name="PrintReports">Print each release's messages and diagnostics; false when the command prints its own (check).</param>
public sealed record BatchOptions(string Verb, BatchDisplay Display, IAnsiConsole Console, TextWriter Error, int? MaxParallelism = null, bool PrintReports = true);

/// <summary>The results of a batch, in the order the releases were named.</summary>
public sealed record BatchOutcome(IReadOnlyList<ReleaseResult> Results)
{
    public bool Failed => Results.Any(r => r.Failed);

    /// <summary>2 when an output could not be written (trouble, not bad data), else 1 on any error, else 0.</summary>
    public int ExitCode => Results.Any(r => r.Diagnostics.Any(ReleaseFailure.IsTrouble)) ? ExitCodes.Usage : Failed ? ExitCodes.DataErrors : ExitCodes.Success;
}

/// <summary>
/// Runs one command over many release folders: in parallel on every core, with a progress bar on a
/// terminal or plain lines elsewhere, then each release's report (in the order given, never
/// interleaved) and a summary table. <c>build</c> and <c>check</c> both use it: they pass the work
/// for one release, which must not print but return a <see cref="ReleaseResult"/>.
/// A single release is reported as before batches existed: no progress, no table.
/// </summary>
public static class BatchRunner
{
    /// <summary>Plain lines when the environment variable <c>CI</c> is set or standard output is not a terminal; else a progress bar.</summary>
    public static BatchDisplay DetectDisplay(bool onStandardError = false) =>
        ChooseDisplay(Environment.GetEnvironmentVariable("CI"), onStandardError ? System.Console.IsErrorRedirected : System.Console.IsOutputRedirected);

    /// <summary>The rule of <see cref="DetectDisplay"/>: a log (CI, or output sent to a file or a pipe) gets plain lines.</summary>
    public static BatchDisplay ChooseDisplay(string? ciVariable, bool redirected) =>
        !string.IsNullOrEmpty(ciVariable) || redirected ? BatchDisplay.Plain : BatchDisplay.Progress;

    /// <summary>A console on the current standard output: interactive and coloured only for a progress display.</summary>
    public static IAnsiConsole CreateConsole(BatchDisplay display, TextWriter? writer = null)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer ?? System.Console.Out),
            Ansi = display == BatchDisplay.Progress ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = display == BatchDisplay.Progress ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = display == BatchDisplay.Progress ? InteractionSupport.Yes : InteractionSupport.No,
        });
        // A log has no width: keep the summary table from wrapping at the default 80 columns.
        if (display == BatchDisplay.Plain) console.Profile.Width = 200;
        return console;
    }

    // Lines of text go to the console's writer as they are: Spectre would wrap them at the console width.
    private static void Line(BatchOptions options, string text) => options.Console.Profile.Out.Writer.WriteLine(text);

    public static BatchOutcome Run(IReadOnlyList<string> folders, Func<string, ReleaseResult> work, BatchOptions options)
    {
        if (folders.Count == 1)
        {
            var single = RunOne(folders[0], work);
            Report(single, options);
            return new BatchOutcome([single]);
        }

        var results = new ReleaseResult[folders.Count];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.MaxParallelism ?? Environment.ProcessorCount };
        if (options.Display == BatchDisplay.Progress)
        {
            options.Console.Progress()
                .AutoClear(false)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new SpinnerColumn())
                .Start(context =>
                {
                    var task = context.AddTask($"{options.Verb} {folders.Count} releases", maxValue: folders.Count);
                    Parallel.For(0, folders.Count, parallel, i =>
                    {
                        results[i] = RunOne(folders[i], work);
                        task.Increment(1);
                    });
                });
        }
        else
        {
            var done = 0;
            var gate = new object();
            Line(options, $"{options.Verb}: {folders.Count} releases, up to {parallel.MaxDegreeOfParallelism} at a time");
            Parallel.For(0, folders.Count, parallel, i =>
            {
                var result = results[i] = RunOne(folders[i], work);
                lock (gate)
                {
                    done++;
                    Line(options, $"[{done}/{folders.Count}] {result.Name}: {(result.Failed ? "failed" : "ok")} ({Count(result.Errors, "error")}, {Count(result.Warnings, "warning")})");
                }
            });
        }

        foreach (var result in results) Report(result, options);
        options.Console.Write(SummaryTable(results, options.Display));
        var failed = results.Count(r => r.Failed);
        Line(options, failed == 0
            ? $"{options.Verb}: {results.Length} releases, all succeeded"
            : $"{options.Verb}: {results.Length} releases, {failed} failed");
        return new BatchOutcome(results);
    }

    // One release's failure must not stop the others: any exception becomes that release's error, named
    // and in the diagnostic format, and the batch goes on to its summary (never "One or more errors occurred").
    internal static ReleaseResult RunOne(string folder, Func<string, ReleaseResult> work)
    {
        try
        {
            return work(folder);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return new ReleaseResult(folder, ReleaseFolders.ReleaseName(folder), [ReleaseFailure.ToDiagnostic(folder, ex)], [], []);
        }
    }

    private static void Report(ReleaseResult result, BatchOptions options)
    {
        if (!options.PrintReports) return;
        foreach (var message in result.Messages) Line(options, message);
        foreach (var diagnostic in result.Diagnostics) options.Error.WriteLine(diagnostic.ToString());
        if (result.Diagnostics.Count > 0) options.Error.WriteLine($"{result.Errors} error(s), {result.Warnings} warning(s)");
        var incomplete = result.Diagnostics.Count(d => d.Code == Diagnostics.DiagnosticCodes.Incomplete);
        if (incomplete > 0)
            options.Error.WriteLine($"{result.Name} is incomplete: fill in the {incomplete} value(s) still marked TODO (listed above), then run again");
    }

    /// <summary>Release, formats written, errors, warnings: one row per release, in the order given.</summary>
    public static IRenderable SummaryTable(IReadOnlyList<ReleaseResult> results, BatchDisplay display)
    {
        var table = new Table()
            .Border(display == BatchDisplay.Progress ? TableBorder.Rounded : TableBorder.Ascii)
            .AddColumn("Release")
            .AddColumn("Formats written")
            .AddColumn(new TableColumn("Errors").RightAligned())
            .AddColumn(new TableColumn("Warnings").RightAligned());
        foreach (var r in results)
        {
            table.AddRow(
                new Text(r.Name),
                new Text(r.FormatsWritten.Count == 0 ? "-" : string.Join(", ", r.FormatsWritten)),
                new Text(r.Errors.ToString(System.Globalization.CultureInfo.InvariantCulture), r.Errors > 0 && display == BatchDisplay.Progress ? new Style(Color.Red) : Style.Plain),
                new Text(r.Warnings.ToString(System.Globalization.CultureInfo.InvariantCulture), r.Warnings > 0 && display == BatchDisplay.Progress ? new Style(Color.Yellow) : Style.Plain));
        }
        return table;
    }

    private static string Count(int n, string noun) => $"{n} {noun}{(n == 1 ? "" : "s")}";
}

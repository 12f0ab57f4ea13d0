using ReleaseGen.Diagnostics;
using ReleaseGen.Loading;
using ReleaseGen.Safety;

namespace ReleaseGen.Cli;

/// <summary>
/// Turns whatever a command's work on one release throws into a diagnostic that names the release, so
/// a batch reports it with the others and still prints its summary, and no stack trace reaches the user.
/// </summary>
public static class ReleaseFailure
{
    public static Diagnostic ToDiagnostic(string folder, Exception exception)
    {
        var at = new SourceLocation(Path.Combine(folder, ReleaseLoader.DataFileName), 1, 1);
        return exception switch
        {
            OutputException output => new Diagnostic(Severity.Error, DiagnosticCodes.OutputNotWritable, output.Message, new SourceLocation(output.Path, 1, 1)),
            SourceFileException file => new Diagnostic(Severity.Error, file.Code, file.Message, at),
            Layout.TableTooWideException wide => new Diagnostic(Severity.Error, DiagnosticCodes.TableTooWide, $"release '{Batch.ReleaseFolders.ReleaseName(folder)}': {wide.Message}", at),
            IOException or UnauthorizedAccessException => new Diagnostic(Severity.Error, DiagnosticCodes.MissingFile,
                $"release '{Batch.ReleaseFolders.ReleaseName(folder)}' could not be read: {Echo.Of(exception.Message)}", at),
            InsufficientExecutionStackException => new Diagnostic(Severity.Error, DiagnosticCodes.LimitExceeded,
                $"release '{Batch.ReleaseFolders.ReleaseName(folder)}' nests too deeply to process", at),
            _ => new Diagnostic(Severity.Error, DiagnosticCodes.InternalError,
                $"ReleaseGen failed on release '{Batch.ReleaseFolders.ReleaseName(folder)}' ({exception.GetType().Name}: {Echo.Of(exception.Message)}); this is a bug, please report it with the input", at),
        };
    }

    /// <summary>True for failures of the environment rather than of the data (exit 2): an output that cannot be written.</summary>
    public static bool IsTrouble(Diagnostic diagnostic) => diagnostic.Code == DiagnosticCodes.OutputNotWritable;
}

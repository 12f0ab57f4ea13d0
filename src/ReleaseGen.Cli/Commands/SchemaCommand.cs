using System.ComponentModel;
using ReleaseGen.Schema;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ReleaseGen.Cli.Commands;

/// <summary><c>releasegen schema [--for release|series|ledger] [--out FILE]</c>: the JSON Schema of release.yaml (or of a series' series.yaml or ledger.yaml), generated from the loader's own field catalogue.</summary>
public sealed class SchemaCommand(IAnsiConsole console) : Command<SchemaCommand.Settings>
{
    // Lines as they are: the console would wrap them at its width.
    private TextWriter Out => console.Profile.Out.Writer;

    public sealed class Settings : CommandSettings
    {
        [CommandOption("-o|--out <FILE>")]
        [Description("Write the schema to FILE (schemas/release.schema.json in the repository). Default: standard output.")]
        public string? Out { get; init; }

        [CommandOption("--for <FILE-KIND>")]
        [Description("Which file the schema describes: release (release.yaml, the default), series (a series folder's series.yaml) or ledger (its ledger.yaml).")]
        public string For { get; init; } = "release";

        public override ValidationResult Validate() => For is "release" or "series" or "ledger"
            ? ValidationResult.Success()
            : ValidationResult.Error($"--for must be release, series or ledger, not '{For}'");
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var schema = settings.For switch
        {
            "series" => ReleaseSchemaWriter.WriteSeries(),
            "ledger" => ReleaseSchemaWriter.WriteLedger(),
            _ => ReleaseSchemaWriter.Write(),
        };
        if (settings.Out is null)
        {
            Out.Write(schema);
            return ExitCodes.Success;
        }
        var directory = Path.GetDirectoryName(Path.GetFullPath(settings.Out))!;
        OutputWriter.WriteAll(directory, [(Path.GetFileName(settings.Out), OutputWriter.Text(schema))]);
        Out.WriteLine($"wrote {settings.Out}");
        return ExitCodes.Success;
    }
}

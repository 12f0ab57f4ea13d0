using System.ComponentModel;
using ReleaseGen.Schema;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ReleaseGen.Cli.Commands;

/// <summary><c>releasegen schema [--out FILE]</c>: the JSON Schema of release.yaml, generated from the loader's own field catalogue.</summary>
public sealed class SchemaCommand(IAnsiConsole console) : Command<SchemaCommand.Settings>
{
    // Lines as they are: the console would wrap them at its width.
    private TextWriter Out => console.Profile.Out.Writer;

    public sealed class Settings : CommandSettings
    {
        [CommandOption("-o|--out <FILE>")]
        [Description("Write the schema to FILE (schemas/release.schema.json in the repository). Default: standard output.")]
        public string? Out { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var schema = ReleaseSchemaWriter.Write();
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

using System.ComponentModel;
using ReleaseGen.Schema;
using Spectre.Console.Cli;

namespace ReleaseGen.Cli.Commands;

/// <summary><c>releasegen schema [--out FILE]</c>: the JSON Schema of release.yaml, generated from the loader's own field catalogue.</summary>
public sealed class SchemaCommand : Command<SchemaCommand.Settings>
{
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
            Console.Out.Write(schema);
            return ExitCodes.Success;
        }
        var directory = Path.GetDirectoryName(Path.GetFullPath(settings.Out))!;
        OutputWriter.WriteAll(directory, [(Path.GetFileName(settings.Out), OutputWriter.Text(schema))]);
        Console.Out.WriteLine($"wrote {settings.Out}");
        return ExitCodes.Success;
    }
}

using System.ComponentModel;
using ReleaseGen.Scaffolding;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ReleaseGen.Cli.Commands;

/// <summary><c>releasegen new FOLDER</c>: scaffolds a release folder to fill in.</summary>
public sealed class NewCommand(IAnsiConsole console, CliEnvironment environment) : Command<NewCommand.Settings>
{
    // Lines as they are: the console would wrap them at its width.
    private TextWriter Out => console.Profile.Out.Writer;

    public sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<folder>")]
        [Description("The release folder to create; it must not exist yet or be empty.")]
        public string Folder { get; init; } = "";
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var folder = settings.Folder;
        if (File.Exists(folder) || (Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any()))
        {
            environment.Error.WriteLine($"releasegen: error: '{folder}' already exists and is not an empty folder; new does not overwrite anything");
            return ExitCodes.Usage;
        }
        var files = ReleaseScaffold.Create(folder);
        OutputWriter.WriteAll(folder, files.Select(f => (f.Name, OutputWriter.Text(f.Text))).ToList());
        foreach (var file in files) Out.WriteLine($"created {Path.Combine(folder, file.Name)}");
        Out.WriteLine($"next: fill in the values marked TODO in {Path.Combine(folder, Loading.ReleaseLoader.DataFileName)}; 'releasegen build {folder}' lists those left");
        return ExitCodes.Success;
    }
}

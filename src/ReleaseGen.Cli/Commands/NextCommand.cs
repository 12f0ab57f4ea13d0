using System.ComponentModel;
using ReleaseGen.Scaffolding;
using Spectre.Console.Cli;

namespace ReleaseGen.Cli.Commands;

/// <summary>
/// <c>releasegen next RELEASE-FOLDER [--out FOLDER]</c>: writes the next quarter's release folder beside
/// the last one (periods advanced, narrative carried over, new figures and dates to confirm marked TODO).
/// </summary>
public sealed class NextCommand : Command<NextCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<release-folder>")]
        [Description("The last release of the series (a folder with release.yaml).")]
        public string Folder { get; init; } = "";

        [CommandOption("-o|--out <FOLDER>")]
        [Description("The folder to create. Default: beside the release, named for the next quarter (2024-q3 becomes 2024-q4).")]
        public string? Out { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var result = NextRelease.Create(settings.Folder, settings.Out);
        if (result.Folder is not { } folder)
        {
            foreach (var diagnostic in result.Diagnostics) Console.Out.WriteLine(diagnostic.ToString());
            Console.Out.WriteLine($"next failed: '{settings.Folder}' must load without errors first ({result.Diagnostics.Count(d => d.IsError)} error(s))");
            return ExitCodes.DataErrors;
        }
        if (File.Exists(folder) || (Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any()))
        {
            Console.Error.WriteLine($"releasegen: error: '{folder}' already exists and is not an empty folder; next does not overwrite anything");
            return ExitCodes.Usage;
        }
        OutputWriter.WriteAll(folder, result.Files.Select(f => (f.Name, OutputWriter.Text(f.Text))).ToList());
        foreach (var file in result.Files) Console.Out.WriteLine($"created {Path.Combine(folder, file.Name)}");
        Console.Out.WriteLine($"next: {result.Period} -- fill in the figures and confirm the dates marked TODO in {Path.Combine(folder, Loading.ReleaseLoader.DataFileName)}; 'releasegen check {folder}' lists those left");
        return ExitCodes.Success;
    }
}

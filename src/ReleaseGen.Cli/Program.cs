using System.Diagnostics.CodeAnalysis;
using Spectre.Console;
using Spectre.Console.Cli;
using ReleaseGen.Cli.Commands;

namespace ReleaseGen.Cli;

public static class Program
{
    // Spectre.Console.Cli 0.57 marks its app RequiresDynamicCode as a whole. What it does dynamically here is
    // reflection over the command and settings types, which Add keeps (annotations on its type parameters);
    // the native build is proved against the JIT build command by command (NativeBuildTests).
    [UnconditionalSuppressMessage("AOT", "IL3050", Justification = "Commands and settings are kept by Program.Add; NativeBuildTests runs them natively.")]
    // The settings of the command tree's root, which Spectre makes by reflection before any command runs.
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicConstructors | DynamicallyAccessedMemberTypes.PublicProperties, typeof(EmptyCommandSettings))]
    public static int Main(string[] args)
    {
        var app = new CommandApp();
        app.Configure(config =>
        {
            config.ConfigureConsole(AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Out) }));
            Configure(config, CliEnvironment.FromProcess());
        });
        return app.Run(args);
    }

    /// <summary>
    /// The command tree, writing to <paramref name="environment"/> and the configured console. Tests drive
    /// the same tree through <c>CommandAppTester</c>, which configures its own console.
    /// </summary>
    public static void Configure(IConfigurator config, CliEnvironment environment)
    {
        config.SetApplicationName("releasegen");
        config.UseStrictParsing();
        // Commands take the environment in their constructors (and the configured IAnsiConsole from Spectre).
        config.Settings.Registrar.RegisterInstance(environment);
        // Usage errors (unknown option, bad format) exit 2 with one line, never a stack trace.
        config.SetExceptionHandler((exception, _) =>
        {
            // An output that cannot be written (schema --out naming a folder, new into a read-only place) is trouble: exit 2.
            if (exception is OutputException output)
            {
                environment.Error.WriteLine(new Diagnostics.Diagnostic(Diagnostics.Severity.Error, Diagnostics.DiagnosticCodes.OutputNotWritable, output.Message,
                    new Diagnostics.SourceLocation(output.Path, 1, 1)).ToString());
                return ExitCodes.Usage;
            }
            environment.Error.WriteLine($"releasegen: error: {exception.Message}");
            return exception is CommandAppException ? ExitCodes.Usage : ExitCodes.DataErrors;
        });
        Add<BuildCommand, BuildCommand.Settings>(config, "build")
            .WithDescription("Build releases from their data folders into Markdown, HTML and PDF.")
            .WithExample("build", "examples/alexco-2012-q2")
            .WithExample("build", "examples/alexco-2012-q2", "--format", "md", "--out", "drafts");
        Add<CheckCommand, CheckCommand.Settings>(config, "check")
            .WithDescription("Check releases as a compliance reviewer would: data, reconciliations, figure audit, disclosure rules, restatements.")
            .WithExample("check", "examples/alexco-2012-q2")
            .WithExample("check", "examples/alexco-2012-q2", "--format", "json", "--audit", "audit.md");
        Add<DiffCommand, DiffCommand.Settings>(config, "diff")
            .WithDescription("Redline two versions of a release (folders or generated .md files). Exit 0: same, 1: different, 2: trouble.")
            .WithExample("diff", "approved/alexco-2012-q2", "examples/alexco-2012-q2", "--out", "redline");
        Add<TieoutCommand, TieoutCommand.Settings>(config, "tieout")
            .WithDescription("Tick and tie a final, hand-edited release (.md, .html, .pdf, .docx, .txt) against the data: every number tied, wrong or untied.")
            .WithExample("tieout", "final/alexco-2012-q2.pdf", "examples/alexco-2012-q2", "--report", "tieout.html");
        Add<NewCommand, NewCommand.Settings>(config, "new")
            .WithDescription("Scaffold a release folder: release.yaml with every section explained and TODO values to fill in, and a narrative.")
            .WithExample("new", "releases/2025-q2");
        Add<NextCommand, NextCommand.Settings>(config, "next")
            .WithDescription("Write the next quarter's release folder of a series: periods advanced, narrative carried over, new figures and dates to confirm marked TODO.")
            .WithExample("next", "examples/us-gold-series/2024-q3");
        Add<SchemaCommand, SchemaCommand.Settings>(config, "schema")
            .WithDescription("Print (or --out FILE) the JSON Schema of release.yaml, for editors and CI.")
            .WithExample("schema", "--out", "schemas/release.schema.json");
    }

    /// <summary>
    /// Adds a command. Spectre.Console.Cli finds the settings type through the command's interfaces, makes
    /// the command and its settings through their public constructors and binds options to the settings'
    /// public properties, all by reflection: the annotations keep exactly those members in a native build.
    /// </summary>
    private static ICommandConfigurator Add<
        [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors | DynamicallyAccessedMemberTypes.Interfaces)] TCommand,
        [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors | DynamicallyAccessedMemberTypes.PublicProperties)] TSettings>(
        IConfigurator config, string name)
        where TCommand : Command<TSettings>
        where TSettings : CommandSettings
        => config.AddCommand<TCommand>(name);
}

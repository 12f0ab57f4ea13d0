using ReleaseGen.Cli.Batch;
using ReleaseGen.Testing;
using Spectre.Console.Cli.Testing;

namespace ReleaseGen.Cli.Tests;

/// <summary>
/// Runs <c>releasegen</c> in-process through Spectre's <see cref="CommandAppTester"/>: standard output is
/// the tester's console, standard error a writer of this run, so runs are independent and tests run in
/// parallel. Batches report as in a log or CI (plain lines), as they do whenever output is redirected.
/// </summary>
internal static class CliRunner
{
    public static string RepositoryRoot => Repository.Root;

    public static string Example(string name) => Repository.Example(name);

    public static string Templates => Repository.Templates;

    public static (int ExitCode, string Out, string Error) Run(params string[] args)
    {
        var error = new StringWriter();
        var tester = new CommandAppTester(new CommandAppTesterSettings { TrimConsoleOutput = false });
        tester.Configure(config => Program.Configure(config, new CliEnvironment(error, BatchDisplay.Plain, BatchDisplay.Plain)));
        var result = tester.Run(args);
        return (result.ExitCode, tester.Console.Output, error.ToString());
    }

    public static string TempFolder() => Scratch.Folder("releasegen-cli");

    public static string CopyExample(string name = "alexco-2012-q2") => Repository.CopyExample(name);
}

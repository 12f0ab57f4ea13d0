using ReleaseGen.Testing;

namespace ReleaseGen.Cli.Tests;

/// <summary>Runs <c>releasegen</c> in-process, capturing what it prints, as a user's terminal would see it.</summary>
internal static class CliRunner
{
    private static readonly object ConsoleLock = new();

    public static string RepositoryRoot => Repository.Root;

    public static string Example(string name) => Repository.Example(name);

    public static string Templates => Repository.Templates;

    public static (int ExitCode, string Out, string Error) Run(params string[] args)
    {
        lock (ConsoleLock)
        {
            var originalOut = Console.Out;
            var originalError = Console.Error;
            var output = new StringWriter();
            var error = new StringWriter();
            Console.SetOut(output);
            Console.SetError(error);
            try
            {
                var exitCode = Program.Main(args);
                return (exitCode, output.ToString(), error.ToString());
            }
            finally
            {
                Console.SetOut(originalOut);
                Console.SetError(originalError);
            }
        }
    }

    public static string TempFolder() => Directory.CreateTempSubdirectory("releasegen-cli").FullName;

    public static string CopyExample(string name = "alexco-2012-q2") => Repository.CopyExample(name);
}

namespace ReleaseGen.Cli.Tests;

/// <summary>Runs <c>releasegen</c> in-process, capturing what it prints, as a user's terminal would see it.</summary>
internal static class CliRunner
{
    private static readonly object ConsoleLock = new();

    public static string RepositoryRoot { get; } = FindRoot();

    public static string Example(string name) => Path.Combine(RepositoryRoot, "examples", name);

    public static string Templates => Path.Combine(RepositoryRoot, "templates");

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

    public static string CopyExample(string name = "alexco-2012-q2")
    {
        var copy = Path.Combine(TempFolder(), name);
        Directory.CreateDirectory(copy);
        foreach (var file in Directory.GetFiles(Example(name)))
            File.Copy(file, Path.Combine(copy, Path.GetFileName(file)));
        return copy;
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ReleaseGen.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("ReleaseGen.sln not found");
    }
}

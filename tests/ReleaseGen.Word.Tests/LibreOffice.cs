using ReleaseGen.Testing;
using System.Diagnostics;

namespace ReleaseGen.Word.Tests;

/// <summary>
/// LibreOffice (Debian's <c>libreoffice-writer-nogui</c>, which <c>.ci/run</c> installs) run headless:
/// the second opinion that a .docx opens and lays out outside Microsoft's own validator.
/// </summary>
internal static class LibreOffice
{
    /// <summary>The soffice program on the PATH, or null.</summary>
    public static string? Program { get; } = Find();

    /// <summary>Why a LibreOffice test does not run here; null when it must run (soffice present, or CI set: CI installs it).</summary>
    public static string? SkipReason => Program is null && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"))
        ? "LibreOffice (soffice) is not installed; .ci/run installs libreoffice-writer-nogui, or run: apt-get install libreoffice-writer-nogui"
        : null;

    /// <summary>Converts every file to PDF in one soffice start (each start costs seconds); returns the PDFs by input path.</summary>
    public static IReadOnlyDictionary<string, byte[]> ConvertToPdf(IReadOnlyList<string> files)
    {
        var program = Program ?? throw new InvalidOperationException("CI is set but soffice is not on the PATH: .ci/run should have installed libreoffice-writer-nogui");
        var work = Scratch.Folder("releasegen-soffice");
        try
        {
            var start = new ProcessStartInfo(program)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            // A private profile: no clash with another soffice, nothing left in the home folder.
            // The .docx names Liberation Sans, which Debian installs only as a recommendation of LibreOffice: without
            // it LibreOffice lays the text out in DejaVu Sans, wider, and a table's figures wrap. So LibreOffice is
            // given the fonts the PDF embeds (src/ReleaseGen.Pdf/Fonts), on top of the machine's own.
            start.Environment["FONTCONFIG_FILE"] = FontConfig(work);
            foreach (var argument in new[] { "--headless", "--norestore", "--nolockcheck", $"-env:UserInstallation=file://{Path.Combine(work, "profile")}",
                         "--convert-to", "pdf", "--outdir", Path.Combine(work, "pdf") })
                start.ArgumentList.Add(argument);
            foreach (var file in files) start.ArgumentList.Add(file);
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException("soffice did not finish converting in 5 minutes");
            }
            var results = new Dictionary<string, byte[]>();
            foreach (var file in files)
            {
                var pdf = Path.Combine(work, "pdf", Path.GetFileNameWithoutExtension(file) + ".pdf");
                if (!File.Exists(pdf)) throw new InvalidOperationException($"soffice wrote no PDF for {file} (exit {process.ExitCode}): {output.Result} {error.Result}");
                results[file] = File.ReadAllBytes(pdf);
            }
            return results;
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    /// <summary>A fontconfig file: the machine's configuration plus the project's fonts, its cache in <paramref name="work"/>.</summary>
    private static string FontConfig(string work)
    {
        var path = Path.Combine(work, "fonts.conf");
        var fonts = Path.Combine(Repository.Root, "src", "ReleaseGen.Pdf", "Fonts");
        File.WriteAllText(path, $"""
            <?xml version="1.0"?>
            <!DOCTYPE fontconfig SYSTEM "fonts.dtd">
            <fontconfig>
              <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
              <dir>{fonts}</dir>
              <cachedir>{Path.Combine(work, "font-cache")}</cachedir>
            </fontconfig>
            """);
        return path;
    }

    private static string? Find() => (Environment.GetEnvironmentVariable("PATH") ?? "")
        .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
        .Select(dir => Path.Combine(dir, "soffice"))
        .FirstOrDefault(File.Exists);
}

/// <summary>A test that needs LibreOffice: skipped (with the reason) only where soffice is missing and CI is not set.</summary>
public sealed class LibreOfficeFactAttribute : FactAttribute
{
    public LibreOfficeFactAttribute()
    {
        if (LibreOffice.SkipReason is { } reason) Skip = reason;
    }
}

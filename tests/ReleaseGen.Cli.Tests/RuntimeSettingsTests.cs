using System.Text.Json;

namespace ReleaseGen.Cli.Tests;

/// <summary>
/// The runtime settings the tool ships in releasegen.runtimeconfig.json, which the batch measurements in
/// docs/performance.md depend on: losing one would slow every batch without failing anything else.
/// </summary>
public sealed class RuntimeSettingsTests
{
    private static JsonElement ConfigProperties()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "releasegen.runtimeconfig.json");
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        return json.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties").Clone();
    }

    [Theory]
    [InlineData("System.GC.Server", false)]         // one release starts 20 to 40 ms sooner; a large batch sets DOTNET_gcServer=1
    [InlineData("System.Runtime.TieredPGO", false)] // no instrumented third compilation of hot methods
    [InlineData("System.Globalization.Invariant", true)] // no ICU to load: every render is culture-invariant
    public void The_tool_ships_the_runtime_settings_its_batch_was_measured_with(string setting, bool expected) =>
        Assert.Equal(expected, ConfigProperties().GetProperty(setting).GetBoolean());
}

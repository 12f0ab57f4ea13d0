using ReleaseGen.Testing;
using System.Buffers.Binary;
using System.Diagnostics;
using System.Runtime.InteropServices;
using Xunit.Abstractions;

namespace ReleaseGen.Cli.Tests;

/// <summary>This Linux machine's other architecture: what the native executable is cross-compiled for, and how it is run here.</summary>
public sealed record CrossTarget(string RuntimeIdentifier, ushort ElfMachine, string Triple, string Emulator)
{
    /// <summary>linux-arm64 on an x64 machine, linux-x64 on an arm64 one; null elsewhere (Native AOT cross-compiles only between Linux architectures).</summary>
    public static CrossTarget? ForThisMachine => RuntimeInformation.RuntimeIdentifier switch
    {
        "linux-x64" => new("linux-arm64", ElfMachine: 183, "aarch64-linux-gnu", "qemu-aarch64"), // EM_AARCH64
        "linux-arm64" => new("linux-x64", ElfMachine: 62, "x86_64-linux-gnu", "qemu-x86_64"),    // EM_X86_64
        _ => null,
    };

    /// <summary>The cross C runtime Debian installs (libc6-dev-*-cross): the emulated program's library root.</summary>
    public string LibraryRoot => $"/usr/{Triple}";

    /// <summary>The target's OpenSSL, unpacked by tests/tools/install-cross-tools.sh.</summary>
    public string OpenSslFolder => Path.Combine(CliRunner.RepositoryRoot, "tests", "tools", "cross", RuntimeIdentifier, "usr", "lib", Triple);
}

/// <summary>Cross-compiles <c>releasegen</c> for <see cref="CrossTarget.ForThisMachine"/> and runs it under qemu-user.</summary>
public sealed class CrossNativeBuildFixture() : PublishedNative(Cross.RuntimeIdentifier)
{
    private static CrossTarget Cross => CrossTarget.ForThisMachine ?? throw new InvalidOperationException($"no cross target on {RuntimeInformation.RuntimeIdentifier}");

    public CrossTarget Target { get; } = Cross;

    public override (int ExitCode, string Out, string Error) Run(params string[] args)
    {
        var advice = "tests/tools/install-cross-tools.sh (as root) installs it";
        if (!File.Exists(Path.Combine(Target.OpenSslFolder, "libssl.so.3")))
            throw new InvalidOperationException($"the {Target.RuntimeIdentifier} libssl.so.3 is missing from {Target.OpenSslFolder}: {advice}");
        // The cross C runtime is both the library root and the first library path, so that no C library of the
        // target installed on this machine (multiarch) is mixed with the cross loader.
        var start = new ProcessStartInfo(Target.Emulator)
        {
            WorkingDirectory = CliRunner.RepositoryRoot,
            ArgumentList = { "-L", Target.LibraryRoot, "-E", $"LD_LIBRARY_PATH={Target.LibraryRoot}/lib:{Target.OpenSslFolder}", Executable },
        };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        try
        {
            return NativePublish.Run(start);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException($"{Target.Emulator} could not be started ({e.Message}): {advice}", e);
        }
    }
}

/// <summary>
/// The native executable for this Linux machine's other architecture (linux-arm64 on x64), cross-compiled the way the
/// README says and run under qemu-user: it publishes without a warning as an executable of that architecture, and
/// says what the JIT build says, byte for byte, as <see cref="NativeBuildTests"/> proves for this machine's own.
/// </summary>
[Collection(NativePublish.Collection)]
public sealed class NativeCrossBuildTests(CrossNativeBuildFixture cross, ITestOutputHelper output) : IClassFixture<CrossNativeBuildFixture>
{
    [CrossNativeBuildFact]
    public void The_other_architecture_publishes_native_without_a_warning()
    {
        output.WriteLine($"dotnet publish (Native AOT, {cross.Target.RuntimeIdentifier} on {RuntimeInformation.RuntimeIdentifier}) took {cross.PublishTime.TotalSeconds:0} s");
        NativePublish.AssertPublishedClean(cross.PublishLog, cross.Executable);
        var header = new byte[20];
        using (var file = File.OpenRead(cross.Executable)) file.ReadExactly(header);
        Assert.True(header.AsSpan(0, 4).SequenceEqual("\u007fELF"u8), "not an ELF file");
        Assert.Equal(2, header[4]); // ELFCLASS64
        Assert.Equal(cross.Target.ElfMachine, BinaryPrimitives.ReadUInt16LittleEndian(header.AsSpan(18)));
    }

    [CrossNativeBuildTheory]
    [MemberData(nameof(NativePublish.Editions), MemberType = typeof(NativePublish))]
    public void Every_format_is_byte_identical_to_the_jit_build(string example, string locale) =>
        NativePublish.AssertEveryFormatIdentical(cross.Run, example, locale);

    [CrossNativeBuildTheory]
    [MemberData(nameof(NativePublish.Examples), MemberType = typeof(NativePublish))]
    public void Check_json_is_identical_to_the_jit_build(string example) =>
        NativePublish.AssertCheckJsonIdentical(cross.Run, example);
}

/// <summary>A cross-compiling test: skipped (with the reason) only where the machine is not Linux x64 or arm64.</summary>
public sealed class CrossNativeBuildFactAttribute : FactAttribute
{
    public CrossNativeBuildFactAttribute()
    {
        if (CrossTarget.ForThisMachine is null) Skip = CrossNativeBuildTheoryAttribute.Reason;
    }
}

/// <inheritdoc cref="CrossNativeBuildFactAttribute"/>
public sealed class CrossNativeBuildTheoryAttribute : TheoryAttribute
{
    internal static string Reason => $"Native AOT cross-compiles between Linux architectures only; this machine is {RuntimeInformation.RuntimeIdentifier}";

    public CrossNativeBuildTheoryAttribute()
    {
        if (CrossTarget.ForThisMachine is null) Skip = Reason;
    }
}

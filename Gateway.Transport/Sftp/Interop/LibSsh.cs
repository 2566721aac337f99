using System.Runtime.InteropServices;

namespace Gateway.Transport.Sftp.Interop;

/// <summary>
/// The native libssh 0.10 library (Debian <c>libssh-4</c>). Each nested class binds one area of its C API;
/// see docs/transport.md for the layout rules and pitfalls this binding handles.
/// </summary>
internal static partial class LibSsh
{
    /// <summary>The shared object name as the loader resolves it (ABI version 4 = libssh 0.8 to 0.11).</summary>
    internal const string Library = "libssh.so.4";

    internal const int Ok = 0;
    internal const int Error = -1;
    internal const int Again = -2;

    private static readonly Lazy<string?> LoadFailure = new(ProbeLibrary);

    /// <summary>Why the library cannot be used here, or null when it loads.</summary>
    internal static string? UnavailableReason => LoadFailure.Value;

    private static string? ProbeLibrary()
    {
        if (!OperatingSystem.IsLinux() || !Environment.Is64BitProcess)
        {
            return "the libssh binding targets 64-bit Linux (structure layouts are those of x86-64/arm64 Linux)";
        }
        if (!NativeLibrary.TryLoad(Library, out var handle))
        {
            return $"{Library} could not be loaded (install the Debian package libssh-4)";
        }
        var missing = NativeLibrary.TryGetExport(handle, "sftp_new", out _) ? null : $"{Library} has no sftp_new (built without SFTP)";
        NativeLibrary.Free(handle);
        return missing;
    }
}

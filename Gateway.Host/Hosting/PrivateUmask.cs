using System.Runtime.InteropServices;

namespace Gateway.Host.Hosting;

/// <summary>
/// What a gateway process creates is its user's alone: at start every `gateway` process sets the umask to 0077, so
/// databases, staging, delivered folder files, logs and generated configuration are 0600 and folders 0700 unless
/// the code gives a file its own mode on purpose (a hosted outbox file is 0660 for the partner's group). Linux only;
/// elsewhere the process keeps the umask it was given.
/// </summary>
internal static partial class PrivateUmask
{
    /// <summary>0077: no rights for group and others.</summary>
    public const uint Mask = 0x3F;

    /// <summary>Sets it; returns the mask the process had, or null where it was left alone.</summary>
    public static uint? Apply() => OperatingSystem.IsLinux() ? SetUmask(Mask) : null;

    [LibraryImport("libc", EntryPoint = "umask")]
    private static partial uint SetUmask(uint mask);
}
